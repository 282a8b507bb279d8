// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace CrossKey::Sandbox {

// The resource types the sandbox's Resource Manager serves; each has its own api-version list.
enum class ArmType
{
    Tenants,
    Subscriptions,
    Locations,
    ResourceGroups,
    Providers,
    Features,
    OperationResults,
    UserAssignedIdentities,
    RoleAssignments,
    RoleDefinitions,
    Vaults,
    ManagedHsms,
    StorageAccounts,
};

// ArmCatalog is what Resource Manager knows statically: the api-versions each resource type
// accepts, the provider namespaces and their resource types, preview features, and region names.
class ArmCatalog final
{
public:
    static QStringList apiVersions(ArmType type);
    // The type as NoRegisteredProviderFound names it ("userAssignedIdentities"); empty for types of
    // Microsoft.Resources itself, which answer InvalidApiVersionParameter instead.
    static QString providerTypeName(ArmType type);

    // Namespaces a subscription may register (canonical spelling), and the ones that need none.
    static QStringList registrableNamespaces();
    static bool isRegistrationFree(const QString &providerNamespace);
    // The canonical spelling of a known namespace, or empty.
    static QString canonicalNamespace(const QString &providerNamespace);
    // resourceTypes[] of a provider as GET /providers/{ns} lists them.
    static QJsonArray resourceTypes(const QString &providerNamespace, const QStringList &locations);

    // Preview features per namespace (Microsoft.Features), e.g. Microsoft.Storage: FederatedClientIdentity.
    static QStringList features(const QString &providerNamespace);

    // "East US" / "eastus" / "EastUS" -> "eastus".
    static QString normalizeLocation(const QString &location);
    static QString locationDisplayName(const QString &name);
    // One entry of GET /subscriptions/{sub}/locations.
    static QJsonObject location(const QString &subscriptionId, const QString &name);
};

} // namespace CrossKey::Sandbox
