// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CrossKey::Sandbox {

enum class ResourceKind
{
    Graph,
    ResourceManager,
    KeyVault,
    Storage
};

// The scopes of one resource in a request: its kind, the audience as the client named it
// (e.g. "https://management.core.windows.net/") and the scope names (".default", "User.Read").
struct ResourceScope
{
    ResourceKind kind = ResourceKind::Graph;
    QString audience;
    QStringList names;
    qint64 notBefore = 0; // the `nbf` a claims challenge asked for (seconds since the epoch); 0 = now
};

// A parsed `scope` parameter: OpenID Connect scopes plus resource scopes, grouped by resource.
struct ScopeSet
{
    QStringList oidc; // openid, profile, offline_access, email
    QList<ResourceScope> resources;
    QString unknownResource; // set when a scope names a resource the sandbox does not know
    bool has(const QString &oidcScope) const { return oidc.contains(oidcScope); }
};

// ResourceCatalog knows the first-party resources tokens can be issued for, the identifiers
// clients use for them (public-cloud names, CONTRACTS.md §1.1) and their delegated scopes.
// `ownGraph` is the sandbox's own origin (ServiceContext::graphResource()): its metadata names it as
// Microsoft Graph, as an Azure Stack-like cloud names its own Graph, so it is a Graph identifier too.
class ResourceCatalog final
{
public:
    static ScopeSet parse(const QString &scope, const QString &ownGraph = QString());
    static QString appId(ResourceKind kind);
    static QString displayName(ResourceKind kind);
    static QStringList audiences(ResourceKind kind, const QString &ownGraph = QString());
    // The delegated scopes a token carries (`scp`): ".default" expands to the resource's defaults.
    static QStringList grantedScopes(const ResourceScope &scope);
    // The scopes as the token response's `scope` field lists them.
    static QStringList responseScopes(const ResourceScope &scope);
};

} // namespace CrossKey::Sandbox
