// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/armlro.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// ArmResourceGroups answers /subscriptions/{sub}/resourcegroups[/{rg}] (CONTRACTS.md §3.4): list,
// HEAD, GET, PUT (201 new / 200 existing, synchronous) and DELETE (202 + Location; the group, its
// identities and the role assignments under it go when the operation is due).
class ArmResourceGroups final
{
public:
    ArmResourceGroups(ServiceContext &context, const Rbac &rbac, ArmLro &lro)
        : m_context(context)
        , m_rbac(rbac)
        , m_lro(lro)
    {}

    static constexpr const char *deleteKind = "ResourceGroupDelete";

    // InvalidResourceGroup when `name` breaks Azure's rules (1–90 letters, digits, - . ( ) _, not
    // ending in '.').
    static std::optional<Response> validateName(const QString &name);

    Response list(const ArmCall &call) const;
    Response resourceGroup(const ArmCall &call); // HEAD, GET, PUT, DELETE on {resourceGroupName}
    // Applies resource group deletions that are due.
    void settle();

private:
    Response put(const ArmCall &call, const QString &name);
    Response remove(const ArmCall &call, const QString &name);
    QJsonObject toJson(const ResourceGroup &group) const;

    ServiceContext &m_context;
    const Rbac &m_rbac;
    ArmLro &m_lro;
};

} // namespace CrossKey::Sandbox
