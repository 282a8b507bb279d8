// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/keychaintokenstore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace CrossKey::Azure {

namespace {

enum class Operation
{
    Read,
    Write,
    Remove,
};

AzureError unavailable(const QString &reason)
{
    AzureError error(AzureError::Kind::Keychain,
                     KeychainTokenStore::tr("The system keychain cannot be used: %1").arg(reason),
                     KeychainTokenStore::tr("Sign-ins are kept in memory for this run only, so you will sign in again "
                                            "next time. To keep them, unlock or set up the system keyring (for "
                                            "example GNOME Keyring or KWallet)."));
    error.setCode(QStringLiteral("KeychainUnavailable"));
    return error;
}

class KeychainTokenStoreJob final : public TokenStoreJob
{
public:
    KeychainTokenStoreJob(Operation operation, QString service, QString key, StoredAccount account,
                          std::chrono::milliseconds timeout)
        : m_operation(operation)
        , m_service(std::move(service))
        , m_key(std::move(key))
        , m_account(std::move(account))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(timeout);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            detach();
            finish(unavailable(KeychainTokenStore::tr("it did not answer in time (it may be locked)")));
        });
    }

    ~KeychainTokenStoreJob() override { detach(); }

private:
    void doStart() override
    {
        QKeychain::Job *job = nullptr;
        switch (m_operation) {
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(m_service);
            break;
        case Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(m_service);
            write->setTextData(QString::fromUtf8(m_account.toSecret()));
            job = write;
            break;
        }
        case Operation::Remove:
            job = new QKeychain::DeletePasswordJob(m_service);
            break;
        }
        // No parent and auto-delete: a keychain call that hangs past our timeout must not be destroyed
        // under QtKeychain's feet; it deletes itself if it ever finishes.
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(m_key);
        m_job = job;
        connect(job, &QKeychain::Job::finished, this, &KeychainTokenStoreJob::readResult);
        m_timer.start();
        job->start();
    }

    void doCancel() override { detach(); }

    void detach()
    {
        m_timer.stop();
        if (m_job) {
            m_job->disconnect(this);
            m_job = nullptr;
        }
    }

    void readResult(QKeychain::Job *job)
    {
        const QKeychain::Error error = job->error();
        const QString errorString = job->errorString();
        QString text;
        if (m_operation == Operation::Read && error == QKeychain::NoError) {
            text = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        }
        detach();

        if (error == QKeychain::EntryNotFound && m_operation != Operation::Write) {
            finish(std::optional<StoredAccount>()); // nothing stored, or already removed
            return;
        }
        if (error != QKeychain::NoError) {
            finish(
                unavailable(errorString.isEmpty() ? KeychainTokenStore::tr("error %1").arg(int(error)) : errorString));
            return;
        }
        switch (m_operation) {
        case Operation::Read: {
            auto account = StoredAccount::fromSecret(text.toUtf8());
            if (!account) {
                finish(account.error());
                return;
            }
            finish(std::optional<StoredAccount>(std::move(account).value()));
            return;
        }
        case Operation::Write:
            finish(std::optional<StoredAccount>(m_account));
            return;
        case Operation::Remove:
            finish(std::optional<StoredAccount>());
            return;
        }
    }

    Operation m_operation;
    QString m_service;
    QString m_key;
    StoredAccount m_account;
    QTimer m_timer;
    QPointer<QKeychain::Job> m_job;
};

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{}

TokenStoreJob *KeychainTokenStore::read(const QString &accountKey)
{
    return new KeychainTokenStoreJob(Operation::Read, m_service, accountKey, {}, m_timeout);
}

TokenStoreJob *KeychainTokenStore::write(const QString &accountKey, const StoredAccount &account)
{
    return new KeychainTokenStoreJob(Operation::Write, m_service, accountKey, account, m_timeout);
}

TokenStoreJob *KeychainTokenStore::remove(const QString &accountKey)
{
    return new KeychainTokenStoreJob(Operation::Remove, m_service, accountKey, {}, m_timeout);
}

} // namespace CrossKey::Azure
