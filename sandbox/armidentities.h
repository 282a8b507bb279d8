// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/armstate.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// ArmIdentities answers Microsoft.ManagedIdentity/userAssignedIdentities (CONTRACTS.md §3.6): PUT
// (201 new / 200 existing, synchronous, Location = id), GET, DELETE, and lists by resource group and
// by subscription. Each identity gets a principal (object) id and a client id; RBAC learns the
// principal only after ServerOptions::principalReplicationDelayMs (see ArmRoleAssignments).
class ArmIdentities final
{
public:
    ArmIdentities(ServiceContext &context, const Rbac &rbac)
        : m_context(context)
        , m_rbac(rbac)
    {}

    static constexpr const char *type = "Microsoft.ManagedIdentity/userAssignedIdentities";
    // 3–128 characters: letters, digits, '-' and '_', starting with a letter or digit.
    static std::optional<Response> validateName(const QString &name);

    Response identity(const ArmCall &call); // GET, PUT, DELETE {resourceGroupName}/{identityName}
    Response listByGroup(const ArmCall &call) const;
    Response listBySubscription(const ArmCall &call) const;

private:
    Response put(const ArmCall &call, const QString &group, const QString &name, const QString &scope);
    QJsonObject toJson(const UserAssignedIdentity &identity) const;

    ServiceContext &m_context;
    const Rbac &m_rbac;
};

} // namespace CrossKey::Sandbox
