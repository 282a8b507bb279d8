// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identityservice.h"

#include "sandbox/servicecontext.h"
#include "sandbox/serviceerror.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

IdentityService::IdentityService(ServiceContext &context, const TokenIssuer &issuer)
    : m_context(context)
    , m_policy(context)
    , m_authorize(context, m_policy)
    , m_token(context, m_policy, issuer)
    , m_deviceCode(context, m_policy)
    , m_adminConsent(context, m_policy)
{}

bool IdentityService::handles(const Request &request) const
{
    if (request.path == QLatin1String("/devicelogin")) {
        return true;
    }
    static const QStringList second = {QStringLiteral("v2.0"), QStringLiteral("oauth2"), QStringLiteral("adminconsent"),
                                       QStringLiteral("discovery")};
    return request.segments.size() >= 2 && second.contains(request.segments.at(1));
}

Response IdentityService::handle(const Request &request)
{
    if (request.path == QLatin1String("/devicelogin")) {
        return m_deviceCode.page(request);
    }
    const QStringList &s = request.segments;
    const QString rest = s.mid(1).join(QLatin1Char('/'));
    if (rest == QLatin1String("discovery/instance")) {
        return instanceDiscovery(request);
    }
    bool known = false;
    const Authority authority = Authority::resolve(m_context.world, s.first(), &known);
    if (!known) {
        return AadError::tenantNotFound(s.first()).toResponse(request, m_context.now());
    }
    if (rest == QLatin1String("v2.0/.well-known/openid-configuration")) {
        return discovery(request, authority);
    }
    if (rest == QLatin1String("discovery/v2.0/keys") || rest == QLatin1String("discovery/keys")) {
        // Tokens are HMAC-signed with a sandbox secret, so there is no public key to publish.
        return Response::json(QJsonObject{{QStringLiteral("keys"), QJsonArray()}});
    }
    if (rest == QLatin1String("oauth2/v2.0/authorize")) {
        return m_authorize.handle(request, authority);
    }
    if (rest == QLatin1String("oauth2/v2.0/token")) {
        return m_token.handle(request, authority);
    }
    if (rest == QLatin1String("oauth2/v2.0/devicecode")) {
        return m_deviceCode.issue(request, authority);
    }
    if (rest == QLatin1String("adminconsent") || rest == QLatin1String("v2.0/adminconsent")) {
        return m_adminConsent.handle(request, authority);
    }
    return ServiceError::resourceManager(
        404, QStringLiteral("NotFound"),
        QStringLiteral("The identity platform has no endpoint at '%1'.").arg(request.path));
}

Response IdentityService::discovery(const Request &request, const Authority &authority) const
{
    if (request.method != "GET" && request.method != "HEAD") {
        return AadError{QStringLiteral("invalid_request"), 900561,
                        QStringLiteral("The endpoint only accepts GET requests."), 405}
            .toResponse(request, m_context.now());
    }
    const QString tenant = authority.tenant ? authority.tenant->id : authority.segment.toLower();
    const QString base = m_context.url(QLatin1Char('/') + tenant);
    const QString host = m_context.baseUrl.authority();
    const auto strings = [](std::initializer_list<const char *> items) {
        QJsonArray array;
        for (const char *item : items) {
            array.append(QLatin1String(item));
        }
        return array;
    };
    return Response::json(QJsonObject{
        {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/token"))},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         strings({"client_secret_post", "private_key_jwt", "client_secret_basic"})},
        {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/discovery/v2.0/keys"))},
        {QStringLiteral("response_modes_supported"), strings({"query", "fragment", "form_post"})},
        {QStringLiteral("subject_types_supported"), strings({"pairwise"})},
        {QStringLiteral("id_token_signing_alg_values_supported"), strings({"HS256"})},
        {QStringLiteral("response_types_supported"), strings({"code"})},
        {QStringLiteral("scopes_supported"), strings({"openid", "profile", "email", "offline_access"})},
        {QStringLiteral("issuer"),
         m_context.issuer(authority.tenant ? authority.tenant->id : QStringLiteral("{tenantid}"))},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("userinfo_endpoint"), m_context.url(QStringLiteral("/oidc/userinfo"))},
        {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/authorize"))},
        {QStringLiteral("device_authorization_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/devicecode"))},
        {QStringLiteral("http_logout_supported"), true},
        {QStringLiteral("frontchannel_logout_supported"), true},
        {QStringLiteral("end_session_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/logout"))},
        {QStringLiteral("claims_supported"),
         strings({"sub", "iss", "cloud_instance_name", "cloud_instance_host_name", "cloud_graph_host_name",
                  "msgraph_host", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid",
                  "ver", "at_hash", "c_hash", "email"})},
        {QStringLiteral("kerberos_endpoint"), QString(base + QStringLiteral("/kerberos"))},
        {QStringLiteral("tenant_region_scope"), authority.tenant ? QJsonValue(QStringLiteral("NA")) : QJsonValue()},
        {QStringLiteral("cloud_instance_name"), host},
        {QStringLiteral("cloud_graph_host_name"), host},
        {QStringLiteral("msgraph_host"), host},
        {QStringLiteral("rbac_url"), m_context.url(QString())},
    });
}

Response IdentityService::instanceDiscovery(const Request &request) const
{
    Q_UNUSED(request)
    const QString host = m_context.baseUrl.authority();
    return Response::json(QJsonObject{
        {QStringLiteral("tenant_discovery_endpoint"),
         m_context.url(QStringLiteral("/common/v2.0/.well-known/openid-configuration"))},
        {QStringLiteral("api-version"), QStringLiteral("1.1")},
        {QStringLiteral("metadata"), QJsonArray{QJsonObject{{QStringLiteral("preferred_network"), host},
                                                            {QStringLiteral("preferred_cache"), host},
                                                            {QStringLiteral("aliases"), QJsonArray{host}}}}}});
}

} // namespace CrossKey::Sandbox
