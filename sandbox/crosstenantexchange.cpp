// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/crosstenantexchange.h"

#include "sandbox/servicecontext.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {
AadError noMatch(int code, const QString &field, const QString &value)
{
    return {QStringLiteral("invalid_client"), code,
            QStringLiteral("No matching federated identity record found for presented assertion %1 '%2'. Please note "
                           "that the matching is done using a case-sensitive comparison. Check your federated identity "
                           "credential %1 to ensure it matches the presented assertion.")
                .arg(field, value)};
}

QString audienceOf(const QJsonObject &claims)
{
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    return aud.isArray() ? aud.toArray().first().toString() : aud.toString();
}
} // namespace

QJsonObject CrossTenantExchange::identityClaims(const UserAssignedIdentity &identity) const
{
    return QJsonObject{{QStringLiteral("iss"), m_context.issuer(identity.tenantId)},
                       {QStringLiteral("sub"), identity.principalId},
                       {QStringLiteral("oid"), identity.principalId},
                       {QStringLiteral("aud"), audience()},
                       {QStringLiteral("tid"), identity.tenantId},
                       {QStringLiteral("appid"), identity.clientId}};
}

std::optional<AadError> CrossTenantExchange::matchCredential(const QJsonObject &claims, const Application &app)
{
    const QList<FederatedIdentityCredential> &credentials = app.federatedIdentityCredentials;
    if (credentials.isEmpty()) {
        return AadError{
            QStringLiteral("invalid_client"), 7000226,
            QStringLiteral("No federated identity credential policy found on application (%1).").arg(app.appId)};
    }
    const QString issuer = claims.value(QStringLiteral("iss")).toString();
    const QString subject = claims.value(QStringLiteral("sub")).toString();
    const QString audience = audienceOf(claims);
    bool issuerSeen = false;
    bool subjectSeen = false;
    for (const FederatedIdentityCredential &credential : credentials) {
        if (credential.issuer != issuer) {
            continue;
        }
        issuerSeen = true;
        if (credential.subject != subject) {
            continue;
        }
        subjectSeen = true;
        if (credential.audiences.contains(audience)) {
            return std::nullopt;
        }
    }
    if (!issuerSeen) {
        return noMatch(700211, QStringLiteral("issuer"), issuer);
    }
    if (!subjectSeen) {
        return noMatch(700213, QStringLiteral("subject"), subject);
    }
    return noMatch(700212, QStringLiteral("audience"), audience);
}

CrossTenantExchange::Outcome CrossTenantExchange::exchange(const UserAssignedIdentity &identity,
                                                           const QString &clientId, const QString &tenantId) const
{
    const World &world = m_context.world;
    const Application *app = world.findApplication(clientId);
    const ServicePrincipal *principal = world.findServicePrincipal(tenantId, clientId);
    // A single-tenant app of another tenant is as invisible in the key's tenant as a missing one.
    if (!principal || (app && app->tenantId != tenantId && app->signInAudience == QLatin1String("AzureADMyOrg"))) {
        return {AadError::clientNotFound(clientId, tenantId), {}};
    }
    if (!app) {
        // A deleted app whose service principal remains (ERRORS.md 6).
        return {AadError{
                    QStringLiteral("invalid_client"), 7000226,
                    QStringLiteral("No federated identity credential policy found on application (%1).").arg(clientId)},
                {}};
    }
    if (auto error = matchCredential(identityClaims(identity), *app)) {
        return {error, {}};
    }
    return {std::nullopt, principal->id};
}

} // namespace CrossKey::Sandbox
