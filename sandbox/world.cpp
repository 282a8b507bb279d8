// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/world.h"

#include "sandbox/knownids.h"

namespace CrossKey::Sandbox {

void World::setScenario(const QString &scenario)
{
    m_scenario = scenario;
    touch();
}

void World::setSigningKey(const QByteArray &key)
{
    m_signingKey = key;
    touch();
}

// clang-format off
QList<Tenant> &World::editTenants() { touch(); return m_tenants; }
QList<User> &World::editUsers() { touch(); return m_users; }
QList<Subscription> &World::editSubscriptions() { touch(); return m_subscriptions; }
QList<ResourceGroup> &World::editResourceGroups() { touch(); return m_resourceGroups; }
QList<RoleAssignment> &World::editRoleAssignments() { touch(); return m_roleAssignments; }
QList<Application> &World::editApplications() { touch(); return m_applications; }
QList<ServicePrincipal> &World::editServicePrincipals() { touch(); return m_servicePrincipals; }
QList<Consent> &World::editConsents() { touch(); return m_consents; }
QList<AuthorizationCode> &World::editAuthorizationCodes() { touch(); return m_codes; }
QList<DeviceCode> &World::editDeviceCodes() { touch(); return m_deviceCodes; }
QList<RefreshGrant> &World::editRefreshGrants() { touch(); return m_refreshGrants; }
QList<CaeChallenge> &World::editCaeChallenges() { touch(); return m_caeChallenges; }
ArmState &World::editResourceManager() { touch(); return m_resourceManager; }
KeyVaultState &World::editKeyVault() { touch(); return m_keyVault; }
StorageState &World::editStorage() { touch(); return m_storage; }
// clang-format on

const Tenant *World::findTenant(const QString &idOrDomain) const
{
    for (const Tenant &tenant : m_tenants) {
        if (tenant.id.compare(idOrDomain, Qt::CaseInsensitive) == 0 ||
            tenant.domain.compare(idOrDomain, Qt::CaseInsensitive) == 0) {
            return &tenant;
        }
    }
    return nullptr;
}

const User *World::findUser(const QString &idOrUpn) const
{
    for (const User &user : m_users) {
        if (user.id.compare(idOrUpn, Qt::CaseInsensitive) == 0 ||
            user.userPrincipalName.compare(idOrUpn, Qt::CaseInsensitive) == 0) {
            return &user;
        }
    }
    return nullptr;
}

const User *World::findUserInTenant(const QString &tenantId, const QString &idOrUpn) const
{
    const User *user = findUser(idOrUpn);
    return user && user->tenantId == tenantId ? user : nullptr;
}

QList<User> World::usersOfTenant(const QString &tenantId) const
{
    QList<User> users;
    for (const User &user : m_users) {
        if (user.tenantId == tenantId) {
            users.append(user);
        }
    }
    return users;
}

const Application *World::findApplication(const QString &appId) const
{
    for (const Application &application : m_applications) {
        if (application.appId.compare(appId, Qt::CaseInsensitive) == 0) {
            return &application;
        }
    }
    return nullptr;
}

const ServicePrincipal *World::findServicePrincipal(const QString &tenantId, const QString &appId) const
{
    for (const ServicePrincipal &principal : m_servicePrincipals) {
        if (principal.tenantId == tenantId && principal.appId.compare(appId, Qt::CaseInsensitive) == 0) {
            return &principal;
        }
    }
    return nullptr;
}

const Subscription *World::findSubscription(const QString &subscriptionId) const
{
    for (const Subscription &subscription : m_subscriptions) {
        if (subscription.id.compare(subscriptionId, Qt::CaseInsensitive) == 0) {
            return &subscription;
        }
    }
    return nullptr;
}

bool World::hasConsent(const QString &tenantId, const QString &clientAppId, const QString &userId) const
{
    const Application *application = findApplication(clientAppId);
    if (application && application->firstParty) {
        return true;
    }
    for (const Consent &consent : m_consents) {
        if (consent.tenantId == tenantId && consent.clientAppId.compare(clientAppId, Qt::CaseInsensitive) == 0 &&
            (consent.principalId.isEmpty() || consent.principalId == userId)) {
            return true;
        }
    }
    return false;
}

bool World::isTenantAdmin(const User &user) const
{
    return user.directoryRoles.contains(KnownIds::globalAdministratorRole);
}

void World::dropExpired(const QDateTime &now)
{
    const auto codeExpired = [&](const AuthorizationCode &code) { return code.expiresAt < now.addSecs(-3600); };
    const auto deviceExpired = [&](const DeviceCode &code) { return code.expiresAt < now.addSecs(-3600); };
    const auto grantExpired = [&](const RefreshGrant &grant) { return grant.expiresAt < now.addSecs(-86400); };
    if (std::any_of(m_codes.cbegin(), m_codes.cend(), codeExpired) ||
        std::any_of(m_deviceCodes.cbegin(), m_deviceCodes.cend(), deviceExpired) ||
        std::any_of(m_refreshGrants.cbegin(), m_refreshGrants.cend(), grantExpired)) {
        m_codes.removeIf(codeExpired);
        m_deviceCodes.removeIf(deviceExpired);
        m_refreshGrants.removeIf(grantExpired);
        touch();
    }
}

} // namespace CrossKey::Sandbox
