// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaultlookup.h"

#include "sandbox/keyvaulturis.h"
#include "sandbox/world.h"

#include <algorithm>

namespace CrossKey::Sandbox {

namespace {

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool inContainer(const KeyVersion &key, const QString &vaultName, bool managedHsm)
{
    return key.managedHsm == managedHsm && same(key.vaultName, vaultName);
}

} // namespace

const Vault *KeyVaultLookup::vault(const World &world, const QString &name, bool includeDeleted)
{
    for (const Vault &vault : world.keyVault().vaults) {
        if (same(vault.name, name) && (includeDeleted || !vault.isDeleted())) {
            return &vault;
        }
    }
    return nullptr;
}

const ManagedHsm *KeyVaultLookup::managedHsm(const World &world, const QString &name)
{
    for (const ManagedHsm &hsm : world.keyVault().managedHsms) {
        if (same(hsm.name, name)) {
            return &hsm;
        }
    }
    return nullptr;
}

const Vault *KeyVaultLookup::vaultByUri(const World &world, const QUrl &base, const QString &uri)
{
    const KeyVaultUri parsed = KeyVaultUris::parse(base, uri);
    if (!parsed.valid || parsed.managedHsm) {
        return nullptr;
    }
    return vault(world, parsed.vaultName);
}

const KeyVersion *KeyVaultLookup::key(const World &world, const QString &vaultName, bool managedHsm,
                                      const QString &keyName, const QString &version)
{
    const KeyVersion *latest = nullptr;
    for (const KeyVersion &key : world.keyVault().keys) {
        if (!inContainer(key, vaultName, managedHsm) || !same(key.keyName, keyName) || key.deletedAt.isValid()) {
            continue;
        }
        if (!version.isEmpty()) {
            if (same(key.version, version)) {
                return &key;
            }
            continue;
        }
        if (!latest || key.created >= latest->created) {
            latest = &key;
        }
    }
    return latest;
}

const KeyVersion *KeyVaultLookup::keyByUri(const World &world, const QUrl &base, const QString &keyUri)
{
    const KeyVaultUri parsed = KeyVaultUris::parse(base, keyUri);
    if (!parsed.valid || parsed.keyName.isEmpty()) {
        return nullptr;
    }
    if (parsed.managedHsm ? !managedHsm(world, parsed.vaultName) : !vault(world, parsed.vaultName)) {
        return nullptr;
    }
    return key(world, parsed.vaultName, parsed.managedHsm, parsed.keyName, parsed.version);
}

QList<KeyVersion> KeyVaultLookup::versions(const World &world, const QString &vaultName, bool managedHsm,
                                           const QString &keyName)
{
    QList<KeyVersion> out;
    for (const KeyVersion &key : world.keyVault().keys) {
        if (inContainer(key, vaultName, managedHsm) && same(key.keyName, keyName) && !key.deletedAt.isValid()) {
            out.append(key);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const KeyVersion &a, const KeyVersion &b) { return a.created < b.created; });
    return out;
}

QList<KeyVersion> KeyVaultLookup::latestKeys(const World &world, const QString &vaultName, bool managedHsm)
{
    QList<KeyVersion> out;
    for (const KeyVersion &key : world.keyVault().keys) {
        if (!inContainer(key, vaultName, managedHsm) || key.deletedAt.isValid()) {
            continue;
        }
        auto found = std::find_if(out.begin(), out.end(),
                                  [&](const KeyVersion &other) { return same(other.keyName, key.keyName); });
        if (found == out.end()) {
            out.append(key);
        } else if (key.created >= found->created) {
            *found = key;
        }
    }
    return out;
}

bool KeyVaultLookup::isKeyDeleted(const World &world, const QString &vaultName, bool managedHsm, const QString &keyName)
{
    return std::any_of(world.keyVault().keys.cbegin(), world.keyVault().keys.cend(), [&](const KeyVersion &key) {
        return inContainer(key, vaultName, managedHsm) && same(key.keyName, keyName) && key.deletedAt.isValid();
    });
}

} // namespace CrossKey::Sandbox
