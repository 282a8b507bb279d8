// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Key Vault's records in the World: vaults with their access policies, Managed HSMs with their
// local role assignments, and every version of every key. KeyVaultStateCodec turns them into JSON.
namespace CrossKey::Sandbox {

// One entry of properties.accessPolicies (CONTRACTS.md §3.7). Permission names keep the caller's
// spelling; checks compare case-insensitively.
struct AccessPolicy
{
    QString tenantId;
    QString objectId;
    QString applicationId;
    QStringList keys;
    QStringList secrets;
    QStringList certificates;
};

// A Microsoft.KeyVault/vaults resource. Names are globally unique, also while soft-deleted.
struct Vault
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString location;
    QJsonObject tags;
    QString tenantId;
    QString skuName = QStringLiteral("standard"); // standard | premium
    bool enableSoftDelete = true;
    int softDeleteRetentionInDays = 90;
    bool enablePurgeProtection = false;
    bool enableRbacAuthorization = false;
    bool enabledForDeployment = false;
    bool enabledForDiskEncryption = false;
    bool enabledForTemplateDeployment = false;
    QList<AccessPolicy> accessPolicies;
    QString networkDefaultAction = QStringLiteral("Allow");  // Allow | Deny
    QString networkBypass = QStringLiteral("AzureServices"); // AzureServices | None
    QStringList ipRules;
    QString publicNetworkAccess = QStringLiteral("Enabled");
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // valid: soft-deleted, the name stays taken
    QString id() const
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
            .arg(subscriptionId, resourceGroup, name);
    }
    bool isDeleted() const { return deletedAt.isValid(); }
};

// A Microsoft.KeyVault/managedHSMs resource; authorization is the HSM's local RBAC.
struct ManagedHsm
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString location;
    QJsonObject tags;
    QString tenantId;
    QString skuName = QStringLiteral("Standard_B1");
    QStringList initialAdminObjectIds;
    bool enableSoftDelete = true;
    int softDeleteRetentionInDays = 90;
    bool enablePurgeProtection = false;
    QDateTime createdAt;
    QString id() const
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/managedHSMs/%3")
            .arg(subscriptionId, resourceGroup, name);
    }
};

// A Managed HSM local role assignment (CONTRACTS.md §4.7): scope "/" or "/keys/{name}".
struct HsmRoleAssignment
{
    QString hsmName;
    QString name;
    QString scope;
    QString roleDefinitionId; // GUID
    QString principalId;
};

// One version of a key in a vault or Managed HSM. `material` is random per version and stands in
// for the private key: wrap/unwrap and friends are bound to it (KeyVaultCrypto).
struct KeyVersion
{
    QString vaultName; // the vault's or the HSM's name
    bool managedHsm = false;
    QString keyName;
    QString version; // 32 hex digits
    QString kty = QStringLiteral("RSA");
    int keySize = 2048;
    QStringList keyOps;
    bool enabled = true;
    QDateTime notBefore; // invalid: none
    QDateTime expires;   // invalid: none
    QDateTime created;
    QDateTime updated;
    QJsonObject tags;
    QByteArray material;
    QDateTime deletedAt; // valid: the key (all versions) is soft-deleted
};

struct KeyVaultState
{
    QList<Vault> vaults;
    QList<ManagedHsm> managedHsms;
    QList<HsmRoleAssignment> hsmRoleAssignments;
    QList<KeyVersion> keys;
};

} // namespace CrossKey::Sandbox
