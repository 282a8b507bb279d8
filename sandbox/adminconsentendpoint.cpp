// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/adminconsentendpoint.h"

#include "sandbox/aaderror.h"
#include "sandbox/loginpage.h"
#include "sandbox/redirecturi.h"
#include "sandbox/servicecontext.h"
#include "sandbox/signinpolicy.h"

namespace CrossKey::Sandbox {

Response AdminConsentEndpoint::handle(const Request &request, const Authority &authority)
{
    const QDateTime now = m_context.now();
    const auto errorPage = [&](const AadError &error) {
        Response response =
            Response::html(LoginPage::message(QStringLiteral("Sorry, but we're having trouble signing you in."),
                                              error.description(request, now)),
                           error.status);
        response.errorCode = QStringLiteral("AADSTS") + QString::number(error.code);
        return response;
    };
    if (request.method != "GET" && request.method != "POST") {
        return errorPage(AadError{QStringLiteral("invalid_request"), 900561, QStringLiteral("Use GET or POST."), 405});
    }
    const bool posted = request.method == "POST";
    const FormBody params = posted ? request.form() : request.query;
    const QString clientId = params.value(QStringLiteral("client_id"));
    if (!params.isValid()) {
        return errorPage(AadError::malformedGrant());
    }
    if (const auto error = m_policy.checkClientId(clientId, authority)) {
        return errorPage(*error);
    }
    const Application client = *m_context.world.findApplication(clientId);
    if (client.webRedirectUris.isEmpty() && client.publicClientRedirectUris.isEmpty()) {
        return errorPage({QStringLiteral("invalid_request"), 500113,
                          QStringLiteral("No reply address is registered for the application.")});
    }
    QString redirectText = params.value(QStringLiteral("redirect_uri"));
    if (redirectText.isEmpty()) {
        redirectText =
            client.webRedirectUris.isEmpty() ? client.publicClientRedirectUris.first() : client.webRedirectUris.first();
    }
    if (!client.webRedirectUris.contains(redirectText) &&
        !RedirectUri::matches(redirectText, client.publicClientRedirectUris)) {
        return errorPage(AadError::redirectMismatch(redirectText, clientId));
    }
    const QUrl redirectUri(redirectText);
    const QString state = params.value(QStringLiteral("state"));
    const QString scope = params.value(QStringLiteral("scope"));
    const auto fail = [&](const AadError &error) {
        Response response = Response::redirect(error.toRedirect(redirectUri, state, request, now, true));
        response.errorCode = QStringLiteral("AADSTS") + QString::number(error.code);
        return response;
    };

    const QString chosen = posted ? params.value(QStringLiteral("sandbox_user")) : QString();
    const User *user = chosen.isEmpty() ? m_policy.autoApprovedUser(authority) : m_context.world.findUser(chosen);
    if (!user || !authority.admits(*user)) {
        LoginPage::Fields fields;
        for (const auto &item : params.items()) {
            if (!item.first.startsWith(QLatin1String("sandbox_"))) {
                fields.append(item);
            }
        }
        return Response::html(LoginPage::chooseUser(
            QStringLiteral("Pick an administrator"),
            QStringLiteral("An administrator grants %1 access for the whole organization.").arg(client.displayName),
            request.path, fields, m_policy.candidates(authority)));
    }
    const User admin = *user;
    if (!m_context.world.isTenantAdmin(admin)) {
        return fail({QStringLiteral("access_denied"), 90094,
                     QStringLiteral("Admin consent is required for the permissions requested by this application. "
                                    "An admin consent request may be sent to the admin.")});
    }
    if (client.signInAudience == QLatin1String("AzureADMyOrg") && !client.firstParty &&
        client.tenantId != admin.tenantId) {
        return fail(AadError::clientNotFound(clientId, admin.tenantId));
    }
    if (params.value(QStringLiteral("sandbox_consent")) == QLatin1String("decline")) {
        return fail(
            {QStringLiteral("access_denied"), 65004, QStringLiteral("User declined to consent to access the app.")});
    }
    m_policy.recordAdminConsent(client, admin.tenantId, scope);
    QList<QPair<QString, QString>> parameters{{QStringLiteral("admin_consent"), QStringLiteral("True")},
                                              {QStringLiteral("tenant"), admin.tenantId}};
    if (!scope.isEmpty()) {
        parameters.append({QStringLiteral("scope"), scope});
    }
    if (!state.isEmpty()) {
        parameters.append({QStringLiteral("state"), state});
    }
    return Response::redirect(RedirectUri::withParameters(redirectUri, parameters));
}

} // namespace CrossKey::Sandbox
