// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/keyvaultstate.h"
#include "sandbox/response.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace CrossKey::Sandbox {

// VaultProperties reads and writes a vault's `properties` (Microsoft.KeyVault 2023-07-01,
// CONTRACTS.md §3.7) with Key Vault's rules: tenantId must be the subscription's, soft delete and
// purge protection cannot be turned off once on, retention is 7–90 days, access-policy tenants
// must be the vault's. Errors are Resource Manager answers; nothing is changed on error.
class VaultProperties final
{
public:
    // Applies a PUT (create: required members checked, defaults kept) or a PATCH (partial) body's
    // `properties` to `vault`.
    static std::optional<Response> apply(const QJsonObject &properties, bool create,
                                         const QString &subscriptionTenantId, Vault *vault);
    // Reads an accessPolicies array (also for …/accessPolicies/{add|replace|remove}).
    static std::optional<Response> readPolicies(const QJsonValue &value, const QString &vaultTenantId,
                                                QList<AccessPolicy> *out);
    static QJsonObject toJson(const Vault &vault, const QString &vaultUri);
    static QJsonArray policiesToJson(const QList<AccessPolicy> &policies);
    // 3–24 characters, letters, digits and '-', starting with a letter, ending with a letter or
    // digit, no "--" (CONTRACTS.md §3.7).
    static bool isValidName(const QString &name);
};

} // namespace CrossKey::Sandbox
