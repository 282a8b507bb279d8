// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tokenissuer.h"

#include "sandbox/ids.h"
#include "sandbox/jwt.h"
#include "sandbox/servicecontext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace CrossKey::Sandbox {

namespace {

QString pairwiseSubject(const QString &objectId, const QString &clientId)
{
    return QString::fromLatin1(QCryptographicHash::hash((objectId + clientId).toUtf8(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                   .left(43));
}

} // namespace

QJsonObject TokenIssuer::baseClaims(const QString &tenantId, const QString &audience) const
{
    const qint64 now = m_context.now().toSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("aud"), audience},
                       {QStringLiteral("iss"), m_context.issuer(tenantId)},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("exp"), now + m_context.options.accessTokenLifetimeSeconds},
                       {QStringLiteral("tid"), tenantId},
                       {QStringLiteral("uti"), Ids::randomToken(16)},
                       {QStringLiteral("ver"), QStringLiteral("2.0")}};
}

QString TokenIssuer::userAccessToken(const User &user, const QString &clientId, const ResourceScope &resource) const
{
    QJsonObject claims = baseClaims(user.tenantId, resource.audience);
    if (resource.notBefore > 0) {
        claims.insert(QStringLiteral("nbf"), resource.notBefore); // asked for by a claims challenge (§1.8)
    }
    claims.insert(QStringLiteral("oid"), user.id);
    claims.insert(QStringLiteral("sub"), pairwiseSubject(user.id, clientId));
    claims.insert(QStringLiteral("upn"), user.userPrincipalName);
    claims.insert(QStringLiteral("preferred_username"), user.userPrincipalName);
    claims.insert(QStringLiteral("name"), user.displayName);
    claims.insert(QStringLiteral("azp"), clientId);
    claims.insert(QStringLiteral("appid"), clientId);
    claims.insert(QStringLiteral("azpacr"), QStringLiteral("0"));
    claims.insert(QStringLiteral("idtyp"), QStringLiteral("user"));
    claims.insert(QStringLiteral("scp"), ResourceCatalog::grantedScopes(resource).join(QLatin1Char(' ')));
    claims.insert(QStringLiteral("wids"), QJsonArray::fromStringList(user.directoryRoles));
    return Jwt::sign(claims, m_context.world.signingKey());
}

QString TokenIssuer::appAccessToken(const ServicePrincipal &principal, const ResourceScope &resource) const
{
    QJsonObject claims = baseClaims(principal.tenantId, resource.audience);
    claims.insert(QStringLiteral("oid"), principal.id);
    claims.insert(QStringLiteral("sub"), principal.id);
    claims.insert(QStringLiteral("azp"), principal.appId);
    claims.insert(QStringLiteral("appid"), principal.appId);
    claims.insert(QStringLiteral("azpacr"), QStringLiteral("2"));
    claims.insert(QStringLiteral("idtyp"), QStringLiteral("app"));
    claims.insert(QStringLiteral("roles"), QJsonArray());
    return Jwt::sign(claims, m_context.world.signingKey());
}

QString TokenIssuer::idToken(const User &user, const QString &clientId, const QString &nonce) const
{
    QJsonObject claims = baseClaims(user.tenantId, clientId);
    claims.remove(QStringLiteral("uti"));
    claims.insert(QStringLiteral("oid"), user.id);
    claims.insert(QStringLiteral("sub"), pairwiseSubject(user.id, clientId));
    claims.insert(QStringLiteral("name"), user.displayName);
    claims.insert(QStringLiteral("preferred_username"), user.userPrincipalName);
    if (!nonce.isEmpty()) {
        claims.insert(QStringLiteral("nonce"), nonce);
    }
    return Jwt::sign(claims, m_context.world.signingKey());
}

QString TokenIssuer::clientInfo(const User &user)
{
    const QJsonObject info{{QStringLiteral("uid"), user.id}, {QStringLiteral("utid"), user.tenantId}};
    return QString::fromLatin1(QJsonDocument(info)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject TokenIssuer::userTokenResponse(const User &user, const QString &clientId, const ScopeSet &scopes,
                                           const ResourceScope &resource, const QString &refreshToken,
                                           const QString &nonce, bool withClientInfo) const
{
    QStringList scopeList = ResourceCatalog::responseScopes(resource);
    for (const QString &oidc : scopes.oidc) {
        if (oidc != QLatin1String("offline_access")) {
            scopeList.append(oidc);
        }
    }
    const int lifetime = m_context.options.accessTokenLifetimeSeconds;
    QJsonObject response{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("scope"), scopeList.join(QLatin1Char(' '))},
                         {QStringLiteral("expires_in"), lifetime},
                         {QStringLiteral("ext_expires_in"), lifetime},
                         {QStringLiteral("access_token"), userAccessToken(user, clientId, resource)}};
    if (!refreshToken.isEmpty()) {
        response.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    if (scopes.has(QStringLiteral("openid"))) {
        response.insert(QStringLiteral("id_token"), idToken(user, clientId, nonce));
    }
    if (withClientInfo) {
        response.insert(QStringLiteral("client_info"), clientInfo(user));
    }
    return response;
}

QJsonObject TokenIssuer::appTokenResponse(const ServicePrincipal &principal, const ResourceScope &resource) const
{
    const int lifetime = m_context.options.accessTokenLifetimeSeconds;
    return QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), lifetime},
                       {QStringLiteral("ext_expires_in"), lifetime},
                       {QStringLiteral("access_token"), appAccessToken(principal, resource)}};
}

} // namespace CrossKey::Sandbox
