// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/keyvaultstate.h"

#include <QJsonObject>

namespace CrossKey::Sandbox {

// KeyVaultStateCodec writes Key Vault's part of the world to JSON and reads it back (WorldCodec
// calls it for the "keyVault" member; an absent member reads as the empty state). Key material is
// written only with secrets (the state file), never for GET /sandbox/world.
class KeyVaultStateCodec final
{
public:
    static QJsonObject toJson(const KeyVaultState &state, bool withSecrets);
    static KeyVaultState fromJson(const QJsonObject &json);
};

} // namespace CrossKey::Sandbox
