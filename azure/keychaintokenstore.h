// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/tokenstore.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace CrossKey::Azure {

// KeychainTokenStore keeps accounts in the OS keychain through QtKeychain (libsecret/GNOME Keyring, KWallet,
// macOS Keychain, Windows Credential Manager), one secret per account key under the service "CrossKey".
// There is no plain-text fallback: when the keychain is missing, locked, refuses or does not answer in time
// (a locked keyring can wait for an unlock prompt forever, PLATFORM.md §4), jobs fail with kind Keychain.
class KeychainTokenStore final : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainTokenStore)

public:
    static constexpr QLatin1String kDefaultService{"CrossKey"};

    explicit KeychainTokenStore(QString service = kDefaultService,
                                std::chrono::milliseconds timeout = std::chrono::seconds(15));

    TokenStoreJob *read(const QString &accountKey) override;
    TokenStoreJob *write(const QString &accountKey, const StoredAccount &account) override;
    TokenStoreJob *remove(const QString &accountKey) override;

    QString service() const { return m_service; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace CrossKey::Azure
