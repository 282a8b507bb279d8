// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/caller.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

struct ServiceContext;

// KeyVaultErrors builds Key Vault data-plane answers in its shape,
// {"error":{"code","message","innererror":{"code"}}} (CONTRACTS.md §4, §4.5), and the 401 with the
// challenge naming the vault's tenant (§1.8).
class KeyVaultErrors final
{
public:
    static Response error(int status, const QString &code, const QString &message, const QString &innerCode = {});
    // 401 Unauthorized + WWW-Authenticate: Bearer authorization="{authority}/{tid}", resource="…".
    static Response unauthorized(const ServiceContext &context, const QString &tenantId, const QString &message,
                                 bool managedHsm);
    // AKV10032 for a token of another tenant.
    static Response invalidIssuer(const ServiceContext &context, const QString &vaultTenantId, const Caller &caller,
                                  bool managedHsm);
    static Response badParameter(const QString &message);
    static Response keyNotFound(const QString &nameOrId);
    static Response forbiddenByRbac(const Caller &caller, const QString &action, const QString &resource,
                                    const QString &vaultName, const QString &location);
    static Response forbiddenByPolicy(const Caller &caller, const QString &permission, const QString &vaultName,
                                      const QString &location);
    // The caller as Key Vault prints it: appid=…;oid=…;iss=….
    static QString callerText(const Caller &caller);
};

} // namespace CrossKey::Sandbox
