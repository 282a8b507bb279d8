// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/builtinroles.h"
#include "sandbox/caller.h"
#include "sandbox/response.h"

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// Rbac evaluates Azure RBAC: a principal may perform an action at a scope when one of its role
// assignments at or above the scope names a role whose actions match it (wildcards, case-insensitive)
// and whose notActions do not. There are no deny assignments and no groups.
class Rbac final
{
public:
    explicit Rbac(const ServiceContext &context)
        : m_context(context)
    {}

    // True when an assignment at `assignmentScope` applies to `scope` ("/" covers everything).
    static bool scopeCovers(const QString &assignmentScope, const QString &scope);
    // Azure's action wildcards: '*' matches any run of characters, including '/'.
    static bool actionMatches(const QString &pattern, const QString &action);
    static bool roleAllows(const BuiltInRole &role, const QString &action, bool dataAction = false);

    bool allows(const QString &principalId, const QString &action, const QString &scope) const;
    // True when the principal holds any role at, above or below `scope` (what makes a tenant or
    // subscription visible to it).
    bool hasAnyRole(const QString &principalId, const QString &scope) const;

    // AuthorizationFailed unless the caller may perform `action` at `scope`.
    std::optional<Response> require(const Caller &caller, const QString &action, const QString &scope) const;
    // LinkedAuthorizationFailed unless the caller may also perform `linkedAction` at `linkedScope`.
    std::optional<Response> requireLinked(const Caller &caller, const QString &action, const QString &scope,
                                          const QString &linkedAction, const QString &linkedScope) const;

private:
    const ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
