// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armcatalog.h"

namespace CrossKey::Sandbox {

namespace {

// Versions Azure serves whose shapes are the same for this flow (docs/sandbox.md lists the sources).
const QStringList kResourcesVersions = {
    QStringLiteral("2014-04-01"), QStringLiteral("2015-01-01"), QStringLiteral("2015-11-01"),
    QStringLiteral("2016-02-01"), QStringLiteral("2016-06-01"), QStringLiteral("2016-07-01"),
    QStringLiteral("2016-09-01"), QStringLiteral("2017-05-10"), QStringLiteral("2017-08-01"),
    QStringLiteral("2018-02-01"), QStringLiteral("2018-05-01"), QStringLiteral("2019-03-01"),
    QStringLiteral("2019-05-01"), QStringLiteral("2019-05-10"), QStringLiteral("2019-07-01"),
    QStringLiteral("2019-08-01"), QStringLiteral("2019-10-01"), QStringLiteral("2020-06-01"),
    QStringLiteral("2020-08-01"), QStringLiteral("2020-10-01"), QStringLiteral("2021-01-01"),
    QStringLiteral("2021-04-01"), QStringLiteral("2022-09-01"), QStringLiteral("2023-07-01"),
    QStringLiteral("2024-03-01"), QStringLiteral("2024-07-01"), QStringLiteral("2024-11-01"),
};
const QStringList kSubscriptionVersions = {
    QStringLiteral("2016-06-01"), QStringLiteral("2018-06-01"), QStringLiteral("2019-06-01"),
    QStringLiteral("2019-11-01"), QStringLiteral("2020-01-01"), QStringLiteral("2021-01-01"),
    QStringLiteral("2022-01-01"), QStringLiteral("2022-12-01"),
};
const QStringList kFeatureVersions = {QStringLiteral("2015-12-01"), QStringLiteral("2021-07-01")};
const QStringList kIdentityVersions = {
    QStringLiteral("2015-08-31-preview"), QStringLiteral("2018-11-30"),         QStringLiteral("2021-09-30-preview"),
    QStringLiteral("2022-01-31-preview"), QStringLiteral("2023-01-31"),         QStringLiteral("2023-07-31-preview"),
    QStringLiteral("2024-11-30"),         QStringLiteral("2025-01-31-preview"),
};
const QStringList kRoleAssignmentVersions = {
    QStringLiteral("2015-07-01"),         QStringLiteral("2017-10-01-preview"), QStringLiteral("2018-01-01-preview"),
    QStringLiteral("2018-09-01-preview"), QStringLiteral("2020-03-01-preview"), QStringLiteral("2020-04-01-preview"),
    QStringLiteral("2020-08-01-preview"), QStringLiteral("2020-10-01-preview"), QStringLiteral("2021-04-01-preview"),
    QStringLiteral("2022-01-01-preview"), QStringLiteral("2022-04-01"),
};
const QStringList kRoleDefinitionVersions = {
    QStringLiteral("2015-07-01"), QStringLiteral("2017-05-01"),         QStringLiteral("2018-01-01-preview"),
    QStringLiteral("2022-04-01"), QStringLiteral("2022-05-01-preview"),
};
const QStringList kKeyVaultVersions = {
    QStringLiteral("2015-06-01"), QStringLiteral("2016-10-01"), QStringLiteral("2018-02-14"),
    QStringLiteral("2019-09-01"), QStringLiteral("2021-10-01"), QStringLiteral("2022-07-01"),
    QStringLiteral("2023-02-01"), QStringLiteral("2023-07-01"), QStringLiteral("2024-11-01"),
};
const QStringList kManagedHsmVersions = {
    QStringLiteral("2021-10-01"), QStringLiteral("2022-07-01"), QStringLiteral("2023-02-01"),
    QStringLiteral("2023-07-01"), QStringLiteral("2024-11-01"),
};
const QStringList kStorageVersions = {
    QStringLiteral("2019-06-01"), QStringLiteral("2021-04-01"), QStringLiteral("2021-08-01"),
    QStringLiteral("2021-09-01"), QStringLiteral("2022-05-01"), QStringLiteral("2022-09-01"),
    QStringLiteral("2023-01-01"), QStringLiteral("2023-04-01"), QStringLiteral("2023-05-01"),
    QStringLiteral("2024-01-01"), QStringLiteral("2025-01-01"),
};

struct Region
{
    const char *name;
    const char *displayName;
    const char *regional;
    const char *geography;
    const char *group;
    const char *pair;
};

const Region kRegions[] = {
    {"eastus", "East US", "(US) East US", "United States", "US", "westus"},
    {"eastus2", "East US 2", "(US) East US 2", "United States", "US", "centralus"},
    {"westus2", "West US 2", "(US) West US 2", "United States", "US", "westcentralus"},
    {"westeurope", "West Europe", "(Europe) West Europe", "Europe", "Europe", "northeurope"},
    {"northeurope", "North Europe", "(Europe) North Europe", "Europe", "Europe", "westeurope"},
    {"uksouth", "UK South", "(Europe) UK South", "United Kingdom", "UK", "ukwest"},
};

const Region *findRegion(const QString &name)
{
    for (const Region &region : kRegions) {
        if (name == QLatin1String(region.name)) {
            return &region;
        }
    }
    return nullptr;
}

QJsonObject type(const QString &name, const QJsonArray &locations, const QStringList &versions,
                 const QString &capabilities)
{
    return QJsonObject{{QStringLiteral("resourceType"), name},
                       {QStringLiteral("locations"), locations},
                       {QStringLiteral("apiVersions"), QJsonArray::fromStringList(versions)},
                       {QStringLiteral("capabilities"), capabilities}};
}

} // namespace

QStringList ArmCatalog::apiVersions(ArmType type)
{
    switch (type) {
    case ArmType::Tenants:
    case ArmType::Subscriptions:
    case ArmType::Locations:
        return kSubscriptionVersions;
    case ArmType::ResourceGroups:
    case ArmType::Providers:
    case ArmType::OperationResults:
        return kResourcesVersions;
    case ArmType::Features:
        return kFeatureVersions;
    case ArmType::UserAssignedIdentities:
        return kIdentityVersions;
    case ArmType::RoleAssignments:
        return kRoleAssignmentVersions;
    case ArmType::RoleDefinitions:
        return kRoleDefinitionVersions;
    case ArmType::Vaults:
        return kKeyVaultVersions;
    case ArmType::ManagedHsms:
        return kManagedHsmVersions;
    case ArmType::StorageAccounts:
        return kStorageVersions;
    }
    return {};
}

QString ArmCatalog::providerTypeName(ArmType type)
{
    switch (type) {
    case ArmType::UserAssignedIdentities:
        return QStringLiteral("userAssignedIdentities");
    case ArmType::RoleAssignments:
        return QStringLiteral("roleAssignments");
    case ArmType::RoleDefinitions:
        return QStringLiteral("roleDefinitions");
    case ArmType::Features:
        return QStringLiteral("features");
    case ArmType::Vaults:
        return QStringLiteral("vaults");
    case ArmType::ManagedHsms:
        return QStringLiteral("managedHSMs");
    case ArmType::StorageAccounts:
        return QStringLiteral("storageAccounts");
    default:
        return {};
    }
}

QStringList ArmCatalog::registrableNamespaces()
{
    return {QStringLiteral("Microsoft.KeyVault"), QStringLiteral("Microsoft.ManagedIdentity"),
            QStringLiteral("Microsoft.Storage")};
}

bool ArmCatalog::isRegistrationFree(const QString &providerNamespace)
{
    return providerNamespace.compare(QLatin1String("Microsoft.Resources"), Qt::CaseInsensitive) == 0 ||
           providerNamespace.compare(QLatin1String("Microsoft.Authorization"), Qt::CaseInsensitive) == 0 ||
           providerNamespace.compare(QLatin1String("Microsoft.Features"), Qt::CaseInsensitive) == 0;
}

QString ArmCatalog::canonicalNamespace(const QString &providerNamespace)
{
    const QStringList all = registrableNamespaces() + QStringList{QStringLiteral("Microsoft.Resources"),
                                                                  QStringLiteral("Microsoft.Authorization"),
                                                                  QStringLiteral("Microsoft.Features")};
    for (const QString &known : all) {
        if (known.compare(providerNamespace, Qt::CaseInsensitive) == 0) {
            return known;
        }
    }
    return {};
}

QJsonArray ArmCatalog::resourceTypes(const QString &providerNamespace, const QStringList &locations)
{
    QJsonArray regions;
    for (const QString &name : locations) {
        regions.append(locationDisplayName(name));
    }
    const QString ns = canonicalNamespace(providerNamespace);
    if (ns == QLatin1String("Microsoft.ManagedIdentity")) {
        return {type(QStringLiteral("userAssignedIdentities"), regions, kIdentityVersions,
                     QStringLiteral("CrossResourceGroupResourceMove, CrossSubscriptionResourceMove, SupportsTags, "
                                    "SupportsLocation")),
                type(QStringLiteral("operations"), {}, kIdentityVersions, QStringLiteral("None"))};
    }
    if (ns == QLatin1String("Microsoft.KeyVault")) {
        return {type(QStringLiteral("vaults"), regions, kKeyVaultVersions,
                     QStringLiteral("CrossResourceGroupResourceMove, CrossSubscriptionResourceMove, SupportsTags, "
                                    "SupportsLocation")),
                type(QStringLiteral("vaults/keys"), regions, kKeyVaultVersions, QStringLiteral("None")),
                type(QStringLiteral("managedHSMs"), regions, kManagedHsmVersions, QStringLiteral("SupportsLocation"))};
    }
    if (ns == QLatin1String("Microsoft.Storage")) {
        return {type(QStringLiteral("storageAccounts"), regions, kStorageVersions,
                     QStringLiteral("CrossResourceGroupResourceMove, CrossSubscriptionResourceMove, SupportsTags, "
                                    "SupportsLocation"))};
    }
    if (ns == QLatin1String("Microsoft.Authorization")) {
        return {type(QStringLiteral("roleAssignments"), {}, kRoleAssignmentVersions, QStringLiteral("None")),
                type(QStringLiteral("roleDefinitions"), {}, kRoleDefinitionVersions, QStringLiteral("None"))};
    }
    if (ns == QLatin1String("Microsoft.Features")) {
        return {type(QStringLiteral("features"), {}, kFeatureVersions, QStringLiteral("None"))};
    }
    return {type(QStringLiteral("resourceGroups"), regions, kResourcesVersions, QStringLiteral("SupportsLocation")),
            type(QStringLiteral("subscriptions"), {}, kSubscriptionVersions, QStringLiteral("None"))};
}

QStringList ArmCatalog::features(const QString &providerNamespace)
{
    if (canonicalNamespace(providerNamespace) == QLatin1String("Microsoft.Storage")) {
        return {QStringLiteral("FederatedClientIdentity")};
    }
    return {};
}

QString ArmCatalog::normalizeLocation(const QString &location)
{
    QString name = location.toLower();
    name.remove(QLatin1Char(' '));
    return name;
}

QString ArmCatalog::locationDisplayName(const QString &name)
{
    const Region *region = findRegion(name);
    return region ? QString::fromLatin1(region->displayName) : name;
}

QJsonObject ArmCatalog::location(const QString &subscriptionId, const QString &name)
{
    const Region *region = findRegion(name);
    const QString base = QStringLiteral("/subscriptions/%1/locations/").arg(subscriptionId);
    if (!region) {
        return QJsonObject{{QStringLiteral("id"), QString(base + name)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("type"), QStringLiteral("Region")},
                           {QStringLiteral("displayName"), name},
                           {QStringLiteral("regionalDisplayName"), name}};
    }
    const QString pair = QString::fromLatin1(region->pair);
    const QJsonObject metadata{
        {QStringLiteral("regionType"), QStringLiteral("Physical")},
        {QStringLiteral("regionCategory"), QStringLiteral("Recommended")},
        {QStringLiteral("geography"), QString::fromLatin1(region->geography)},
        {QStringLiteral("geographyGroup"), QString::fromLatin1(region->group)},
        {QStringLiteral("pairedRegion"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), pair}, {QStringLiteral("id"), QString(base + pair)}}}}};
    return QJsonObject{{QStringLiteral("id"), QString(base + name)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("type"), QStringLiteral("Region")},
                       {QStringLiteral("displayName"), QString::fromLatin1(region->displayName)},
                       {QStringLiteral("regionalDisplayName"), QString::fromLatin1(region->regional)},
                       {QStringLiteral("metadata"), metadata}};
}

} // namespace CrossKey::Sandbox
