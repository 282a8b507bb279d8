// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/armscope.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// ArmRoleAssignments answers {scope}/providers/Microsoft.Authorization/roleAssignments (CONTRACTS.md
// §3.8): PUT with the caller's GUID name, GET, DELETE, and lists with $filter=atScope(),
// principalId eq '…', assignedTo('…'). A principal created less than
// ServerOptions::principalReplicationDelayMs ago (service principal or managed identity) is not yet
// known: PrincipalNotFound, as Azure answers during replication.
class ArmRoleAssignments final
{
public:
    ArmRoleAssignments(ServiceContext &context, const Rbac &rbac)
        : m_context(context)
        , m_rbac(rbac)
    {}

    Response assignment(const ArmCall &call, const ParsedScope &scope, const QString &name);
    Response list(const ArmCall &call, const ParsedScope &scope) const;

private:
    Response put(const ArmCall &call, const ParsedScope &scope, const QString &name);
    // The principal's type (User, ServicePrincipal) when RBAC can see it in `tenantId` now.
    std::optional<QString> principalType(const QString &principalId, const QString &tenantId) const;
    QJsonObject toJson(const RoleAssignment &assignment) const;

    ServiceContext &m_context;
    const Rbac &m_rbac;
};

} // namespace CrossKey::Sandbox
