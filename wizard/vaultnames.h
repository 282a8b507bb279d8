// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace CrossKey::Wizard {

// VaultNames holds Key Vault's naming rules (CONTRACTS.md §3.7, §4.1), so bad names and sizes are refused on the
// page before anything is sent. Each check returns InvalidInput with a message naming the rule.
class VaultNames final
{
    Q_DECLARE_TR_FUNCTIONS(VaultNames)

public:
    VaultNames() = delete;

    // 3–24 characters: letters, digits and '-'; starts with a letter, ends with a letter or digit, no "--".
    static Azure::Result<void> checkVaultName(const QString &name);
    // 1–127 characters: letters, digits and '-'.
    static Azure::Result<void> checkKeyName(const QString &name);
    // "2048", "3072" or "4096" (the RSA sizes Storage accepts, §4.1); returns the size.
    static Azure::Result<int> checkKeySize(const QString &size);
    // Empty: no expiry; else an ISO 8601 date-time (UTC), returned as such.
    static Azure::Result<std::optional<QDateTime>> checkKeyExpiry(const QString &text);
    // A key version as Key Vault writes it: 32 hexadecimal digits.
    static bool isKeyVersion(const QString &text);
};

} // namespace CrossKey::Wizard
