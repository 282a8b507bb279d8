// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/scenarios.h"

#include "sandbox/armcatalog.h"
#include "sandbox/ids.h"
#include "sandbox/knownids.h"
#include "sandbox/storagescenarios.h"
#include "sandbox/world.h"

#include <QRandomGenerator>

namespace CrossKey::Sandbox {

namespace {

struct DemoTenant
{
    const char *shortName;
    const char *displayName;
    const char *kind;
    const char *subscriptionName;
    const char *workGroup; // the resource group developer@ contributes to
    const char *unregisteredNamespace;
};

const DemoTenant kTenants[] = {
    {"contosoisv", "Contoso ISV", "isv", "Contoso ISV Production", "rg-crosskey-isv", "Microsoft.ManagedIdentity"},
    {"fabrikam", "Fabrikam", "customer", "Fabrikam Production", "rg-crosskey-customer", "Microsoft.KeyVault"},
};

const QStringList kLocations = {QStringLiteral("eastus"),     QStringLiteral("eastus2"),     QStringLiteral("westus2"),
                                QStringLiteral("westeurope"), QStringLiteral("northeurope"), QStringLiteral("uksouth")};

// A scenario's role assignments stand for a setup made long ago: propagated and in force at once.
QDateTime seededLongAgo(const QDateTime &now)
{
    return now.addDays(-30);
}

void addRole(World *world, const QString &tenantId, const QString &scope, const QString &role, const QString &principal,
             const QDateTime &now)
{
    world->editRoleAssignments().append(
        RoleAssignment{Ids::deterministic(QStringLiteral("ra:%1:%2:%3").arg(scope, role, principal)), scope, role,
                       principal, QStringLiteral("User"), tenantId, seededLongAgo(now)});
}

void addFirstPartyClient(World *world, const QString &appId, const QString &name, const QDateTime &now)
{
    Application app;
    app.id = Ids::deterministic(QStringLiteral("app:") + appId);
    app.appId = appId;
    app.tenantId = KnownIds::microsoftServicesTenantId;
    app.displayName = name;
    app.signInAudience = QStringLiteral("AzureADMultipleOrgs");
    app.publisherDomain = QStringLiteral("microsoft.onmicrosoft.com");
    app.publicClientRedirectUris = {QStringLiteral("http://localhost"), QStringLiteral("http://127.0.0.1"),
                                    QStringLiteral("https://login.microsoftonline.com/common/oauth2/nativeclient")};
    app.isPublicClient = true;
    app.firstParty = true;
    app.createdDateTime = now;
    world->editApplications().append(app);
}

void buildFresh(World *world, const QDateTime &now)
{
    addFirstPartyClient(world, KnownIds::azureCliClientId, QStringLiteral("Microsoft Azure CLI"), now);
    for (const DemoTenant &demo : kTenants) {
        const QString shortName = QString::fromLatin1(demo.shortName);
        const QString tenantId = Scenarios::tenantId(shortName);
        const QString domain = shortName + QStringLiteral(".onmicrosoft.com");
        world->editTenants().append(Tenant{tenantId, domain, QString::fromLatin1(demo.displayName),
                                           QString::fromLatin1(demo.kind), QStringLiteral("US"), false, now});

        const QString subscriptionId = Scenarios::subscriptionId(shortName);
        world->editSubscriptions().append(Subscription{subscriptionId, tenantId,
                                                       QString::fromLatin1(demo.subscriptionName),
                                                       QStringLiteral("Enabled"), kLocations});
        const QString subscriptionScope = QStringLiteral("/subscriptions/") + subscriptionId;
        const ResourceGroup work{subscriptionId, QString::fromLatin1(demo.workGroup), QStringLiteral("eastus"), now};
        world->editResourceGroups().append(work);
        world->editResourceGroups().append(
            ResourceGroup{subscriptionId, QStringLiteral("rg-shared"), QStringLiteral("westeurope"), now});

        struct DemoUser
        {
            const char *localPart;
            const char *displayName;
            QStringList roles;
        };
        const DemoUser users[] = {
            {"admin", "Administrator", {KnownIds::globalAdministratorRole}},
            {"developer", "Developer", {KnownIds::applicationDeveloperRole}},
            {"owner", "Subscription Owner", {}},
            {"support", "Support Engineer", {KnownIds::directoryReadersRole}},
        };
        for (const DemoUser &demoUser : users) {
            const QString localPart = QString::fromLatin1(demoUser.localPart);
            const QString userId = Scenarios::userId(shortName, localPart);
            world->editUsers().append(User{userId, tenantId, localPart + QLatin1Char('@') + domain,
                                           QStringLiteral("%1 (%2)").arg(QString::fromLatin1(demoUser.displayName),
                                                                         QString::fromLatin1(demo.displayName)),
                                           demoUser.roles, now});
        }
        addRole(world, tenantId, subscriptionScope, KnownIds::ownerRoleDefinition,
                Scenarios::userId(shortName, QStringLiteral("admin")), now);
        addRole(world, tenantId, subscriptionScope, KnownIds::ownerRoleDefinition,
                Scenarios::userId(shortName, QStringLiteral("owner")), now);
        addRole(world, tenantId, subscriptionScope, KnownIds::readerRoleDefinition,
                Scenarios::userId(shortName, QStringLiteral("support")), now);
        addRole(world, tenantId, work.id(), KnownIds::contributorRoleDefinition,
                Scenarios::userId(shortName, QStringLiteral("developer")), now);

        // Where the flow needs a namespace it starts unregistered (ManagedIdentity in the ISV's
        // subscription, KeyVault in the customer's), so MissingSubscriptionRegistration is exercised.
        const QString unregistered = QString::fromLatin1(demo.unregisteredNamespace);
        for (const QString &providerNamespace : ArmCatalog::registrableNamespaces()) {
            if (providerNamespace != unregistered) {
                world->editResourceManager().providers.append(
                    ProviderRegistration{subscriptionId, providerNamespace, QStringLiteral("Registered"), now});
            }
        }

        // The default public client (the Azure CLI, §1.9) is installed in every tenant, as in Azure.
        const QString &clientId = KnownIds::azureCliClientId;
        const Application *client = world->findApplication(clientId);
        world->editServicePrincipals().append(
            ServicePrincipal{Ids::deterministic(QStringLiteral("sp:%1:%2").arg(tenantId, clientId)), clientId, tenantId,
                             client->displayName, KnownIds::microsoftServicesTenantId, true, now});
    }
}

} // namespace

QStringList Scenarios::names()
{
    return QStringList{QStringLiteral("fresh")} + StorageScenarios::names();
}

bool Scenarios::build(const QString &name, const QDateTime &now, World *world)
{
    if (!names().contains(name)) {
        return false;
    }
    World built;
    built.setScenario(name);
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    built.setSigningKey(key);
    buildFresh(&built, now.toUTC());
    if (name != QLatin1String("fresh")) {
        StorageScenarios::apply(name, now.toUTC(), &built);
    }
    *world = built;
    return true;
}

QString Scenarios::tenantId(const QString &shortName)
{
    return Ids::deterministic(QStringLiteral("tenant:") + shortName);
}

QString Scenarios::userId(const QString &tenantShortName, const QString &localPart)
{
    return Ids::deterministic(QStringLiteral("user:%1:%2").arg(tenantShortName, localPart));
}

QString Scenarios::subscriptionId(const QString &tenantShortName)
{
    return Ids::deterministic(QStringLiteral("subscription:") + tenantShortName);
}

} // namespace CrossKey::Sandbox
