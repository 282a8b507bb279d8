// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/tokenstore.h"

#include <QHash>

#include <memory>

namespace CrossKey::Azure {

// MemoryTokenStore keeps accounts in this process only: for tests, and for a run where the OS keychain is
// unavailable (tokens are then forgotten when the program ends, never written to a file).
class MemoryTokenStore final : public TokenStore
{
public:
    MemoryTokenStore();

    TokenStoreJob *read(const QString &accountKey) override;
    TokenStoreJob *write(const QString &accountKey, const StoredAccount &account) override;
    TokenStoreJob *remove(const QString &accountKey) override;

    // How many accounts are stored; for tests.
    qsizetype size() const { return m_accounts->size(); }

private:
    // Shared with pending jobs, so a job outliving the store still finishes safely.
    std::shared_ptr<QHash<QString, StoredAccount>> m_accounts;
};

} // namespace CrossKey::Azure
