// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/keyvaultstate.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

struct ServiceContext;

// ArmManagedHsms answers Microsoft.KeyVault/managedHSMs (CONTRACTS.md §4.7) minimally: PUT (201
// new / 200 existing; provisioningState Succeeded at once, no security-domain activation), GET and
// the list by resource group. The HSM's data plane is KeyVaultService at KeyVaultUris::hsmUri().
class ArmManagedHsms final
{
public:
    ArmManagedHsms(ServiceContext &context, const Rbac &rbac)
        : m_context(context)
        , m_rbac(rbac)
    {}

    static constexpr const char *type = "Microsoft.KeyVault/managedHSMs";

    Response hsm(const ArmCall &call); // GET, PUT
    Response listByGroup(const ArmCall &call) const;

private:
    Response put(const ArmCall &call, const QString &group, const QString &name);
    QJsonObject toJson(const ManagedHsm &hsm) const;

    ServiceContext &m_context;
    const Rbac &m_rbac;
};

} // namespace CrossKey::Sandbox
