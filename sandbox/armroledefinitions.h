// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/armscope.h"
#include "sandbox/builtinroles.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

struct ServiceContext;

// ArmRoleDefinitions answers {scope}/providers/Microsoft.Authorization/roleDefinitions[/{id}], with
// $filter=roleName eq '…' or type eq 'BuiltInRole', for the built-in roles (BuiltInRoles).
class ArmRoleDefinitions final
{
public:
    ArmRoleDefinitions(const ServiceContext &context, const Rbac &rbac)
        : m_context(context)
        , m_rbac(rbac)
    {}

    // "/subscriptions/{sub}/providers/Microsoft.Authorization/roleDefinitions/{guid}" for a scope in
    // a subscription, "/providers/…" at the root.
    static QString definitionId(const ParsedScope &scope, const QString &guid);
    static QJsonObject toJson(const BuiltInRole &role, const ParsedScope &scope);

    Response get(const ArmCall &call, const ParsedScope &scope, const QString &id) const;
    Response list(const ArmCall &call, const ParsedScope &scope) const;

private:
    std::optional<Response> check(const ArmCall &call, const ParsedScope &scope) const;

    const ServiceContext &m_context;
    const Rbac &m_rbac;
};

} // namespace CrossKey::Sandbox
