// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/rbac.h"

#include "sandbox/armerrors.h"
#include "sandbox/servicecontext.h"

namespace CrossKey::Sandbox {

namespace {

QString trimmed(const QString &scope)
{
    QString out = scope;
    while (out.size() > 1 && out.endsWith(QLatin1Char('/'))) {
        out.chop(1);
    }
    return out.isEmpty() ? QStringLiteral("/") : out;
}

} // namespace

bool Rbac::scopeCovers(const QString &assignmentScope, const QString &scope)
{
    const QString outer = trimmed(assignmentScope);
    const QString inner = trimmed(scope);
    if (outer == QLatin1String("/")) {
        return true;
    }
    return inner.compare(outer, Qt::CaseInsensitive) == 0 ||
           inner.startsWith(outer + QLatin1Char('/'), Qt::CaseInsensitive);
}

bool Rbac::actionMatches(const QString &pattern, const QString &action)
{
    const QStringList parts = pattern.split(QLatin1Char('*'));
    if (parts.size() == 1) {
        return pattern.compare(action, Qt::CaseInsensitive) == 0;
    }
    if (!action.startsWith(parts.first(), Qt::CaseInsensitive) || !action.endsWith(parts.last(), Qt::CaseInsensitive) ||
        action.size() < parts.first().size() + parts.last().size()) {
        return false;
    }
    qsizetype position = parts.first().size();
    const qsizetype end = action.size() - parts.last().size();
    for (qsizetype i = 1; i < parts.size() - 1; ++i) {
        const qsizetype found = action.indexOf(parts.at(i), position, Qt::CaseInsensitive);
        if (found < 0 || found + parts.at(i).size() > end) {
            return false;
        }
        position = found + parts.at(i).size();
    }
    return true;
}

bool Rbac::roleAllows(const BuiltInRole &role, const QString &action, bool dataAction)
{
    const QStringList &allowed = dataAction ? role.dataActions : role.actions;
    const QStringList &denied = dataAction ? role.notDataActions : role.notActions;
    const auto matches = [&](const QString &pattern) { return actionMatches(pattern, action); };
    return std::any_of(allowed.cbegin(), allowed.cend(), matches) &&
           std::none_of(denied.cbegin(), denied.cend(), matches);
}

bool Rbac::allows(const QString &principalId, const QString &action, const QString &scope) const
{
    for (const RoleAssignment &assignment : m_context.world.roleAssignments()) {
        if (assignment.principalId.compare(principalId, Qt::CaseInsensitive) != 0 ||
            !scopeCovers(assignment.scope, scope) ||
            !assignment.isInForce(m_context.now(), m_context.options.roleAssignmentPropagationDelayMs)) {
            continue;
        }
        const BuiltInRole *role = BuiltInRoles::find(assignment.roleDefinitionId);
        if (role && roleAllows(*role, action)) {
            return true;
        }
    }
    return false;
}

bool Rbac::hasAnyRole(const QString &principalId, const QString &scope) const
{
    for (const RoleAssignment &assignment : m_context.world.roleAssignments()) {
        if (assignment.principalId.compare(principalId, Qt::CaseInsensitive) == 0 &&
            (scopeCovers(assignment.scope, scope) || scopeCovers(scope, assignment.scope))) {
            return true;
        }
    }
    return false;
}

std::optional<Response> Rbac::require(const Caller &caller, const QString &action, const QString &scope) const
{
    if (allows(caller.objectId, action, scope)) {
        return std::nullopt;
    }
    return ArmErrors::authorizationFailed(caller, action, scope);
}

std::optional<Response> Rbac::requireLinked(const Caller &caller, const QString &action, const QString &scope,
                                            const QString &linkedAction, const QString &linkedScope) const
{
    if (auto failure = require(caller, action, scope)) {
        return failure;
    }
    if (allows(caller.objectId, linkedAction, linkedScope)) {
        return std::nullopt;
    }
    return ArmErrors::linkedAuthorizationFailed(caller, action, scope, linkedAction, linkedScope);
}

} // namespace CrossKey::Sandbox
