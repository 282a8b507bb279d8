// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaultauthorizer.h"

#include "sandbox/builtinroles.h"
#include "sandbox/keyvaulterrors.h"
#include "sandbox/rbac.h"
#include "sandbox/world.h"

namespace CrossKey::Sandbox {

namespace {

using Op = KeyOperation;

struct HsmRole
{
    const char *id;
    QList<KeyOperation> operations;
    bool administrator;
};

// Managed HSM local built-in roles (CONTRACTS.md §4.7; only the Service Encryption User GUID is
// confirmed there, the others are [unverified]).
const QList<HsmRole> &hsmRoles()
{
    static const QList<HsmRole> roles = {
        {"33413926-3206-4cdd-b39a-83574fe37a17", {Op::Get, Op::List, Op::WrapKey, Op::UnwrapKey}, false},
        {"515eb02d-2335-4d2d-92f2-b1cbdf9c3778",
         {Op::Get, Op::List, Op::Create, Op::Update, Op::Delete, Op::Rotate},
         false},
        {"21dbd100-6940-42c2-9190-5d6cb909625b",
         {Op::Get, Op::List, Op::Create, Op::Update, Op::Delete, Op::Rotate, Op::Encrypt, Op::Decrypt, Op::WrapKey,
          Op::UnwrapKey, Op::Sign, Op::Verify},
         false},
        {"a290e904-7015-4bba-90c8-60543313cdb4", {}, true},
    };
    return roles;
}

const HsmRole *hsmRole(const QString &id)
{
    for (const HsmRole &role : hsmRoles()) {
        if (id.endsWith(QLatin1String(role.id), Qt::CaseInsensitive)) {
            return &role;
        }
    }
    return nullptr;
}

bool hsmScopeCovers(const QString &assignmentScope, const QString &keyName)
{
    QString scope = assignmentScope;
    while (scope.endsWith(QLatin1Char('/'))) {
        scope.chop(1);
    }
    if (scope.isEmpty() || scope.compare(QLatin1String("/keys"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    return !keyName.isEmpty() && scope.compare(QStringLiteral("/keys/") + keyName, Qt::CaseInsensitive) == 0;
}

} // namespace

QString KeyVaultAuthorizer::dataAction(KeyOperation operation)
{
    const QString prefix = QStringLiteral("Microsoft.KeyVault/vaults/keys/");
    switch (operation) {
    case Op::Get:
    case Op::List:
        return prefix + QStringLiteral("read");
    case Op::Create:
        return prefix + QStringLiteral("create/action");
    case Op::Update:
        return prefix + QStringLiteral("update/action");
    case Op::Delete:
        return prefix + QStringLiteral("delete");
    case Op::Rotate:
        return prefix + QStringLiteral("rotate/action");
    case Op::Encrypt:
        return prefix + QStringLiteral("encrypt/action");
    case Op::Decrypt:
        return prefix + QStringLiteral("decrypt/action");
    case Op::WrapKey:
        return prefix + QStringLiteral("wrap/action");
    case Op::UnwrapKey:
        return prefix + QStringLiteral("unwrap/action");
    case Op::Sign:
        return prefix + QStringLiteral("sign/action");
    case Op::Verify:
        return prefix + QStringLiteral("verify/action");
    }
    return prefix;
}

QString KeyVaultAuthorizer::permission(KeyOperation operation)
{
    switch (operation) {
    case Op::Get:
        return QStringLiteral("get");
    case Op::List:
        return QStringLiteral("list");
    case Op::Create:
        return QStringLiteral("create");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    case Op::Rotate:
        return QStringLiteral("rotate");
    case Op::Encrypt:
        return QStringLiteral("encrypt");
    case Op::Decrypt:
        return QStringLiteral("decrypt");
    case Op::WrapKey:
        return QStringLiteral("wrapKey");
    case Op::UnwrapKey:
        return QStringLiteral("unwrapKey");
    case Op::Sign:
        return QStringLiteral("sign");
    case Op::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

QString KeyVaultAuthorizer::scope(const Vault &vault, const QString &keyName)
{
    return keyName.isEmpty() ? vault.id() : vault.id() + QStringLiteral("/keys/") + keyName;
}

bool KeyVaultAuthorizer::canPerform(const QString &principalId, const Vault &vault, const QString &keyName,
                                    KeyOperation operation, const QString &applicationId) const
{
    if (vault.enableRbacAuthorization) {
        const QString target = scope(vault, keyName);
        const QString action = dataAction(operation);
        for (const RoleAssignment &assignment : m_world.roleAssignments()) {
            if (assignment.principalId.compare(principalId, Qt::CaseInsensitive) != 0 ||
                !Rbac::scopeCovers(assignment.scope, target) || !assignment.isInForce(m_now, m_propagationDelayMs)) {
                continue;
            }
            const BuiltInRole *role = BuiltInRoles::find(assignment.roleDefinitionId);
            if (role && Rbac::roleAllows(*role, action, true)) {
                return true;
            }
        }
        return false;
    }
    const QString wanted = permission(operation);
    for (const AccessPolicy &policy : vault.accessPolicies) {
        if (policy.objectId.compare(principalId, Qt::CaseInsensitive) != 0 ||
            policy.tenantId.compare(vault.tenantId, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (!policy.applicationId.isEmpty() && policy.applicationId.compare(applicationId, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (policy.keys.contains(wanted, Qt::CaseInsensitive) ||
            policy.keys.contains(QStringLiteral("all"), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool KeyVaultAuthorizer::canPerform(const QString &principalId, const ManagedHsm &hsm, const QString &keyName,
                                    KeyOperation operation) const
{
    for (const HsmRoleAssignment &assignment : m_world.keyVault().hsmRoleAssignments) {
        if (assignment.hsmName.compare(hsm.name, Qt::CaseInsensitive) != 0 ||
            assignment.principalId.compare(principalId, Qt::CaseInsensitive) != 0 ||
            !hsmScopeCovers(assignment.scope, keyName)) {
            continue;
        }
        const HsmRole *role = hsmRole(assignment.roleDefinitionId);
        if (role && role->operations.contains(operation)) {
            return true;
        }
    }
    return false;
}

bool KeyVaultAuthorizer::isHsmAdministrator(const QString &principalId, const ManagedHsm &hsm) const
{
    if (hsm.initialAdminObjectIds.contains(principalId, Qt::CaseInsensitive)) {
        return true;
    }
    for (const HsmRoleAssignment &assignment : m_world.keyVault().hsmRoleAssignments) {
        const HsmRole *role = hsmRole(assignment.roleDefinitionId);
        if (role && role->administrator && assignment.hsmName.compare(hsm.name, Qt::CaseInsensitive) == 0 &&
            assignment.principalId.compare(principalId, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

std::optional<Response> KeyVaultAuthorizer::require(const Caller &caller, const Vault &vault, const QString &keyName,
                                                    KeyOperation operation) const
{
    if (canPerform(caller.objectId, vault, keyName, operation, caller.clientId)) {
        return std::nullopt;
    }
    if (vault.enableRbacAuthorization) {
        return KeyVaultErrors::forbiddenByRbac(caller, dataAction(operation), scope(vault, keyName), vault.name,
                                               vault.location);
    }
    return KeyVaultErrors::forbiddenByPolicy(caller, permission(operation), vault.name, vault.location);
}

std::optional<Response> KeyVaultAuthorizer::require(const Caller &caller, const ManagedHsm &hsm, const QString &keyName,
                                                    KeyOperation operation) const
{
    if (canPerform(caller.objectId, hsm, keyName, operation)) {
        return std::nullopt;
    }
    // [unverified] Managed HSM's wording; the shape follows the vault's ForbiddenByRbac.
    return KeyVaultErrors::forbiddenByRbac(
        caller,
        QString(dataAction(operation)).replace(QStringLiteral("vaults/keys"), QStringLiteral("managedHsm/keys")),
        hsm.id() + (keyName.isEmpty() ? QString() : QStringLiteral("/keys/") + keyName), hsm.name, hsm.location);
}

} // namespace CrossKey::Sandbox
