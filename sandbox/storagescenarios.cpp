// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/storagescenarios.h"

#include "sandbox/crosstenantexchange.h"
#include "sandbox/ids.h"
#include "sandbox/keyvaultcrypto.h"
#include "sandbox/scenarioorigin.h"
#include "sandbox/scenarios.h"
#include "sandbox/world.h"

#include <functional>

namespace CrossKey::Sandbox {

namespace {
const QString kCryptoServiceEncryptionUser = QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6");
const QString kBlobDataContributor = QStringLiteral("ba92f5b4-2d11-453d-a403-e96b0029c9fe");
const QString kCryptoOfficer = QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603");
const QString kIsvGroup = QStringLiteral("rg-crosskey-isv");
const QString kCustomerGroup = QStringLiteral("rg-crosskey-customer");

QString isv()
{
    return Scenarios::tenantId(QStringLiteral("contosoisv"));
}

QString customer()
{
    return Scenarios::tenantId(QStringLiteral("fabrikam"));
}

QString servicePrincipalId()
{
    return Ids::deterministic(QStringLiteral("sp:%1:%2").arg(customer(), StorageScenarios::appId()));
}

void addRole(World *world, const QString &tenantId, const QString &scope, const QString &role, const QString &principal,
             const QString &type, const QDateTime &at)
{
    world->editRoleAssignments().append(
        RoleAssignment{Ids::deterministic(QStringLiteral("ra:%1:%2:%3").arg(scope, role, principal)), scope, role,
                       principal, type, tenantId, at.addDays(-30)}); // long propagated, as in scenarios.cpp
}

void registerNamespace(World *world, const QString &subscriptionId, const QString &providerNamespace,
                       const QDateTime &at)
{
    world->editResourceManager().providers.append(
        ProviderRegistration{subscriptionId, providerNamespace, QStringLiteral("Registered"), at});
}

UserAssignedIdentity identity()
{
    return UserAssignedIdentity{Scenarios::subscriptionId(QStringLiteral("contosoisv")),
                                kIsvGroup,
                                StorageScenarios::identityName(),
                                QStringLiteral("eastus"),
                                {},
                                isv(),
                                StorageScenarios::identityPrincipalId(),
                                StorageScenarios::identityClientId(),
                                {}};
}

KeyVersion key(const QString &name, const QDateTime &at)
{
    KeyVersion version;
    version.vaultName = StorageScenarios::vaultName();
    version.keyName = name;
    version.version = Ids::deterministic(QStringLiteral("keyversion:") + name).remove(QLatin1Char('-'));
    version.keyOps = {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    version.created = at;
    version.updated = at;
    version.material = KeyVaultCrypto::newMaterial();
    return version;
}

// Phase 1: the identity, the multitenant app with its federated credential, and a storage account
// with a blob, on Microsoft-managed keys.
void isvReady(World *world, const QDateTime &at)
{
    const QString subscriptionId = Scenarios::subscriptionId(QStringLiteral("contosoisv"));
    registerNamespace(world, subscriptionId, QStringLiteral("Microsoft.ManagedIdentity"), at);
    // What CrossKey's ISV prepare leaves behind, so a finished scenario diagnoses clean: the preview
    // feature the sandbox cloud asks for is registered.
    world->editResourceManager().features.append(
        FeatureRegistration{subscriptionId, QStringLiteral("Microsoft.Storage"),
                            QStringLiteral("FederatedClientIdentity"), QStringLiteral("Registered"), at});
    UserAssignedIdentity uami = identity();
    uami.createdAt = at;
    world->editResourceManager().identities.append(uami);

    Application app;
    app.id = Ids::deterministic(QStringLiteral("app-object:") + StorageScenarios::appId());
    app.appId = StorageScenarios::appId();
    app.tenantId = isv();
    app.displayName = QStringLiteral("CrossKey CMK");
    app.signInAudience = QStringLiteral("AzureADMultipleOrgs");
    app.publisherDomain = QStringLiteral("contosoisv.onmicrosoft.com");
    app.createdDateTime = at;
    // The reply address ISV prepare gives the app, without which admin consent fails (AADSTS500113).
    app.webRedirectUris = {ScenarioOrigin::placeholder() + QLatin1Char('/')};
    app.owners = {Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("admin"))};
    app.federatedIdentityCredentials.append(
        FederatedIdentityCredential{Ids::deterministic(QStringLiteral("fic:cmk")),
                                    QStringLiteral("crosskey-cmk"),
                                    ScenarioOrigin::placeholder() + QLatin1Char('/') + isv() + QStringLiteral("/v2.0"),
                                    uami.principalId,
                                    QStringLiteral("Storage CMK"),
                                    {CrossTenantExchange::audience()}});
    world->editApplications().append(app);
    world->editServicePrincipals().append(
        ServicePrincipal{Ids::deterministic(QStringLiteral("sp:%1:%2").arg(isv(), app.appId)), app.appId, isv(),
                         app.displayName, isv(), true, at});

    StorageAccount account;
    account.subscriptionId = subscriptionId;
    account.resourceGroup = kIsvGroup;
    account.name = StorageScenarios::accountName();
    account.location = QStringLiteral("eastus");
    account.tenantId = isv();
    account.createdAt = at;
    StorageState &storage = world->editStorage();
    storage.accounts.append(account);
    storage.containers.append(BlobContainer{account.name, StorageScenarios::containerName(), at});
    storage.blobs.append(Blob{account.name, StorageScenarios::containerName(), StorageScenarios::blobName(),
                              QByteArrayLiteral("hello from the sandbox\n"), QStringLiteral("text/plain"), at});
    addRole(world, isv(), account.id(), kBlobDataContributor,
            Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("admin")), QStringLiteral("User"), at);
}

// Phase 2: the app installed in the customer tenant, a vault with purge protection and RBAC, a key,
// and the app's service principal allowed to use the key.
void customerReady(World *world, const QDateTime &at)
{
    isvReady(world, at);
    const QString subscriptionId = Scenarios::subscriptionId(QStringLiteral("fabrikam"));
    registerNamespace(world, subscriptionId, QStringLiteral("Microsoft.KeyVault"), at);
    world->editServicePrincipals().append(ServicePrincipal{servicePrincipalId(), StorageScenarios::appId(), customer(),
                                                           QStringLiteral("CrossKey CMK"), isv(), true, at});
    Vault vault;
    vault.subscriptionId = subscriptionId;
    vault.resourceGroup = kCustomerGroup;
    vault.name = StorageScenarios::vaultName();
    vault.location = QStringLiteral("eastus");
    vault.tenantId = customer();
    vault.enablePurgeProtection = true;
    vault.enableRbacAuthorization = true;
    vault.createdAt = at;
    vault.updatedAt = at;
    KeyVaultState &keyVault = world->editKeyVault();
    keyVault.vaults.append(vault);
    keyVault.keys.append(key(StorageScenarios::keyName(), at));
    keyVault.keys.append(key(StorageScenarios::otherKeyName(), at));
    addRole(world, customer(), vault.id() + QStringLiteral("/keys/") + StorageScenarios::keyName(),
            kCryptoServiceEncryptionUser, servicePrincipalId(), QStringLiteral("ServicePrincipal"), at);
    // Customer grant gives the admin who ran it Key Vault Crypto Officer on the vault to create the key.
    addRole(world, customer(), vault.id(), kCryptoOfficer,
            Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("admin")), QStringLiteral("User"), at);
}

// Phase 3: the account uses the customer's key through the identity and the app.
void bound(World *world, const QDateTime &at)
{
    customerReady(world, at);
    StorageAccount &account = world->editStorage().accounts.last();
    account.identityType = QStringLiteral("UserAssigned");
    account.userAssignedIdentities = {identity().id()};
    account.keySource = QStringLiteral("Microsoft.Keyvault");
    account.keyVaultUri = ScenarioOrigin::placeholder() + QStringLiteral("/vaults/") + StorageScenarios::vaultName();
    account.keyName = StorageScenarios::keyName();
    account.currentKeyVersion = world->keyVault().keys.at(world->keyVault().keys.size() - 2).version;
    account.lastKeyRotation = at;
    account.lastVersionCheck = at;
    account.encryptionIdentity = identity().id();
    account.federatedClientId = StorageScenarios::appId();
}

Application &app(World *world)
{
    for (Application &candidate : world->editApplications()) {
        if (candidate.appId == StorageScenarios::appId()) {
            return candidate;
        }
    }
    return world->editApplications().last();
}

Vault &vault(World *world)
{
    return world->editKeyVault().vaults.last();
}

KeyVersion &cmk(World *world)
{
    QList<KeyVersion> &keys = world->editKeyVault().keys;
    return keys[keys.size() - 2];
}

void removeGrant(World *world)
{
    world->editRoleAssignments().removeIf(
        [](const RoleAssignment &assignment) { return assignment.principalId == servicePrincipalId(); });
}

using Edit = std::function<void(World *, const QDateTime &)>;

QList<QPair<QString, Edit>> broken()
{
    return {
        {QStringLiteral("broken-fic-subject"),
         [](World *w, const QDateTime &) {
             app(w).federatedIdentityCredentials.first().subject = StorageScenarios::identityPrincipalId().toUpper();
         }},
        {QStringLiteral("broken-fic-audience"),
         [](World *w, const QDateTime &) {
             app(w).federatedIdentityCredentials.first().audiences = {
                 QStringLiteral("api://AzureADTokenExchangeUSGov")};
         }},
        {QStringLiteral("broken-app-not-installed"),
         [](World *w, const QDateTime &) {
             w->editServicePrincipals().removeIf(
                 [](const ServicePrincipal &sp) { return sp.id == servicePrincipalId(); });
         }},
        {QStringLiteral("broken-role-missing"), [](World *w, const QDateTime &) { removeGrant(w); }},
        {QStringLiteral("broken-role-wrong-key"),
         [](World *w, const QDateTime &at) {
             removeGrant(w);
             addRole(w, customer(), vault(w).id() + QStringLiteral("/keys/") + StorageScenarios::otherKeyName(),
                     kCryptoServiceEncryptionUser, servicePrincipalId(), QStringLiteral("ServicePrincipal"), at);
         }},
        {QStringLiteral("broken-no-purge-protection"),
         [](World *w, const QDateTime &) { vault(w).enablePurgeProtection = false; }},
        {QStringLiteral("broken-key-disabled"), [](World *w, const QDateTime &) { cmk(w).enabled = false; }},
        {QStringLiteral("broken-key-expired"), [](World *w, const QDateTime &at) { cmk(w).expires = at.addDays(-1); }},
        {QStringLiteral("broken-identity-detached"),
         [](World *w, const QDateTime &) {
             StorageAccount &account = w->editStorage().accounts.last();
             account.identityType = QStringLiteral("None");
             account.userAssignedIdentities.clear();
         }},
        {QStringLiteral("broken-identity-deleted"),
         [](World *w, const QDateTime &) { w->editResourceManager().identities.removeLast(); }},
        {QStringLiteral("broken-app-deleted"),
         [](World *w, const QDateTime &) {
             w->editApplications().removeIf([](const Application &a) { return a.appId == StorageScenarios::appId(); });
         }},
        {QStringLiteral("broken-access-policy-unwrap"),
         [](World *w, const QDateTime &) {
             removeGrant(w);
             vault(w).enableRbacAuthorization = false;
             vault(w).accessPolicies.append(AccessPolicy{
                 customer(), servicePrincipalId(), {}, {QStringLiteral("get"), QStringLiteral("wrapKey")}, {}, {}});
         }},
        {QStringLiteral("broken-firewall"),
         [](World *w, const QDateTime &) {
             vault(w).networkDefaultAction = QStringLiteral("Deny");
             vault(w).networkBypass = QStringLiteral("None");
         }},
    };
}
} // namespace

QString StorageScenarios::identityPrincipalId()
{
    return Ids::deterministic(QStringLiteral("uami-principal:") + identityName());
}

QString StorageScenarios::identityClientId()
{
    return Ids::deterministic(QStringLiteral("uami-client:") + identityName());
}

QString StorageScenarios::appId()
{
    return Ids::deterministic(QStringLiteral("app:crosskey-cmk"));
}

QStringList StorageScenarios::names()
{
    QStringList list{QStringLiteral("isv-ready"), QStringLiteral("customer-ready"), QStringLiteral("bound")};
    for (const auto &entry : broken()) {
        list.append(entry.first);
    }
    return list;
}

bool StorageScenarios::apply(const QString &name, const QDateTime &now, World *world)
{
    if (name == QLatin1String("isv-ready")) {
        isvReady(world, now);
        return true;
    }
    if (name == QLatin1String("customer-ready")) {
        customerReady(world, now);
        return true;
    }
    if (name == QLatin1String("bound")) {
        bound(world, now);
        return true;
    }
    for (const auto &entry : broken()) {
        if (entry.first == name) {
            bound(world, now);
            entry.second(world, now);
            return true;
        }
    }
    return false;
}

} // namespace CrossKey::Sandbox
