// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armstate.h"
#include "sandbox/keyvaultstate.h"
#include "sandbox/storagestate.h"
#include "sandbox/worldtypes.h"

#include <QByteArray>
#include <QList>

namespace CrossKey::Sandbox {

// World is the sandbox's whole state: tenants, users, subscriptions, applications, consents and
// the identity platform's codes and grants. Reads are const; every edit*() accessor and add*()
// bumps revision(), which is how the server knows to save the state file.
class World final
{
public:
    quint64 revision() const { return m_revision; }
    void touch() { ++m_revision; }

    QString scenario() const { return m_scenario; }
    void setScenario(const QString &scenario);
    QByteArray signingKey() const { return m_signingKey; }
    void setSigningKey(const QByteArray &key);

    const QList<Tenant> &tenants() const { return m_tenants; }
    const QList<User> &users() const { return m_users; }
    const QList<Subscription> &subscriptions() const { return m_subscriptions; }
    const QList<ResourceGroup> &resourceGroups() const { return m_resourceGroups; }
    const QList<RoleAssignment> &roleAssignments() const { return m_roleAssignments; }
    const QList<Application> &applications() const { return m_applications; }
    const QList<ServicePrincipal> &servicePrincipals() const { return m_servicePrincipals; }
    const QList<Consent> &consents() const { return m_consents; }
    const QList<AuthorizationCode> &authorizationCodes() const { return m_codes; }
    const QList<DeviceCode> &deviceCodes() const { return m_deviceCodes; }
    const QList<RefreshGrant> &refreshGrants() const { return m_refreshGrants; }
    const ArmState &resourceManager() const { return m_resourceManager; }
    const KeyVaultState &keyVault() const { return m_keyVault; }
    const StorageState &storage() const { return m_storage; }
    const QList<CaeChallenge> &caeChallenges() const { return m_caeChallenges; }

    QList<Tenant> &editTenants();
    QList<User> &editUsers();
    QList<Subscription> &editSubscriptions();
    QList<ResourceGroup> &editResourceGroups();
    QList<RoleAssignment> &editRoleAssignments();
    QList<Application> &editApplications();
    QList<ServicePrincipal> &editServicePrincipals();
    QList<Consent> &editConsents();
    QList<AuthorizationCode> &editAuthorizationCodes();
    QList<DeviceCode> &editDeviceCodes();
    QList<RefreshGrant> &editRefreshGrants();
    ArmState &editResourceManager();
    KeyVaultState &editKeyVault();
    StorageState &editStorage();
    QList<CaeChallenge> &editCaeChallenges();

    // Lookups; null when absent. Tenants by id or domain (case-insensitive), users by object id or
    // user principal name (case-insensitive).
    const Tenant *findTenant(const QString &idOrDomain) const;
    const User *findUser(const QString &idOrUpn) const;
    const User *findUserInTenant(const QString &tenantId, const QString &idOrUpn) const;
    QList<User> usersOfTenant(const QString &tenantId) const;
    const Application *findApplication(const QString &appId) const;
    const ServicePrincipal *findServicePrincipal(const QString &tenantId, const QString &appId) const;
    const Subscription *findSubscription(const QString &subscriptionId) const;
    bool hasConsent(const QString &tenantId, const QString &clientAppId, const QString &userId) const;
    // Users with the Global Administrator role may consent for the whole tenant.
    bool isTenantAdmin(const User &user) const;

    // Forgets codes, device codes and refresh grants that expired before `now`.
    void dropExpired(const QDateTime &now);

private:
    quint64 m_revision = 0;
    QString m_scenario;
    QByteArray m_signingKey;
    QList<Tenant> m_tenants;
    QList<User> m_users;
    QList<Subscription> m_subscriptions;
    QList<ResourceGroup> m_resourceGroups;
    QList<RoleAssignment> m_roleAssignments;
    QList<Application> m_applications;
    QList<ServicePrincipal> m_servicePrincipals;
    QList<Consent> m_consents;
    QList<AuthorizationCode> m_codes;
    QList<DeviceCode> m_deviceCodes;
    QList<RefreshGrant> m_refreshGrants;
    ArmState m_resourceManager;
    KeyVaultState m_keyVault;
    StorageState m_storage;
    QList<CaeChallenge> m_caeChallenges;
};

} // namespace CrossKey::Sandbox
