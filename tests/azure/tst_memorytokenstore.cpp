// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/memorytokenstore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using CrossKey::Azure::MemoryTokenStore;
using CrossKey::Azure::StoredAccount;
using CrossKey::Azure::TokenStoreJob;
using CrossKey::Azure::TokenStoreResult;

class tst_MemoryTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<TokenStoreResult>(); }
    void roundTrip_writeReadOverwriteRemove();
    void job_finishesAfterStartReturns();
    void cancel_finishesOnceAsCancelled();
    void jobOutlivingStore_stillFinishes();

private:
    static TokenStoreResult run(TokenStoreJob *job)
    {
        QSignalSpy finished(job, &TokenStoreJob::finished);
        job->start();
        if (!finished.wait(5000)) {
            return {};
        }
        return finished.first().first().value<TokenStoreResult>();
    }
};

void tst_MemoryTokenStore::roundTrip_writeReadOverwriteRemove()
{
    MemoryTokenStore store;
    const QString key = QStringLiteral("public/tenant/user");
    const StoredAccount first{QStringLiteral("rt-1"), QJsonObject{{QStringLiteral("tenantId"), QStringLiteral("t")}}};
    const StoredAccount second{QStringLiteral("rt-2"), first.account};

    QCOMPARE(run(store.write(key, first)).value(), std::optional(first));
    QCOMPARE(run(store.read(key)).value(), std::optional(first));
    QCOMPARE(run(store.write(key, second)).value(), std::optional(second));
    QCOMPARE(run(store.read(key)).value(), std::optional(second));
    QCOMPARE(store.size(), 1);
    QVERIFY(run(store.remove(key)).hasValue());
    QCOMPARE(run(store.read(key)).value(), std::optional<StoredAccount>());
    QVERIFY(run(store.remove(key)).hasValue()); // removing again is fine
    QCOMPARE(store.size(), 0);
}

void tst_MemoryTokenStore::job_finishesAfterStartReturns()
{
    MemoryTokenStore store;
    TokenStoreJob *job = store.read(QStringLiteral("missing"));
    QSignalSpy finished(job, &TokenStoreJob::finished);
    job->start();
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
}

void tst_MemoryTokenStore::cancel_finishesOnceAsCancelled()
{
    MemoryTokenStore store;
    TokenStoreJob *job = store.write(QStringLiteral("k"), StoredAccount{QStringLiteral("rt"), {}});
    QSignalSpy finished(job, &TokenStoreJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    job->start();
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<TokenStoreResult>().error().isCancelled());
    QTRY_COMPARE(destroyed.count(), 1);
    QCOMPARE(finished.count(), 1);
}

void tst_MemoryTokenStore::jobOutlivingStore_stillFinishes()
{
    auto store = std::make_unique<MemoryTokenStore>();
    TokenStoreJob *job = store->read(QStringLiteral("k"));
    QSignalSpy finished(job, &TokenStoreJob::finished);
    job->start();
    store.reset();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<TokenStoreResult>().hasValue());
}

QTEST_GUILESS_MAIN(tst_MemoryTokenStore)
#include "tst_memorytokenstore.moc"
