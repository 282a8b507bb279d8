// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/keyvaultinfo.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace CrossKey::Azure {

class ArmResourceJob;
class PagerJob;
class RestJob;
class RestPipeline;

// KeyVaultManagementClient owns the Microsoft.KeyVault management-plane calls CrossKey makes in the customer
// tenant (CONTRACTS.md §3.7): get, create, enable purge protection, list, add an access policy, name checks.
// Each call returns an unstarted job through the pipeline; vaults come as ArmResource (read them with
// KeyVaultInfo::fromResource), so a vault still provisioning is polled to the end.
class KeyVaultManagementClient final
{
public:
    static constexpr QLatin1String kApiVersion{"2023-07-01"};

    struct CreateOptions
    {
        QString location;
        QString tenantId; // the customer tenant: must be the subscription's
        bool enableRbacAuthorization = true;
        bool enablePurgeProtection = true;
        int softDeleteRetentionInDays = 90;
        QString sku = QStringLiteral("standard"); // "premium" for RSA-HSM keys
    };

    explicit KeyVaultManagementClient(RestPipeline *pipeline)
        : m_pipeline(pipeline)
    {}

    static QString vaultId(const QString &subscriptionId, const QString &resourceGroup, const QString &name);

    ArmResourceJob *getVault(const QString &subscriptionId, const QString &resourceGroup, const QString &name) const;
    ArmResourceJob *getVault(const QString &vaultId) const;
    // PUT (§3.7): soft delete on, enableRbacAuthorization always sent (its default changed between versions),
    // enablePurgeProtection sent only when true (false is refused). 200/201, polled while provisioning.
    ArmResourceJob *createVault(const QString &subscriptionId, const QString &resourceGroup, const QString &name,
                                const CreateOptions &options) const;
    // PATCH enablePurgeProtection (and enableSoftDelete) to true. Irreversible (§3.7).
    ArmResourceJob *enablePurgeProtection(const QString &vaultId) const;
    PagerJob *listVaults(const QString &subscriptionId, const QString &resourceGroup) const;
    // PUT {vaultId}/accessPolicies/add: merges `keyPermissions` into the entry for objectId. The answer's
    // properties.accessPolicies (KeyVaultInfo::accessPoliciesFromJson) are the vault's resulting policies.
    RestJob *addAccessPolicy(const QString &vaultId, const QString &tenantId, const QString &objectId,
                             const QStringList &keyPermissions) const;
    // POST checkNameAvailability: nameAvailable, reason (AccountNameInvalid, AlreadyExists), message.
    RestJob *checkNameAvailability(const QString &subscriptionId, const QString &name) const;
    // GET a soft-deleted vault: 200 while it holds its name, 404 otherwise.
    RestJob *getDeletedVault(const QString &subscriptionId, const QString &location, const QString &name) const;

private:
    QUrl url(const QString &path) const;

    RestPipeline *m_pipeline;
};

} // namespace CrossKey::Azure
