// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/caller.h"
#include "sandbox/keyvaultstate.h"
#include "sandbox/response.h"

#include <optional>

namespace CrossKey::Sandbox {

class World;

// The key operations Key Vault authorizes one by one.
enum class KeyOperation
{
    Get,
    List,
    Create,
    Update,
    Delete,
    Rotate,
    Encrypt,
    Decrypt,
    WrapKey,
    UnwrapKey,
    Sign,
    Verify,
};

// KeyVaultAuthorizer decides whether a principal may perform a key operation, following the
// vault's active model (CONTRACTS.md §3.7, §4.5): Azure RBAC data actions at the vault or key scope
// when enableRbacAuthorization is on, else the vault's access policies; Managed HSMs use their
// local role assignments (§4.7). Usable for any principal, e.g. storage's service principal.
class KeyVaultAuthorizer final
{
public:
    // `now` and `propagationDelayMs` decide which role assignments are in force yet (ServerOptions).
    KeyVaultAuthorizer(const World &world, QDateTime now, int propagationDelayMs)
        : m_world(world)
        , m_now(std::move(now))
        , m_propagationDelayMs(propagationDelayMs)
    {}

    // Microsoft.KeyVault/vaults/keys/wrap/action etc.
    static QString dataAction(KeyOperation operation);
    // The access-policy permission name: get, list, create, update, delete, rotate, wrapKey, ...
    static QString permission(KeyOperation operation);
    // The RBAC scope of a key ({vault id}/keys/{name}); the vault id when keyName is empty.
    static QString scope(const Vault &vault, const QString &keyName);

    // applicationId: the client id for compound-identity access policies (may be empty).
    bool canPerform(const QString &principalId, const Vault &vault, const QString &keyName, KeyOperation operation,
                    const QString &applicationId = {}) const;
    bool canPerform(const QString &principalId, const ManagedHsm &hsm, const QString &keyName,
                    KeyOperation operation) const;
    // Whether the principal may manage the HSM's local role assignments.
    bool isHsmAdministrator(const QString &principalId, const ManagedHsm &hsm) const;

    // 403 ForbiddenByRbac / ForbiddenByPolicy unless the caller may perform the operation.
    std::optional<Response> require(const Caller &caller, const Vault &vault, const QString &keyName,
                                    KeyOperation operation) const;
    std::optional<Response> require(const Caller &caller, const ManagedHsm &hsm, const QString &keyName,
                                    KeyOperation operation) const;

private:
    const World &m_world;
    QDateTime m_now;
    int m_propagationDelayMs = 0;
};

} // namespace CrossKey::Sandbox
