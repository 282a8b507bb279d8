// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/memorytokenstore.h"

#include <QTimer>

#include <functional>

namespace CrossKey::Azure {

namespace {

// Does its work on the next turn of the event loop, so it is as asynchronous as a keychain job.
class MemoryTokenStoreJob final : public TokenStoreJob
{
public:
    explicit MemoryTokenStoreJob(std::function<TokenStoreResult()> work)
        : m_work(std::move(work))
    {}

private:
    void doStart() override
    {
        QTimer::singleShot(0, this, [this] { finish(m_work()); });
    }

    std::function<TokenStoreResult()> m_work;
};

} // namespace

MemoryTokenStore::MemoryTokenStore()
    : m_accounts(std::make_shared<QHash<QString, StoredAccount>>())
{}

TokenStoreJob *MemoryTokenStore::read(const QString &accountKey)
{
    return new MemoryTokenStoreJob([accounts = m_accounts, accountKey]() -> TokenStoreResult {
        const auto it = accounts->constFind(accountKey);
        if (it == accounts->cend()) {
            return std::optional<StoredAccount>();
        }
        return std::optional<StoredAccount>(*it);
    });
}

TokenStoreJob *MemoryTokenStore::write(const QString &accountKey, const StoredAccount &account)
{
    return new MemoryTokenStoreJob([accounts = m_accounts, accountKey, account]() -> TokenStoreResult {
        accounts->insert(accountKey, account);
        return std::optional<StoredAccount>(account);
    });
}

TokenStoreJob *MemoryTokenStore::remove(const QString &accountKey)
{
    return new MemoryTokenStoreJob([accounts = m_accounts, accountKey]() -> TokenStoreResult {
        accounts->remove(accountKey);
        return std::optional<StoredAccount>();
    });
}

} // namespace CrossKey::Azure
