// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/keyvaultcall.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

struct ServiceContext;

// KeyVaultKeyOperations answers POST /keys/{name}/{version}/{wrapkey|unwrapkey|encrypt|decrypt|sign|
// verify} with KeyVaultCrypto's stand-in transform. A disabled key refuses the private-key
// operations (unwrapKey, decrypt, sign: 403 KeyDisabled) and still serves wrapKey, encrypt and verify
// (CONTRACTS.md §4.5); an expired or not yet valid key refuses the reverse set (wrapKey, encrypt,
// sign), as Key Vault's "exp/nbf except decrypt, unwrap and verify" rule says.
class KeyVaultKeyOperations final
{
public:
    explicit KeyVaultKeyOperations(ServiceContext &context)
        : m_context(context)
    {}

    // Whether `segment` names one of the operations (case-insensitive).
    static bool isOperation(const QString &segment);
    Response perform(const KeyVaultCall &call, const QString &keyName, const QString &version,
                     const QString &operation) const;

private:
    ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
