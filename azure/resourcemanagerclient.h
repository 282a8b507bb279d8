// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace CrossKey::Azure {

class ArmResourceJob;
class LroJob;
class PagerJob;
class RestJob;
class RestPipeline;

// ResourceManagerClient owns the Resource Manager calls CrossKey makes (CONTRACTS.md §3): their paths and
// api-versions. Each call returns an unstarted job; lists come whole through PagerJob, resources typed through
// ArmResourceJob, and everything goes through the pipeline (token, retries, errors).
class ResourceManagerClient final
{
public:
    static constexpr QLatin1String kSubscriptionsApi{"2022-12-01"};
    static constexpr QLatin1String kResourcesApi{"2024-03-01"};
    static constexpr QLatin1String kManagedIdentityApi{"2023-01-31"};
    static constexpr QLatin1String kAuthorizationApi{"2022-04-01"};
    static constexpr QLatin1String kFeaturesApi{"2021-07-01"};

    explicit ResourceManagerClient(RestPipeline *pipeline)
        : m_pipeline(pipeline)
    {}

    PagerJob *listTenants() const;                                     // §3.1
    PagerJob *listSubscriptions() const;                               // §3.2
    PagerJob *listLocations(const QString &subscriptionId) const;      // §3.3
    PagerJob *listResourceGroups(const QString &subscriptionId) const; // §3.4
    ArmResourceJob *getResourceGroup(const QString &subscriptionId, const QString &name) const;
    ArmResourceJob *createResourceGroup(const QString &subscriptionId, const QString &name,
                                        const QString &location) const;
    LroJob *deleteResourceGroup(const QString &subscriptionId, const QString &name) const;

    RestJob *getProvider(const QString &subscriptionId, const QString &ns) const; // §3.5: registrationState
    RestJob *registerProvider(const QString &subscriptionId, const QString &ns) const;
    RestJob *getFeature(const QString &subscriptionId, const QString &ns, const QString &feature) const;
    RestJob *registerFeature(const QString &subscriptionId, const QString &ns, const QString &feature) const;

    // §3.6
    ArmResourceJob *createUserAssignedIdentity(const QString &subscriptionId, const QString &resourceGroup,
                                               const QString &name, const QString &location) const;
    ArmResourceJob *getUserAssignedIdentity(const QString &subscriptionId, const QString &resourceGroup,
                                            const QString &name) const;

    // §3.8. `scope` is an ARM id ("/subscriptions/…"); `filter` e.g. "atScope()" or "principalId eq '…'".
    PagerJob *roleDefinitionsByName(const QString &scope, const QString &roleName) const;
    ArmResourceJob *createRoleAssignment(const QString &scope, const QString &assignmentName,
                                         const QString &roleDefinitionId, const QString &principalId,
                                         const QString &principalType) const;
    PagerJob *listRoleAssignments(const QString &scope, const QString &filter) const;
    RestJob *deleteRoleAssignment(const QString &assignmentId) const;

    // {resourceManager}{path}?api-version=…[&extra query]
    QUrl url(const QString &path, QLatin1String apiVersion, const QString &extraQuery = {}) const;

private:
    RestPipeline *m_pipeline;
};

} // namespace CrossKey::Azure
