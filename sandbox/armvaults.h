// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/keyvaultstate.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

struct ServiceContext;

// ArmVaults answers Microsoft.KeyVault/vaults (CONTRACTS.md §3.7): PUT (201 new / 200 existing,
// synchronous, provisioningState Succeeded), GET, PATCH, DELETE (soft delete keeps the name and the
// keys), lists by resource group and subscription, PUT …/accessPolicies/{add|replace|remove},
// POST …/checkNameAvailability and GET …/locations/{loc}/deletedVaults/{name}. Names are global.
class ArmVaults final
{
public:
    ArmVaults(ServiceContext &context, const Rbac &rbac)
        : m_context(context)
        , m_rbac(rbac)
    {}

    static constexpr const char *type = "Microsoft.KeyVault/vaults";

    Response vault(const ArmCall &call); // GET, PUT, PATCH, DELETE
    Response accessPolicies(const ArmCall &call);
    Response listByGroup(const ArmCall &call) const;
    Response listBySubscription(const ArmCall &call) const;
    Response checkNameAvailability(const ArmCall &call) const;
    Response deletedVault(const ArmCall &call) const;

private:
    Response put(const ArmCall &call, const QString &group, const QString &name);
    Response patch(const ArmCall &call, const Vault &existing);
    Response remove(const Vault &existing);
    std::optional<Response> nameTaken(const ArmCall &call, const QString &name) const;
    QJsonObject toJson(const Vault &vault) const;
    Vault *editable(const QString &name);

    ServiceContext &m_context;
    const Rbac &m_rbac;
};

} // namespace CrossKey::Sandbox
