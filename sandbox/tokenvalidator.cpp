// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tokenvalidator.h"

#include "sandbox/jwt.h"
#include "sandbox/servicecontext.h"
#include "sandbox/serviceerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CrossKey::Sandbox {

namespace {

QStringList toStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

QString armTime(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("M/d/yyyy h:mm:ss AP"));
}

} // namespace

TokenValidator::Outcome TokenValidator::validate(const Request &request, ResourceKind resource,
                                                 const QString &expectedTenantId) const
{
    const QByteArray authorization = request.header("Authorization");
    const bool graph = resource == ResourceKind::Graph;
    if (authorization.isEmpty()) {
        return {std::nullopt,
                reject(request, resource,
                       graph ? QStringLiteral("InvalidAuthenticationToken") : QStringLiteral("AuthenticationFailed"),
                       graph ? QStringLiteral("Access token is empty.")
                             : QStringLiteral("Authentication failed. The 'Authorization' header is missing."),
                       expectedTenantId)};
    }
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7) {
        return {std::nullopt,
                reject(request, resource, QStringLiteral("InvalidAuthenticationToken"),
                       graph
                           ? QStringLiteral("IDX14100: JWT is not well formed.")
                           : QStringLiteral(
                                 "Authentication failed. The 'Authorization' header is provided in an invalid format."),
                       expectedTenantId)};
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    QJsonObject header;
    QJsonObject claims;
    if (!Jwt::decode(token, &header, &claims) || !Jwt::verify(token, m_context.world.signingKey())) {
        return {std::nullopt, reject(request, resource, QStringLiteral("InvalidAuthenticationToken"),
                                     graph ? QStringLiteral("Access token validation failure. Invalid signature.")
                                           : QStringLiteral("The access token is invalid."),
                                     expectedTenantId)};
    }
    const QDateTime now = m_context.now();
    const QDateTime expires = QDateTime::fromSecsSinceEpoch(claims.value(QStringLiteral("exp")).toInteger(), Qt::UTC);
    const QDateTime notBefore = QDateTime::fromSecsSinceEpoch(claims.value(QStringLiteral("nbf")).toInteger(), Qt::UTC);
    if (expires <= now || notBefore > now.addSecs(300)) {
        return {
            std::nullopt,
            reject(request, resource,
                   graph ? QStringLiteral("InvalidAuthenticationToken") : QStringLiteral("ExpiredAuthenticationToken"),
                   graph
                       ? QStringLiteral("Lifetime validation failed, the token is expired.")
                       : QStringLiteral("The access token expiry UTC time '%1' is earlier than current UTC time '%2'.")
                             .arg(armTime(expires), armTime(now)),
                   expectedTenantId)};
    }
    const QString audience = claims.value(QStringLiteral("aud")).toString();
    const QStringList allowed = ResourceCatalog::audiences(resource, m_context.graphResource());
    if (!allowed.contains(audience, Qt::CaseInsensitive)) {
        return {std::nullopt,
                reject(request, resource, QStringLiteral("InvalidAuthenticationToken"),
                       graph ? QStringLiteral("Access token validation failure. Invalid audience.")
                             : QStringLiteral("The access token has been obtained for wrong audience or resource '%1'. "
                                              "It should exactly match with one of the allowed audiences '%2'.")
                                   .arg(audience, allowed.join(QStringLiteral("','"))),
                       expectedTenantId)};
    }
    const QString tenantId = claims.value(QStringLiteral("tid")).toString();
    if (!expectedTenantId.isEmpty() && tenantId.compare(expectedTenantId, Qt::CaseInsensitive) != 0) {
        const QString message =
            QStringLiteral("The access token is from the wrong issuer '%1'. It must match the tenant '%2' associated "
                           "with this subscription. Please use the authority (URL) '%3' to get the token. Note, if the "
                           "subscription is transferred to another tenant there is no impact to the services, but "
                           "information about new tenant could take time to propagate (up to an hour). If you just "
                           "transferred your subscription and see this error message, please try back later.")
                .arg(m_context.issuer(tenantId), m_context.issuer(expectedTenantId),
                     m_context.url(QLatin1Char('/') + expectedTenantId));
        return {std::nullopt, reject(request, resource,
                                     graph ? QStringLiteral("InvalidAuthenticationToken")
                                           : QStringLiteral("InvalidAuthenticationTokenTenant"),
                                     message, expectedTenantId)};
    }

    if (const auto event = pendingChallenge(claims, resource)) {
        return {std::nullopt, challenge(request, resource, *event)};
    }

    Caller caller;
    caller.tenantId = tenantId;
    caller.objectId = claims.value(QStringLiteral("oid")).toString();
    caller.clientId = claims.value(QStringLiteral("appid")).toString();
    caller.userPrincipalName = claims.value(QStringLiteral("upn")).toString();
    caller.displayName = claims.value(QStringLiteral("name")).toString();
    caller.scopes = claims.value(QStringLiteral("scp")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    caller.roles = toStrings(claims.value(QStringLiteral("roles")));
    caller.directoryRoles = toStrings(claims.value(QStringLiteral("wids")));
    caller.isApplication = claims.value(QStringLiteral("idtyp")).toString() == QLatin1String("app");
    caller.audience = audience;
    caller.claims = claims;
    return {caller, {}};
}

std::optional<CaeChallenge> TokenValidator::pendingChallenge(const QJsonObject &claims, ResourceKind resource) const
{
    if (resource != ResourceKind::Graph && resource != ResourceKind::ResourceManager) {
        return std::nullopt;
    }
    const QString service =
        resource == ResourceKind::Graph ? QStringLiteral("graph") : QStringLiteral("resourcemanager");
    const QString userId = claims.value(QStringLiteral("oid")).toString();
    const qint64 notBefore = claims.value(QStringLiteral("nbf")).toInteger();
    for (const CaeChallenge &event : m_context.world.caeChallenges()) {
        if (event.service == service && event.userId.compare(userId, Qt::CaseInsensitive) == 0 &&
            notBefore < event.notBefore) {
            return event;
        }
    }
    return std::nullopt;
}

Response TokenValidator::challenge(const Request &request, ResourceKind resource, const CaeChallenge &event) const
{
    // §1.8: the claims ask for a token not before the event; a token requested with them passes.
    const QByteArray claims =
        QJsonDocument(
            QJsonObject{{QStringLiteral("access_token"),
                         QJsonObject{{QStringLiteral("nbf"),
                                      QJsonObject{{QStringLiteral("essential"), true},
                                                  {QStringLiteral("value"), QString::number(event.notBefore)}}}}}})
            .toJson(QJsonDocument::Compact)
            .toBase64();
    Response response;
    QByteArray header;
    if (resource == ResourceKind::Graph) {
        // Graph's CAE text as seen in user reports [3p] (TokenCreatedWithOutdatedPolicies,
        // LocationConditionEvaluationSatisfied, …); the code for a revoked session is [unverified].
        const QString message = QStringLiteral("Continuous access evaluation resulted in challenge with result: "
                                               "InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp");
        response =
            ServiceError::graph(request, m_context.now(), 401, QStringLiteral("InvalidAuthenticationToken"), message);
        header = "Bearer realm=\"\", authorization_uri=\"" +
                 m_context.url(QStringLiteral("/common/oauth2/authorize")).toUtf8() +
                 "\", client_id=\"00000003-0000-0000-c000-000000000000\", error_description=\"" + message.toUtf8() +
                 "\", error=\"insufficient_claims\", claims=\"" + claims + '"';
    } else {
        // ARM's CAE answer (§1.8, Azure SDK tests [3p]); the body's code is [unverified].
        response = ServiceError::resourceManager(401, QStringLiteral("InvalidAuthenticationToken"),
                                                 QStringLiteral("User session has been revoked"));
        header = "Bearer authorization_uri=\"" + m_context.url(QStringLiteral("/")).toUtf8() +
                 "\", error=\"invalid_token\", error_description=\"User session has been revoked\", claims=\"" +
                 claims + '"';
    }
    response.setHeader("WWW-Authenticate", header);
    return response;
}

Response TokenValidator::reject(const Request &request, ResourceKind resource, const QString &code,
                                const QString &message, const QString &tenantId) const
{
    Response response;
    QByteArray challenge;
    switch (resource) {
    case ResourceKind::Graph:
        response = ServiceError::graph(request, m_context.now(), 401, code, message);
        challenge = "Bearer realm=\"\", authorization_uri=\"" +
                    m_context.url(QStringLiteral("/common/oauth2/authorize")).toUtf8() +
                    "\", client_id=\"00000003-0000-0000-c000-000000000000\"";
        break;
    case ResourceKind::KeyVault:
    case ResourceKind::Storage:
        response = ServiceError::keyVault(401, QStringLiteral("Unauthorized"), message);
        challenge =
            "Bearer authorization=\"" +
            m_context.url(QLatin1Char('/') + (tenantId.isEmpty() ? QStringLiteral("common") : tenantId)).toUtf8() +
            "\", resource=\"https://vault.azure.net\"";
        break;
    case ResourceKind::ResourceManager:
        response = ServiceError::resourceManager(401, code, message);
        challenge = "Bearer authorization_uri=\"" + m_context.url(QStringLiteral("/")).toUtf8() +
                    "\", error=\"invalid_token\", error_description=\"" +
                    message.left(120).toUtf8().replace('"', '\'') + "\"";
        break;
    }
    response.setHeader("WWW-Authenticate", challenge);
    return response;
}

} // namespace CrossKey::Sandbox
