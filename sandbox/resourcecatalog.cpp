// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/resourcecatalog.h"

#include "sandbox/knownids.h"

namespace CrossKey::Sandbox {

namespace {

struct ResourceInfo
{
    ResourceKind kind;
    QString appId;
    QString displayName;
    QStringList identifiers;
    QStringList defaultScopes;
};

const QList<ResourceInfo> &resources()
{
    static const QList<ResourceInfo> list = {
        {ResourceKind::Graph,
         KnownIds::graphAppId,
         QStringLiteral("Microsoft Graph"),
         {QStringLiteral("https://graph.microsoft.com"), QStringLiteral("https://graph.microsoft.com/"),
          KnownIds::graphAppId},
         {QStringLiteral("Application.ReadWrite.All"), QStringLiteral("Directory.AccessAsUser.All"),
          QStringLiteral("User.Read")}},
        {ResourceKind::ResourceManager,
         KnownIds::resourceManagerAppId,
         QStringLiteral("Windows Azure Service Management API"),
         {QStringLiteral("https://management.azure.com"), QStringLiteral("https://management.azure.com/"),
          QStringLiteral("https://management.core.windows.net"), QStringLiteral("https://management.core.windows.net/"),
          KnownIds::resourceManagerAppId},
         {QStringLiteral("user_impersonation")}},
        {ResourceKind::KeyVault,
         KnownIds::keyVaultAppId,
         QStringLiteral("Azure Key Vault"),
         // Managed HSM's id and the sandbox's own suffix (KeyVaultUris::dnsSuffix) are accepted too.
         {QStringLiteral("https://vault.azure.net"), QStringLiteral("https://vault.azure.net/"),
          QStringLiteral("https://managedhsm.azure.net"), QStringLiteral("https://managedhsm.azure.net/"),
          QStringLiteral("https://0.0.1"), QStringLiteral("https://0.0.1/"), KnownIds::keyVaultAppId},
         {QStringLiteral("user_impersonation")}},
        {ResourceKind::Storage,
         KnownIds::storageAppId,
         QStringLiteral("Azure Storage"),
         {QStringLiteral("https://storage.azure.com"), QStringLiteral("https://storage.azure.com/"),
          KnownIds::storageAppId},
         {QStringLiteral("user_impersonation")}},
    };
    return list;
}

const ResourceInfo &info(ResourceKind kind)
{
    for (const ResourceInfo &resource : resources()) {
        if (resource.kind == kind) {
            return resource;
        }
    }
    return resources().first();
}

bool isOwnGraph(const QString &identifier, const QString &ownGraph)
{
    return !ownGraph.isEmpty() && (identifier.compare(ownGraph, Qt::CaseInsensitive) == 0 ||
                                   identifier.compare(ownGraph + QLatin1Char('/'), Qt::CaseInsensitive) == 0);
}

const ResourceInfo *byIdentifier(const QString &identifier, const QString &ownGraph)
{
    if (isOwnGraph(identifier, ownGraph)) {
        return &info(ResourceKind::Graph);
    }
    for (const ResourceInfo &resource : resources()) {
        if (resource.identifiers.contains(identifier, Qt::CaseInsensitive)) {
            return &resource;
        }
    }
    return nullptr;
}

void add(ScopeSet &set, const ResourceInfo &resource, const QString &audience, const QString &name)
{
    for (ResourceScope &existing : set.resources) {
        if (existing.kind == resource.kind) {
            if (!existing.names.contains(name)) {
                existing.names.append(name);
            }
            return;
        }
    }
    set.resources.append(ResourceScope{resource.kind, audience, {name}, 0});
}

} // namespace

ScopeSet ResourceCatalog::parse(const QString &scope, const QString &ownGraph)
{
    static const QStringList oidc = {QStringLiteral("openid"), QStringLiteral("profile"),
                                     QStringLiteral("offline_access"), QStringLiteral("email")};
    ScopeSet set;
    for (const QString &item : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (oidc.contains(item)) {
            if (!set.oidc.contains(item)) {
                set.oidc.append(item);
            }
            continue;
        }
        const qsizetype slash = item.lastIndexOf(QLatin1Char('/'));
        if (slash < 0) { // a bare scope names a Microsoft Graph permission
            add(set, info(ResourceKind::Graph), QStringLiteral("https://graph.microsoft.com"), item);
            continue;
        }
        const QString identifier = item.left(slash);
        const QString name = item.mid(slash + 1);
        const ResourceInfo *resource = byIdentifier(identifier, ownGraph);
        if (!resource || name.isEmpty()) {
            set.unknownResource = identifier.isEmpty() ? item : identifier;
            continue;
        }
        add(set, *resource, identifier, name);
    }
    return set;
}

QString ResourceCatalog::appId(ResourceKind kind)
{
    return info(kind).appId;
}

QString ResourceCatalog::displayName(ResourceKind kind)
{
    return info(kind).displayName;
}

QStringList ResourceCatalog::audiences(ResourceKind kind, const QString &ownGraph)
{
    QStringList list = info(kind).identifiers;
    if (kind == ResourceKind::Graph && !ownGraph.isEmpty()) {
        list << ownGraph << ownGraph + QLatin1Char('/');
    }
    return list;
}

QStringList ResourceCatalog::grantedScopes(const ResourceScope &scope)
{
    QStringList granted;
    for (const QString &name : scope.names) {
        const QStringList expanded =
            name == QLatin1String(".default") ? info(scope.kind).defaultScopes : QStringList{name};
        for (const QString &item : expanded) {
            if (!granted.contains(item)) {
                granted.append(item);
            }
        }
    }
    return granted;
}

QStringList ResourceCatalog::responseScopes(const ResourceScope &scope)
{
    QStringList out;
    const QString prefix = scope.kind == ResourceKind::Graph ? QString() : scope.audience + QLatin1Char('/');
    for (const QString &name : grantedScopes(scope)) {
        out.append(prefix + name);
    }
    return out;
}

} // namespace CrossKey::Sandbox
