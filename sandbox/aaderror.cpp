// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/aaderror.h"

#include "sandbox/ids.h"
#include "sandbox/redirecturi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace CrossKey::Sandbox {

namespace {

QString correlationId(const Request &request)
{
    return Ids::isGuid(request.clientRequestId) ? request.clientRequestId : request.requestId;
}

} // namespace

QString AadError::description(const Request &request, const QDateTime &now) const
{
    return QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
        .arg(QString::number(code), message, request.requestId, correlationId(request), Ids::timestamp(now));
}

Response AadError::toResponse(const Request &request, const QDateTime &now) const
{
    Response response = Response::json(
        QJsonObject{{QStringLiteral("error"), error},
                    {QStringLiteral("error_description"), description(request, now)},
                    {QStringLiteral("error_codes"), QJsonArray{code}},
                    {QStringLiteral("timestamp"), Ids::timestamp(now)},
                    {QStringLiteral("trace_id"), request.requestId},
                    {QStringLiteral("correlation_id"), correlationId(request)},
                    {QStringLiteral("error_uri"),
                     QString(QStringLiteral("https://login.microsoftonline.com/error?code=") + QString::number(code))}},
        status);
    response.errorCode = QStringLiteral("AADSTS") + QString::number(code);
    return response;
}

QUrl AadError::toRedirect(const QUrl &redirectUri, const QString &state, const Request &request, const QDateTime &now,
                          bool adminConsent) const
{
    QList<QPair<QString, QString>> parameters;
    if (adminConsent) {
        parameters.append({QStringLiteral("admin_consent"), QStringLiteral("True")});
    }
    parameters.append({QStringLiteral("error"), error});
    parameters.append({QStringLiteral("error_description"), description(request, now)});
    if (!state.isEmpty()) {
        parameters.append({QStringLiteral("state"), state});
    }
    return RedirectUri::withParameters(redirectUri, parameters);
}

AadError AadError::missingParameter(const QString &name)
{
    return {QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: '%1'.").arg(name)};
}

AadError AadError::tenantNotFound(const QString &tenant)
{
    return {QStringLiteral("invalid_tenant"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing "
                           "into the correct cloud. Check with your subscription administrator, this may happen if "
                           "there are no active subscriptions for the tenant.")
                .arg(tenant)};
}

AadError AadError::wrongMethod(const QByteArray &method)
{
    return {QStringLiteral("invalid_request"), 900561,
            QStringLiteral("The endpoint only accepts POST, OPTIONS requests. Received a %1 request.")
                .arg(QString::fromLatin1(method))};
}

AadError AadError::invalidClientId(const QString &clientId)
{
    return {QStringLiteral("unauthorized_client"), 700038,
            QStringLiteral("%1 is not a valid application identifier.").arg(clientId)};
}

AadError AadError::clientNotFound(const QString &clientId, const QString &tenantName)
{
    return {QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This can happen if "
                           "the application has not been installed by the administrator of the tenant or consented "
                           "to by any user in the tenant. You may have sent your authentication request to the wrong "
                           "tenant.")
                .arg(clientId, tenantName)};
}

AadError AadError::redirectMismatch(const QString &redirectUri, const QString &clientId)
{
    return {QStringLiteral("invalid_request"), 50011,
            QStringLiteral("The redirect URI '%1' specified in the request does not match the redirect URIs "
                           "configured for the application '%2'. Make sure the redirect URI sent in the request "
                           "matches one added to your application in the Azure portal. Navigate to "
                           "https://aka.ms/redirectUriMismatchError to learn more about how to fix this.")
                .arg(redirectUri, clientId)};
}

AadError AadError::malformedGrant()
{
    return {QStringLiteral("invalid_grant"), 9002313,
            QStringLiteral("Invalid request. Request is malformed or invalid.")};
}

AadError AadError::grantExpired()
{
    return {QStringLiteral("invalid_grant"), 70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to inactivity. Send a "
                           "new interactive authorization request for this user and resource.")};
}

AadError AadError::grantRevoked(const QDateTime &issuedAt, const QDateTime &validFrom)
{
    // Entra's text as seen in user reports (e.g. Azure/azure-cli#16745, #23635); dates in its 7-digit form.
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz0000Z");
    return {QStringLiteral("invalid_grant"), 50173,
            QStringLiteral("The provided grant has expired due to it being revoked, a fresh auth token is needed. The "
                           "user might have changed or reset their password. The grant was issued on '%1' and the "
                           "TokensValidFrom date (before which tokens are not valid) for this user is '%2'.")
                .arg(issuedAt.toUTC().toString(format), validFrom.toUTC().toString(format))};
}

AadError AadError::userNotInTenant(const QString &upn, const QString &tenantName, const QString &clientId)
{
    return {QStringLiteral("invalid_grant"), 50020,
            QStringLiteral("User account '%1' from identity provider 'live.com' does not exist in tenant '%2' and "
                           "cannot access the application '%3' in that tenant. The account needs to be added as an "
                           "external user in the tenant first. Sign out and sign in again with a different Azure "
                           "Active Directory user account.")
                .arg(upn, tenantName, clientId)};
}

AadError AadError::consentRequired(const QString &clientId, const QString &clientName)
{
    return {QStringLiteral("invalid_grant"), 65001,
            QStringLiteral("The user or administrator has not consented to use the application with ID '%1' named "
                           "'%2'. Send an interactive authorization request for this user and resource.")
                .arg(clientId, clientName)};
}

AadError AadError::invalidResource(const QString &resource, const QString &tenantName)
{
    return {QStringLiteral("invalid_resource"), 500011,
            QStringLiteral("The resource principal named %1 was not found in the tenant named %2. This can happen if "
                           "the application has not been installed by the administrator of the tenant or consented "
                           "to by any user in the tenant. You might have sent your authentication request to the "
                           "wrong tenant.")
                .arg(resource, tenantName)};
}

AadError AadError::invalidScope(const QString &scope)
{
    return {QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided request must include a 'scope' input parameter. The provided value for the "
                           "input parameter 'scope' is not valid. The scope %1 is not valid.")
                .arg(scope)};
}

} // namespace CrossKey::Sandbox
