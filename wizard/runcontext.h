// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CrossKey::Wizard {

// The named values that steps consume and produce. Steps declare them as inputs and outputs so a
// plan can be checked before it runs.
enum class ContextField
{
    Cloud,
    TenantId,
    SubscriptionId,
    ResourceGroup,
    Location,
    AppName,
    AppId,
    AppObjectId,
    IdentityName,
    IdentityResourceId,
    IdentityPrincipalId,
    IdentityClientId,
    CustomerTenantId,
    VaultUri,
    KeyName,
    KeyVersion,
    StorageAccountId,
    FederatedCredentialName,
    FicIssuer,
    VaultName,
    KeySize,
    KeyExpiry,
    ServicePrincipalId,
    VaultResourceId,
    VaultPermissionModel,
    KeyId,
    StorageAccountName,
    PinVersion,
};

// RunContext is the typed state a plan works on: the user's choices and what steps found or made.
// It holds ids and names only — never tokens — so it can be written to the progress file.
struct RunContext
{
    std::optional<QString> cloud;
    std::optional<QString> tenantId;
    std::optional<QString> subscriptionId;
    std::optional<QString> resourceGroup;
    std::optional<QString> location;
    std::optional<QString> appName;
    std::optional<QString> appId;
    std::optional<QString> appObjectId;
    std::optional<QString> identityName;
    std::optional<QString> identityResourceId;
    std::optional<QString> identityPrincipalId;
    std::optional<QString> identityClientId;
    std::optional<QString> customerTenantId;
    std::optional<QString> vaultUri;
    std::optional<QString> keyName;
    std::optional<QString> keyVersion;
    std::optional<QString> storageAccountId;
    std::optional<QString> vaultName;
    std::optional<QString> keySize;              // "2048", "3072" or "4096"
    std::optional<QString> keyExpiry;            // ISO 8601 UTC; empty or unset: no expiry
    std::optional<QString> servicePrincipalId;   // the ISV app's service principal in the customer tenant
    std::optional<QString> vaultResourceId;      // ARM id of the customer's vault
    std::optional<QString> vaultPermissionModel; // "rbac" or "accessPolicies"
    std::optional<QString> keyId;                // versionless key id, e.g. https://{vault}/keys/{name}
    std::optional<QString> federatedCredentialName;
    std::optional<QString> ficIssuer;
    std::optional<QString> storageAccountName;
    std::optional<QString> pinVersion; // "true": Storage keeps KeyVersion (or the version in use); else it follows

    bool has(ContextField field) const;
    std::optional<QString> value(ContextField field) const;
    void set(ContextField field, const QString &value);
    QList<ContextField> fieldsSet() const;

    // Copies every field that `other` has set.
    void merge(const RunContext &other);

    static QString fieldKey(ContextField field);
    QJsonObject toJson() const;
    // Strict: unknown keys or non-string values are an error, so a tampered file changes nothing.
    static Azure::Result<RunContext> fromJson(const QJsonObject &json);

    friend bool operator==(const RunContext &, const RunContext &) = default;
};

} // namespace CrossKey::Wizard
