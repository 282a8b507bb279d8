// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tokenendpoint.h"

#include "sandbox/ids.h"
#include "sandbox/jwt.h"
#include "sandbox/servicecontext.h"
#include "sandbox/signinpolicy.h"
#include "sandbox/tokenissuer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace CrossKey::Sandbox {

namespace {

const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString kJwtBearer = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString mergeScopes(const QString &a, const QString &b)
{
    QStringList merged = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : b.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!merged.contains(item)) {
            merged.append(item);
        }
    }
    return merged.join(QLatin1Char(' '));
}

// The `nbf` a claims challenge asks for (CONTRACTS.md §1.8: {"access_token":{"nbf":{"essential":true,
// "value":"1603742800"}}}), as a string or a number; 0 when absent or already passed.
qint64 claimedNotBefore(const QString &claims, const QDateTime &now)
{
    const QJsonValue value = QJsonDocument::fromJson(claims.toUtf8())
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toObject()
                                 .value(QStringLiteral("nbf"))
                                 .toObject()
                                 .value(QStringLiteral("value"));
    const qint64 notBefore = value.isString() ? value.toString().toLongLong() : value.toInteger();
    return notBefore > now.toSecsSinceEpoch() ? notBefore : 0;
}

AadError deviceError(const QString &error, int code, const QString &message)
{
    return AadError{error, code, message};
}

} // namespace

Response TokenEndpoint::handle(const Request &request, const Authority &authority)
{
    const QDateTime now = m_context.now();
    if (request.method != "POST") {
        return AadError::wrongMethod(request.method).toResponse(request, now);
    }
    const FormBody form = request.form();
    if (!form.isValid()) {
        return AadError{QStringLiteral("invalid_request"), 9002313,
                        QStringLiteral("Invalid request. Request is malformed or invalid.")}
            .toResponse(request, now);
    }
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty()) {
        return AadError::missingParameter(QStringLiteral("grant_type")).toResponse(request, now);
    }
    if (const auto error = m_policy.checkClientId(form.value(QStringLiteral("client_id")), authority)) {
        return error->toResponse(request, now);
    }
    if (grantType == QLatin1String("authorization_code")) {
        return authorizationCode(request, form, authority);
    }
    if (grantType == QLatin1String("refresh_token")) {
        return refreshToken(request, form, authority);
    }
    if (grantType == kDeviceCodeGrant) {
        return deviceCode(request, form, authority);
    }
    if (grantType == QLatin1String("client_credentials")) {
        return clientCredentials(request, form, authority);
    }
    return AadError{QStringLiteral("unsupported_grant_type"), 70003,
                    QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType)}
        .toResponse(request, now);
}

bool TokenEndpoint::pickResource(const QString &requested, const QString &granted, const Authority &authority,
                                 ResourceScope *resource, ScopeSet *responseScopes, AadError *error) const
{
    const ScopeSet asked = ResourceCatalog::parse(requested, m_context.graphResource());
    if (!asked.unknownResource.isEmpty()) {
        *error = AadError::invalidResource(asked.unknownResource, authority.name());
        return false;
    }
    if (asked.resources.size() > 1) {
        *error = AadError{QStringLiteral("invalid_scope"), 28000,
                          QStringLiteral("Provided value for the input parameter scope is not valid because it "
                                         "contains more than one resource. Scope %1 is not valid.")
                              .arg(requested)};
        return false;
    }
    const ScopeSet fromGrant = ResourceCatalog::parse(granted, m_context.graphResource());
    *responseScopes = requested.trimmed().isEmpty() ? fromGrant : asked;
    if (!asked.resources.isEmpty()) {
        *resource = asked.resources.first();
    } else if (!fromGrant.resources.isEmpty()) {
        *resource = fromGrant.resources.first();
    } else {
        *resource = ResourceScope{
            ResourceKind::Graph, QStringLiteral("https://graph.microsoft.com"), {QStringLiteral("User.Read")}, 0};
    }
    return true;
}

Response TokenEndpoint::issueForUser(const User &user, const QString &clientId, const QString &grantScope,
                                     const ResourceScope &resource, const ScopeSet &responseScopes,
                                     const QString &nonce, bool withClientInfo)
{
    QString refresh;
    if (ResourceCatalog::parse(grantScope, m_context.graphResource()).has(QStringLiteral("offline_access"))) {
        RefreshGrant grant{QStringLiteral("1.AS") + Ids::randomToken(64),
                           clientId,
                           user.tenantId,
                           user.id,
                           grantScope,
                           m_context.now().addSecs(m_context.options.refreshTokenLifetimeSeconds),
                           m_context.now(),
                           {}};
        m_context.world.editRefreshGrants().append(grant);
        refresh = grant.token;
    }
    return Response::json(
        m_issuer.userTokenResponse(user, clientId, responseScopes, resource, refresh, nonce, withClientInfo));
}

Response TokenEndpoint::authorizationCode(const Request &request, const FormBody &form, const Authority &authority)
{
    const QDateTime now = m_context.now();
    const QString clientId = form.value(QStringLiteral("client_id"));
    for (const char *name : {"code", "redirect_uri"}) {
        if (form.value(QLatin1String(name)).isEmpty()) {
            return AadError::missingParameter(QLatin1String(name)).toResponse(request, now);
        }
    }
    const Application client = *m_context.world.findApplication(clientId);
    if (client.isPublicClient &&
        (form.contains(QStringLiteral("client_secret")) || form.contains(QStringLiteral("client_assertion")))) {
        return AadError{
            QStringLiteral("invalid_request"), 700025,
            QStringLiteral("Client is public so neither 'client_assertion' nor 'client_secret' should be presented.")}
            .toResponse(request, now);
    }
    const QString codeText = form.value(QStringLiteral("code"));
    const auto &codes = m_context.world.authorizationCodes();
    const auto found =
        std::find_if(codes.cbegin(), codes.cend(), [&](const AuthorizationCode &c) { return c.code == codeText; });
    if (found == codes.cend() || found->clientId.compare(clientId, Qt::CaseInsensitive) != 0 ||
        (authority.tenant && authority.tenant->id != found->tenantId)) {
        return AadError::malformedGrant().toResponse(request, now);
    }
    const AuthorizationCode code = *found;
    const qsizetype index = found - codes.cbegin();
    if (code.redeemed) {
        return AadError{QStringLiteral("invalid_grant"), 54005,
                        QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a new valid "
                                       "code or use an existing refresh token.")}
            .toResponse(request, now);
    }
    if (code.expiresAt <= now) {
        return AadError::grantExpired().toResponse(request, now);
    }
    if (form.value(QStringLiteral("redirect_uri")) != code.redirectUri) {
        AadError error = AadError::redirectMismatch(form.value(QStringLiteral("redirect_uri")), clientId);
        error.error = QStringLiteral("invalid_grant");
        return error.toResponse(request, now);
    }
    if (pkceChallenge(form.value(QStringLiteral("code_verifier"))) != code.codeChallenge) {
        return AadError{QStringLiteral("invalid_grant"), 501481,
                        QStringLiteral("The Code_Verifier does not match the code_challenge supplied in the "
                                       "authorization request.")}
            .toResponse(request, now);
    }
    const User *user = m_context.world.findUser(code.userId);
    if (!user) {
        return AadError::malformedGrant().toResponse(request, now);
    }
    ResourceScope resource;
    ScopeSet responseScopes;
    AadError error;
    const QString requested = form.value(QStringLiteral("scope"));
    if (!pickResource(requested, code.scope, authority, &resource, &responseScopes, &error)) {
        return error.toResponse(request, now);
    }
    m_context.world.editAuthorizationCodes()[index].redeemed = true;
    const User signedIn = *user;
    return issueForUser(signedIn, clientId, mergeScopes(code.scope, requested), resource, responseScopes, code.nonce,
                        form.value(QStringLiteral("client_info")) == QLatin1String("1"));
}

Response TokenEndpoint::refreshToken(const Request &request, const FormBody &form, const Authority &authority)
{
    const QDateTime now = m_context.now();
    const QString clientId = form.value(QStringLiteral("client_id"));
    const QString token = form.value(QStringLiteral("refresh_token"));
    if (token.isEmpty()) {
        return AadError::missingParameter(QStringLiteral("refresh_token")).toResponse(request, now);
    }
    const auto &grants = m_context.world.refreshGrants();
    const auto found =
        std::find_if(grants.cbegin(), grants.cend(), [&](const RefreshGrant &g) { return g.token == token; });
    if (found == grants.cend() || found->clientId.compare(clientId, Qt::CaseInsensitive) != 0) {
        return AadError::malformedGrant().toResponse(request, now);
    }
    const RefreshGrant grant = *found;
    if (grant.expiresAt <= now) {
        return AadError::grantExpired().toResponse(request, now);
    }
    if (grant.revokedAt.isValid()) {
        return AadError::grantRevoked(grant.issuedAt, grant.revokedAt).toResponse(request, now);
    }
    const User *user = m_context.world.findUser(grant.userId);
    if (!user) {
        return AadError::malformedGrant().toResponse(request, now);
    }
    if (authority.tenant && authority.tenant->id != grant.tenantId) {
        return AadError::userNotInTenant(user->userPrincipalName, authority.tenant->id, clientId)
            .toResponse(request, now);
    }
    ResourceScope resource;
    ScopeSet responseScopes;
    AadError error;
    const QString requested = form.value(QStringLiteral("scope"));
    if (!pickResource(requested, grant.scope, authority, &resource, &responseScopes, &error)) {
        return error.toResponse(request, now);
    }
    resource.notBefore = claimedNotBefore(form.value(QStringLiteral("claims")), now);
    const User signedIn = *user;
    // A new refresh token comes with every answer; the old one stays valid (CONTRACTS.md §1.4).
    return issueForUser(signedIn, clientId, mergeScopes(grant.scope, QStringLiteral("offline_access")), resource,
                        responseScopes, QString(), form.value(QStringLiteral("client_info")) == QLatin1String("1"));
}

Response TokenEndpoint::deviceCode(const Request &request, const FormBody &form, const Authority &authority)
{
    const QDateTime now = m_context.now();
    const QString clientId = form.value(QStringLiteral("client_id"));
    QString deviceCodeText = form.value(QStringLiteral("device_code"));
    if (deviceCodeText.isEmpty()) {
        deviceCodeText = form.value(QStringLiteral("code"));
    }
    if (deviceCodeText.isEmpty()) {
        return AadError::missingParameter(QStringLiteral("device_code")).toResponse(request, now);
    }
    const auto &codes = m_context.world.deviceCodes();
    const auto found =
        std::find_if(codes.cbegin(), codes.cend(), [&](const DeviceCode &d) { return d.deviceCode == deviceCodeText; });
    if (found == codes.cend() || found->clientId.compare(clientId, Qt::CaseInsensitive) != 0) {
        return deviceError(QStringLiteral("bad_verification_code"), 9002313,
                           QStringLiteral("Invalid request. Request is malformed or invalid."))
            .toResponse(request, now);
    }
    const qsizetype index = found - codes.cbegin();
    const DeviceCode device = *found;
    if (device.expiresAt <= now) {
        return deviceError(QStringLiteral("expired_token"), 70020,
                           QStringLiteral("The provided value for the input parameter 'device_code' is not valid. "
                                          "This device code has expired."))
            .toResponse(request, now);
    }
    if (device.state == DeviceCode::State::Declined) {
        return deviceError(QStringLiteral("authorization_declined"), 65004,
                           QStringLiteral("User declined to consent to access the app."))
            .toResponse(request, now);
    }
    if (device.state == DeviceCode::State::Pending) {
        const bool tooSoon = device.lastPollAt.isValid() && device.lastPollAt.addSecs(device.interval) > now;
        m_context.world.editDeviceCodes()[index].lastPollAt = now;
        if (tooSoon) {
            return deviceError(QStringLiteral("slow_down"), 70016,
                               QStringLiteral("OAuth 2.0 device flow error. Polling too often; wait 'interval' "
                                              "seconds between requests."))
                .toResponse(request, now);
        }
        return deviceError(QStringLiteral("authorization_pending"), 70016,
                           QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."))
            .toResponse(request, now);
    }
    const User *user = m_context.world.findUser(device.userId);
    if (!user || !authority.admits(*user)) {
        return AadError::malformedGrant().toResponse(request, now);
    }
    ResourceScope resource;
    ScopeSet responseScopes;
    AadError error;
    if (!pickResource(QString(), device.scope, authority, &resource, &responseScopes, &error)) {
        return error.toResponse(request, now);
    }
    const User signedIn = *user;
    m_context.world.editDeviceCodes().removeAt(index);
    return issueForUser(signedIn, clientId, device.scope, resource, responseScopes, QString(),
                        form.value(QStringLiteral("client_info")) == QLatin1String("1"));
}

Response TokenEndpoint::clientCredentials(const Request &request, const FormBody &form, const Authority &authority)
{
    const QDateTime now = m_context.now();
    if (!authority.tenant) {
        return AadError{QStringLiteral("invalid_request"), 900023,
                        QStringLiteral("Specified tenant identifier '%1' is neither a valid DNS name, nor a valid "
                                       "external domain.")
                            .arg(authority.segment)}
            .toResponse(request, now);
    }
    const Application client = *m_context.world.findApplication(form.value(QStringLiteral("client_id")));
    const QString assertion = form.value(QStringLiteral("client_assertion"));
    if (assertion.isEmpty()) {
        return AadError{QStringLiteral("invalid_client"), 7000218,
                        QStringLiteral("The request body must contain the following parameter: 'client_assertion' or "
                                       "'client_secret'.")}
            .toResponse(request, now);
    }
    if (form.value(QStringLiteral("client_assertion_type")) != kJwtBearer) {
        return AadError::missingParameter(QStringLiteral("client_assertion_type")).toResponse(request, now);
    }
    QJsonObject header;
    QJsonObject claims;
    if (!Jwt::decode(assertion, &header, &claims)) {
        return AadError{QStringLiteral("invalid_client"), 50027, QStringLiteral("JWT token is invalid or malformed.")}
            .toResponse(request, now);
    }
    if (!Jwt::verify(assertion, m_context.world.signingKey())) {
        return AadError{QStringLiteral("invalid_client"), 700027,
                        QStringLiteral("Client assertion failed signature validation.")}
            .toResponse(request, now);
    }
    const qint64 seconds = now.toSecsSinceEpoch();
    if (claims.value(QStringLiteral("exp")).toInteger() <= seconds ||
        claims.value(QStringLiteral("nbf")).toInteger(seconds) > seconds + 300) {
        return AadError{QStringLiteral("invalid_client"), 700024,
                        QStringLiteral("Client assertion is not within its valid time range.")}
            .toResponse(request, now);
    }
    const ServicePrincipal *principal = m_context.world.findServicePrincipal(authority.tenant->id, client.appId);
    if (!principal) {
        return AadError::clientNotFound(client.appId, authority.tenant->id).toResponse(request, now);
    }
    if (m_context.assertionCheck) {
        if (const auto error = m_context.assertionCheck(claims, client, authority.tenant->id)) {
            return error->toResponse(request, now);
        }
    }
    const QString scope = form.value(QStringLiteral("scope"));
    const ScopeSet scopes = ResourceCatalog::parse(scope, m_context.graphResource());
    if (!scopes.unknownResource.isEmpty()) {
        return AadError::invalidResource(scopes.unknownResource, authority.tenant->id).toResponse(request, now);
    }
    if (scopes.resources.size() != 1 || scopes.resources.first().names != QStringList{QStringLiteral(".default")}) {
        return AadError{QStringLiteral("invalid_scope"), 1002012,
                        QStringLiteral("The provided value for scope %1 is not valid. Client credential flows must "
                                       "have a scope value with /.default suffixed to the resource identifier "
                                       "(application ID URI).")
                            .arg(scope)}
            .toResponse(request, now);
    }
    return Response::json(m_issuer.appTokenResponse(*principal, scopes.resources.first()));
}

} // namespace CrossKey::Sandbox
