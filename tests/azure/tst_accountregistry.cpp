// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accountregistry.h"
#include "azure/accountsession.h"
#include "azure/memorytokenstore.h"
#include "azure/systemclock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace CrossKey::Azure;

class tst_AccountRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void twoTenants_areKeptSideBySide();
    void sameTenantOtherCloud_isAnotherAccount();
    void signInAgainAsAnotherUser_replacesAndRemovesTheOldEntry();
    void signInAgainAsSameUser_keepsTheEntry();
    void signOut_removesTheEntryAndTheSession();

private:
    AccountSession *session(const QString &cloud, const QString &tenant, const QString &user);
    void store(AccountSession *session);

    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<MemoryTokenStore> m_store;
};

void tst_AccountRegistry::init()
{
    m_store = std::make_unique<MemoryTokenStore>();
}

AccountSession *tst_AccountRegistry::session(const QString &cloud, const QString &tenant, const QString &user)
{
    const Account account{cloud, tenant, user, user + QStringLiteral("@example.com"), QStringLiteral("client")};
    return new AccountSession(&m_network, m_store.get(), m_clock, Cloud::azurePublic(), account,
                              QStringLiteral("refresh-") + user);
}

void tst_AccountRegistry::store(AccountSession *session)
{
    TokenStoreJob *job = m_store->write(session->account().key(), StoredAccount{QStringLiteral("rt"), {}});
    QSignalSpy finished(job, &TokenStoreJob::finished);
    job->start();
    QVERIFY(finished.wait(5000));
}

void tst_AccountRegistry::twoTenants_areKeptSideBySide()
{
    AccountRegistry registry;
    QSignalSpy changed(&registry, &AccountRegistry::accountsChanged);
    AccountSession *isv = session(QStringLiteral("public"), QStringLiteral("tenant-1"), QStringLiteral("a"));
    AccountSession *customer = session(QStringLiteral("public"), QStringLiteral("tenant-2"), QStringLiteral("b"));
    registry.add(isv);
    registry.add(customer);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(registry.sessions().size(), 2);
    QCOMPARE(registry.find(QStringLiteral("public"), QStringLiteral("TENANT-1")), isv);
    QCOMPARE(registry.find(QStringLiteral("public"), QStringLiteral("tenant-2")), customer);
    QCOMPARE(registry.find(QStringLiteral("usgov"), QStringLiteral("tenant-2")), nullptr);
    QCOMPARE(isv->parent(), &registry);
}

void tst_AccountRegistry::sameTenantOtherCloud_isAnotherAccount()
{
    AccountRegistry registry;
    registry.add(session(QStringLiteral("public"), QStringLiteral("tenant-1"), QStringLiteral("a")));
    registry.add(session(QStringLiteral("china"), QStringLiteral("tenant-1"), QStringLiteral("a")));
    QCOMPARE(registry.sessions().size(), 2);
}

void tst_AccountRegistry::signInAgainAsAnotherUser_replacesAndRemovesTheOldEntry()
{
    AccountRegistry registry;
    AccountSession *first = session(QStringLiteral("public"), QStringLiteral("tenant-1"), QStringLiteral("a"));
    AccountSession *second = session(QStringLiteral("public"), QStringLiteral("tenant-1"), QStringLiteral("b"));
    store(first);
    store(second);
    QSignalSpy destroyed(first, &QObject::destroyed);
    registry.add(first);
    registry.add(second);
    QCOMPARE(registry.sessions(), QList<AccountSession *>{second});
    QTRY_COMPARE(destroyed.count(), 1);
    QCOMPARE(m_store->size(), 1);
}

void tst_AccountRegistry::signInAgainAsSameUser_keepsTheEntry()
{
    AccountRegistry registry;
    AccountSession *first = session(QStringLiteral("public"), QStringLiteral("tenant-1"), QStringLiteral("a"));
    AccountSession *again = session(QStringLiteral("public"), QStringLiteral("tenant-1"), QStringLiteral("a"));
    store(again);
    QSignalSpy destroyed(first, &QObject::destroyed);
    registry.add(first);
    registry.add(again);
    QTRY_COMPARE(destroyed.count(), 1);
    QCOMPARE(registry.sessions(), QList<AccountSession *>{again});
    QCOMPARE(m_store->size(), 1);
}

void tst_AccountRegistry::signOut_removesTheEntryAndTheSession()
{
    AccountRegistry registry;
    AccountSession *isv = session(QStringLiteral("public"), QStringLiteral("tenant-1"), QStringLiteral("a"));
    AccountSession *customer = session(QStringLiteral("public"), QStringLiteral("tenant-2"), QStringLiteral("b"));
    store(isv);
    store(customer);
    registry.add(isv);
    registry.add(customer);
    QSignalSpy destroyed(isv, &QObject::destroyed);
    registry.signOut(QStringLiteral("public"), QStringLiteral("tenant-1"));
    QCOMPARE(registry.find(QStringLiteral("public"), QStringLiteral("tenant-1")), nullptr);
    QTRY_COMPARE(destroyed.count(), 1);
    QCOMPARE(m_store->size(), 1);
    QVERIFY(customer->isSignedIn());
}

QTEST_GUILESS_MAIN(tst_AccountRegistry)
#include "tst_accountregistry.moc"
