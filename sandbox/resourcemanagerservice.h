// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcatalog.h"
#include "sandbox/armidentities.h"
#include "sandbox/armlro.h"
#include "sandbox/armmanagedhsms.h"
#include "sandbox/armproviders.h"
#include "sandbox/armresourcegroups.h"
#include "sandbox/armroleassignments.h"
#include "sandbox/armroledefinitions.h"
#include "sandbox/armstorageaccounts.h"
#include "sandbox/armsubscriptions.h"
#include "sandbox/armvaults.h"
#include "sandbox/pathpattern.h"
#include "sandbox/rbac.h"
#include "sandbox/service.h"

#include <functional>
#include <vector>

namespace CrossKey::Sandbox {

class TokenValidator;
struct ServiceContext;

// ResourceManagerService is Azure Resource Manager at its usual paths (CONTRACTS.md §3): tenants,
// subscriptions, locations, resource groups, providers and features, user-assigned identities, role
// definitions and assignments, and operation results. It checks the token, the api-version and the
// subscription, then hands the call to the handler of the resource type; RBAC is enforced there.
class ResourceManagerService final : public Service
{
public:
    ResourceManagerService(ServiceContext &context, const TokenValidator &validator);
    QString name() const override { return QStringLiteral("resourcemanager"); }
    HeaderStyle headerStyle() const override { return HeaderStyle::ResourceManager; }
    bool handles(const Request &request) const override;
    Response handle(const Request &request) override;

private:
    struct Route
    {
        PathPattern pattern;
        ArmType type;
        QList<QByteArray> methods; // empty: the handler checks
        std::function<Response(ArmCall &)> handler;
    };
    // The namespace of an unregistered provider the path addresses, if any.
    QString unregisteredNamespace(const Request &request) const;
    // Index of "providers" in {scope}/providers/Microsoft.Authorization/roleX[/{name}], or -1.
    static qsizetype authorizationIndex(const QStringList &segments);
    Response handleAuthorization(const Request &request, const Caller &caller, qsizetype index);
    std::optional<Response> checkVersion(const Request &request, ArmType type, const QString &location) const;
    std::optional<Response> checkSubscription(ArmCall &call, const QString &subscriptionId) const;
    void settle();
    void addKeyVaultRoutes(); // Microsoft.KeyVault vaults and managedHSMs
    void addStorageRoutes();  // Microsoft.Storage storageAccounts

    ServiceContext &m_context;
    const TokenValidator &m_validator;
    Rbac m_rbac;
    ArmLro m_lro;
    ArmSubscriptions m_subscriptions;
    ArmResourceGroups m_groups;
    ArmProviders m_providers;
    ArmIdentities m_identities;
    ArmRoleDefinitions m_definitions;
    ArmRoleAssignments m_assignments;
    ArmVaults m_vaults;
    ArmManagedHsms m_hsms;
    ArmStorageAccounts m_storageAccounts;
    std::vector<Route> m_routes;
};

} // namespace CrossKey::Sandbox
