// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/worldcodec.h"

#include "sandbox/armstatecodec.h"
#include "sandbox/codecfields.h"
#include "sandbox/keyvaultstatecodec.h"
#include "sandbox/storagestatecodec.h"
#include "sandbox/world.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {

using namespace CodecFields;

constexpr int kFormatVersion = 1;

QJsonObject credentialToJson(const FederatedIdentityCredential &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("issuer"), c.issuer},
                       {QStringLiteral("subject"), c.subject},
                       {QStringLiteral("description"), c.description},
                       {QStringLiteral("audiences"), strings(c.audiences)}};
}

FederatedIdentityCredential credentialFromJson(const QJsonObject &o)
{
    return FederatedIdentityCredential{s(o, "id"),          s(o, "name"),
                                       s(o, "issuer"),      s(o, "subject"),
                                       s(o, "description"), strings(o.value(QStringLiteral("audiences")))};
}

QString deviceState(DeviceCode::State state)
{
    switch (state) {
    case DeviceCode::State::Approved:
        return QStringLiteral("approved");
    case DeviceCode::State::Declined:
        return QStringLiteral("declined");
    case DeviceCode::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

} // namespace

QJsonObject WorldCodec::toJson(const World &world, Secrets secrets)
{
    QJsonObject json{
        {QStringLiteral("format"), kFormatVersion},
        {QStringLiteral("scenario"), world.scenario()},
        {QStringLiteral("tenants"), array(world.tenants(),
                                          [](const Tenant &t) {
                                              return QJsonObject{
                                                  {QStringLiteral("id"), t.id},
                                                  {QStringLiteral("domain"), t.domain},
                                                  {QStringLiteral("displayName"), t.displayName},
                                                  {QStringLiteral("kind"), t.kind},
                                                  {QStringLiteral("countryCode"), t.countryCode},
                                                  {QStringLiteral("usersCanRegisterApps"), t.usersCanRegisterApps},
                                                  {QStringLiteral("createdDateTime"), time(t.createdDateTime)}};
                                          })},
        {QStringLiteral("users"), array(world.users(),
                                        [](const User &u) {
                                            return QJsonObject{
                                                {QStringLiteral("id"), u.id},
                                                {QStringLiteral("tenantId"), u.tenantId},
                                                {QStringLiteral("userPrincipalName"), u.userPrincipalName},
                                                {QStringLiteral("displayName"), u.displayName},
                                                {QStringLiteral("directoryRoles"), strings(u.directoryRoles)},
                                                {QStringLiteral("createdDateTime"), time(u.createdDateTime)}};
                                        })},
        {QStringLiteral("subscriptions"), array(world.subscriptions(),
                                                [](const Subscription &x) {
                                                    return QJsonObject{
                                                        {QStringLiteral("id"), x.id},
                                                        {QStringLiteral("tenantId"), x.tenantId},
                                                        {QStringLiteral("displayName"), x.displayName},
                                                        {QStringLiteral("state"), x.state},
                                                        {QStringLiteral("locations"), strings(x.locations)}};
                                                })},
        {QStringLiteral("resourceGroups"), array(world.resourceGroups(),
                                                 [](const ResourceGroup &g) {
                                                     return QJsonObject{
                                                         {QStringLiteral("subscriptionId"), g.subscriptionId},
                                                         {QStringLiteral("name"), g.name},
                                                         {QStringLiteral("location"), g.location},
                                                         {QStringLiteral("createdTime"), time(g.createdTime)}};
                                                 })},
        {QStringLiteral("roleAssignments"), array(world.roleAssignments(),
                                                  [](const RoleAssignment &r) {
                                                      return QJsonObject{
                                                          {QStringLiteral("name"), r.name},
                                                          {QStringLiteral("scope"), r.scope},
                                                          {QStringLiteral("roleDefinitionId"), r.roleDefinitionId},
                                                          {QStringLiteral("principalId"), r.principalId},
                                                          {QStringLiteral("principalType"), r.principalType},
                                                          {QStringLiteral("tenantId"), r.tenantId},
                                                          {QStringLiteral("createdOn"), time(r.createdOn)}};
                                                  })},
        {QStringLiteral("applications"),
         array(world.applications(),
               [](const Application &a) {
                   return QJsonObject{{QStringLiteral("id"), a.id},
                                      {QStringLiteral("appId"), a.appId},
                                      {QStringLiteral("tenantId"), a.tenantId},
                                      {QStringLiteral("displayName"), a.displayName},
                                      {QStringLiteral("signInAudience"), a.signInAudience},
                                      {QStringLiteral("publisherDomain"), a.publisherDomain},
                                      {QStringLiteral("publicClientRedirectUris"), strings(a.publicClientRedirectUris)},
                                      {QStringLiteral("webRedirectUris"), strings(a.webRedirectUris)},
                                      {QStringLiteral("isPublicClient"), a.isPublicClient},
                                      {QStringLiteral("firstParty"), a.firstParty},
                                      {QStringLiteral("createdDateTime"), time(a.createdDateTime)},
                                      {QStringLiteral("owners"), strings(a.owners)},
                                      {QStringLiteral("federatedIdentityCredentials"),
                                       array(a.federatedIdentityCredentials, credentialToJson)}};
               })},
        {QStringLiteral("servicePrincipals"),
         array(world.servicePrincipals(),
               [](const ServicePrincipal &p) {
                   return QJsonObject{{QStringLiteral("id"), p.id},
                                      {QStringLiteral("appId"), p.appId},
                                      {QStringLiteral("tenantId"), p.tenantId},
                                      {QStringLiteral("displayName"), p.displayName},
                                      {QStringLiteral("appOwnerOrganizationId"), p.appOwnerOrganizationId},
                                      {QStringLiteral("accountEnabled"), p.accountEnabled},
                                      {QStringLiteral("createdDateTime"), time(p.createdDateTime)}};
               })},
        {QStringLiteral("consents"), array(world.consents(),
                                           [](const Consent &c) {
                                               return QJsonObject{{QStringLiteral("id"), c.id},
                                                                  {QStringLiteral("tenantId"), c.tenantId},
                                                                  {QStringLiteral("clientAppId"), c.clientAppId},
                                                                  {QStringLiteral("principalId"), c.principalId},
                                                                  {QStringLiteral("scope"), c.scope},
                                                                  {QStringLiteral("grantedAt"), time(c.grantedAt)}};
                                           })},
    };
    json.insert(QStringLiteral("resourceManager"), ArmStateCodec::toJson(world.resourceManager()));
    json.insert(QStringLiteral("keyVault"), KeyVaultStateCodec::toJson(world.keyVault(), secrets == Secrets::Include));
    json.insert(QStringLiteral("storage"), StorageStateCodec::toJson(world.storage()));
    if (secrets == Secrets::Omit) {
        return json;
    }
    json.insert(QStringLiteral("signingKey"), QString::fromLatin1(world.signingKey().toBase64()));
    json.insert(QStringLiteral("authorizationCodes"), array(world.authorizationCodes(), [](const AuthorizationCode &c) {
                    return QJsonObject{{QStringLiteral("code"), c.code},
                                       {QStringLiteral("clientId"), c.clientId},
                                       {QStringLiteral("tenantId"), c.tenantId},
                                       {QStringLiteral("userId"), c.userId},
                                       {QStringLiteral("redirectUri"), c.redirectUri},
                                       {QStringLiteral("scope"), c.scope},
                                       {QStringLiteral("codeChallenge"), c.codeChallenge},
                                       {QStringLiteral("nonce"), c.nonce},
                                       {QStringLiteral("expiresAt"), time(c.expiresAt)},
                                       {QStringLiteral("redeemed"), c.redeemed}};
                }));
    json.insert(QStringLiteral("deviceCodes"), array(world.deviceCodes(), [](const DeviceCode &d) {
                    return QJsonObject{{QStringLiteral("deviceCode"), d.deviceCode},
                                       {QStringLiteral("userCode"), d.userCode},
                                       {QStringLiteral("clientId"), d.clientId},
                                       {QStringLiteral("tenantId"), d.tenantId},
                                       {QStringLiteral("scope"), d.scope},
                                       {QStringLiteral("expiresAt"), time(d.expiresAt)},
                                       {QStringLiteral("lastPollAt"), time(d.lastPollAt)},
                                       {QStringLiteral("interval"), d.interval},
                                       {QStringLiteral("state"), deviceState(d.state)},
                                       {QStringLiteral("userId"), d.userId}};
                }));
    json.insert(QStringLiteral("refreshGrants"), array(world.refreshGrants(), [](const RefreshGrant &g) {
                    return QJsonObject{{QStringLiteral("token"), g.token},
                                       {QStringLiteral("clientId"), g.clientId},
                                       {QStringLiteral("tenantId"), g.tenantId},
                                       {QStringLiteral("userId"), g.userId},
                                       {QStringLiteral("scope"), g.scope},
                                       {QStringLiteral("expiresAt"), time(g.expiresAt)},
                                       {QStringLiteral("issuedAt"), time(g.issuedAt)},
                                       {QStringLiteral("revokedAt"), time(g.revokedAt)}};
                }));
    return json;
}

bool WorldCodec::fromJson(const QJsonObject &json, World *world, QString *error)
{
    if (json.value(QStringLiteral("format")).toInt() != kFormatVersion ||
        !json.value(QStringLiteral("tenants")).isArray()) {
        *error = QStringLiteral("not a sandbox state file (format %1 expected)").arg(kFormatVersion);
        return false;
    }
    World loaded;
    loaded.setScenario(s(json, "scenario"));
    loaded.setSigningKey(QByteArray::fromBase64(s(json, "signingKey").toLatin1()));
    loaded.editTenants() = list<Tenant>(json.value(QStringLiteral("tenants")), [](const QJsonObject &o) {
        return Tenant{s(o, "id"),
                      s(o, "domain"),
                      s(o, "displayName"),
                      s(o, "kind"),
                      s(o, "countryCode"),
                      o.value(QStringLiteral("usersCanRegisterApps")).toBool(),
                      time(o.value(QStringLiteral("createdDateTime")))};
    });
    loaded.editUsers() = list<User>(json.value(QStringLiteral("users")), [](const QJsonObject &o) {
        return User{s(o, "id"),
                    s(o, "tenantId"),
                    s(o, "userPrincipalName"),
                    s(o, "displayName"),
                    strings(o.value(QStringLiteral("directoryRoles"))),
                    time(o.value(QStringLiteral("createdDateTime")))};
    });
    loaded.editSubscriptions() =
        list<Subscription>(json.value(QStringLiteral("subscriptions")), [](const QJsonObject &o) {
            return Subscription{s(o, "id"), s(o, "tenantId"), s(o, "displayName"), s(o, "state"),
                                strings(o.value(QStringLiteral("locations")))};
        });
    loaded.editResourceGroups() =
        list<ResourceGroup>(json.value(QStringLiteral("resourceGroups")), [](const QJsonObject &o) {
            return ResourceGroup{s(o, "subscriptionId"), s(o, "name"), s(o, "location"),
                                 time(o.value(QStringLiteral("createdTime")))};
        });
    loaded.editRoleAssignments() =
        list<RoleAssignment>(json.value(QStringLiteral("roleAssignments")), [](const QJsonObject &o) {
            return RoleAssignment{s(o, "name"),
                                  s(o, "scope"),
                                  s(o, "roleDefinitionId"),
                                  s(o, "principalId"),
                                  s(o, "principalType"),
                                  s(o, "tenantId"),
                                  time(o.value(QStringLiteral("createdOn")))};
        });
    loaded.editApplications() = list<Application>(json.value(QStringLiteral("applications")), [](const QJsonObject &o) {
        return Application{s(o, "id"),
                           s(o, "appId"),
                           s(o, "tenantId"),
                           s(o, "displayName"),
                           s(o, "signInAudience"),
                           s(o, "publisherDomain"),
                           strings(o.value(QStringLiteral("publicClientRedirectUris"))),
                           strings(o.value(QStringLiteral("webRedirectUris"))),
                           o.value(QStringLiteral("isPublicClient")).toBool(),
                           o.value(QStringLiteral("firstParty")).toBool(),
                           time(o.value(QStringLiteral("createdDateTime"))),
                           strings(o.value(QStringLiteral("owners"))),
                           list<FederatedIdentityCredential>(o.value(QStringLiteral("federatedIdentityCredentials")),
                                                             credentialFromJson)};
    });
    loaded.editServicePrincipals() =
        list<ServicePrincipal>(json.value(QStringLiteral("servicePrincipals")), [](const QJsonObject &o) {
            return ServicePrincipal{s(o, "id"),
                                    s(o, "appId"),
                                    s(o, "tenantId"),
                                    s(o, "displayName"),
                                    s(o, "appOwnerOrganizationId"),
                                    o.value(QStringLiteral("accountEnabled")).toBool(true),
                                    time(o.value(QStringLiteral("createdDateTime")))};
        });
    loaded.editConsents() = list<Consent>(json.value(QStringLiteral("consents")), [](const QJsonObject &o) {
        return Consent{s(o, "id"),          s(o, "tenantId"), s(o, "clientAppId"),
                       s(o, "principalId"), s(o, "scope"),    time(o.value(QStringLiteral("grantedAt")))};
    });
    loaded.editAuthorizationCodes() =
        list<AuthorizationCode>(json.value(QStringLiteral("authorizationCodes")), [](const QJsonObject &o) {
            return AuthorizationCode{s(o, "code"),
                                     s(o, "clientId"),
                                     s(o, "tenantId"),
                                     s(o, "userId"),
                                     s(o, "redirectUri"),
                                     s(o, "scope"),
                                     s(o, "codeChallenge"),
                                     s(o, "nonce"),
                                     time(o.value(QStringLiteral("expiresAt"))),
                                     o.value(QStringLiteral("redeemed")).toBool()};
        });
    loaded.editDeviceCodes() = list<DeviceCode>(json.value(QStringLiteral("deviceCodes")), [](const QJsonObject &o) {
        DeviceCode d;
        d.deviceCode = s(o, "deviceCode");
        d.userCode = s(o, "userCode");
        d.clientId = s(o, "clientId");
        d.tenantId = s(o, "tenantId");
        d.scope = s(o, "scope");
        d.expiresAt = time(o.value(QStringLiteral("expiresAt")));
        d.lastPollAt = time(o.value(QStringLiteral("lastPollAt")));
        d.interval = o.value(QStringLiteral("interval")).toInt(5);
        const QString state = s(o, "state");
        d.state = state == QLatin1String("approved")   ? DeviceCode::State::Approved
                  : state == QLatin1String("declined") ? DeviceCode::State::Declined
                                                       : DeviceCode::State::Pending;
        d.userId = s(o, "userId");
        return d;
    });
    loaded.editRefreshGrants() =
        list<RefreshGrant>(json.value(QStringLiteral("refreshGrants")), [](const QJsonObject &o) {
            return RefreshGrant{s(o, "token"),
                                s(o, "clientId"),
                                s(o, "tenantId"),
                                s(o, "userId"),
                                s(o, "scope"),
                                time(o.value(QStringLiteral("expiresAt"))),
                                time(o.value(QStringLiteral("issuedAt"))),
                                time(o.value(QStringLiteral("revokedAt")))};
        });
    loaded.editResourceManager() = ArmStateCodec::fromJson(json.value(QStringLiteral("resourceManager")).toObject());
    loaded.editKeyVault() = KeyVaultStateCodec::fromJson(json.value(QStringLiteral("keyVault")).toObject());
    loaded.editStorage() = StorageStateCodec::fromJson(json.value(QStringLiteral("storage")).toObject());
    if (loaded.signingKey().size() < 16) {
        *error = QStringLiteral("the state file has no signing key");
        return false;
    }
    loaded.touch();
    *world = loaded;
    return true;
}

} // namespace CrossKey::Sandbox
