// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/keyvaultstate.h"

#include <QList>
#include <QUrl>

namespace CrossKey::Sandbox {

class World;

// KeyVaultLookup finds vaults, Managed HSMs and keys in the world: for the Key Vault services and
// for storage (customer-managed keys). Soft-deleted vaults and keys are not found unless asked.
class KeyVaultLookup final
{
public:
    // Names are global and case-insensitive.
    static const Vault *vault(const World &world, const QString &name, bool includeDeleted = false);
    static const ManagedHsm *managedHsm(const World &world, const QString &name);
    // A vault or key URI of this sandbox (KeyVaultUris); null when it names no live vault.
    static const Vault *vaultByUri(const World &world, const QUrl &base, const QString &uri);
    // The version of a key, or its latest (newest created) version when `version` is empty.
    static const KeyVersion *key(const World &world, const QString &vaultName, bool managedHsm, const QString &keyName,
                                 const QString &version = {});
    // A key URI (versioned or not) of this sandbox; null when the vault or key is unknown.
    static const KeyVersion *keyByUri(const World &world, const QUrl &base, const QString &keyUri);
    // All live versions of one key, oldest first.
    static QList<KeyVersion> versions(const World &world, const QString &vaultName, bool managedHsm,
                                      const QString &keyName);
    // The latest version of every live key of a vault, by name.
    static QList<KeyVersion> latestKeys(const World &world, const QString &vaultName, bool managedHsm);
    // True when a soft-deleted key of that name exists (its name cannot be reused).
    static bool isKeyDeleted(const World &world, const QString &vaultName, bool managedHsm, const QString &keyName);
};

} // namespace CrossKey::Sandbox
