// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/armresource.h"
#include "azure/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace CrossKey::Azure {

// One entry of a vault's access policies (CONTRACTS.md §3.7): who, and which key permissions.
struct KeyVaultAccessPolicy
{
    QString tenantId;
    QString objectId;
    QString applicationId; // compound identity; usually empty
    QStringList keys;      // key permissions as Azure sent them ("get", "wrapKey", "unwrapkey"…)

    // Whether every one of `permissions` is granted, compared case-insensitively (§3.7: old lower-case names).
    bool grantsKeys(const QStringList &permissions) const;
    // The ones of `permissions` that are not granted.
    QStringList missingKeys(const QStringList &permissions) const;

    QJsonObject toJson() const;

    friend bool operator==(const KeyVaultAccessPolicy &, const KeyVaultAccessPolicy &) = default;
};

// KeyVaultInfo is a Key Vault (management plane, §3.7) as the customer steps read it: where it is, its data-plane
// URI, whether it uses RBAC or access policies, its recovery settings (Storage CMK needs soft delete and purge
// protection), its firewall and its access policies. Parsed strictly: wrong types are InvalidResponse.
struct KeyVaultInfo
{
    Q_DECLARE_TR_FUNCTIONS(KeyVaultInfo)

public:
    QString id;
    QString name;
    QString location;
    QString vaultUri; // "https://{vault}.vault.azure.net/" (the sandbox's path form too)
    QString tenantId;
    QString provisioningState;
    bool enableRbacAuthorization = false;
    bool enableSoftDelete = true; // Azure's default when the field is absent
    bool enablePurgeProtection = false;
    int softDeleteRetentionInDays = 90;
    QString networkBypass;        // "AzureServices" or "None"; empty: no networkAcls
    QString networkDefaultAction; // "Allow" or "Deny"; empty: no networkAcls (Allow)
    QList<KeyVaultAccessPolicy> accessPolicies;

    static Result<KeyVaultInfo> fromResource(const ArmResource &resource);
    static Result<KeyVaultInfo> fromJson(const QJsonObject &json);
    // `properties.accessPolicies` (or the body of accessPolicies/add): a list of entries.
    static Result<QList<KeyVaultAccessPolicy>> accessPoliciesFromJson(const QJsonValue &value);

    // The entry for this object id (and tenant), or nullptr.
    const KeyVaultAccessPolicy *policyFor(const QString &objectId) const;
    // Whether trusted Azure services such as Storage can reach the vault through its firewall.
    bool allowsTrustedServices() const;
    // "rbac" or "accessPolicies" (RunContext::vaultPermissionModel).
    QString permissionModel() const;
    static constexpr QLatin1String kRbac{"rbac"};
    static constexpr QLatin1String kAccessPolicies{"accessPolicies"};
};

using KeyVaultInfoResult = Result<KeyVaultInfo>;

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::KeyVaultInfo)
