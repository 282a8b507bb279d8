// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using CrossKey::Azure::RetryPolicy;
using std::chrono::milliseconds;

// When to retry and how long to wait (CONTRACTS.md §0 "Throttling").
class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isRetryableStatus_data();
    void isRetryableStatus();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void delayFor_backsOffWithJitterAndCap();
    void delayFor_prefersRetryAfterUpToTheCap();
};

void tst_RetryPolicy::isRetryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retry");
    for (int status : {429, 500, 502, 503, 504}) {
        QTest::addRow("%d", status) << status << true;
    }
    for (int status : {200, 400, 401, 403, 404, 409, 412, 501}) {
        QTest::addRow("%d", status) << status << false;
    }
}

void tst_RetryPolicy::isRetryableStatus()
{
    QFETCH(int, status);
    QFETCH(bool, retry);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retry);
}

void tst_RetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: none
    QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("http date") << QByteArray("Mon, 23 Nov 2026 12:00:30 GMT") << qint64(30000);
    QTest::newRow("date in the past") << QByteArray("Mon, 23 Nov 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
}

void tst_RetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
    const auto parsed = RetryPolicy::parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value() ? parsed->count() : -1, expectedMs);
}

void tst_RetryPolicy::delayFor_backsOffWithJitterAndCap()
{
    RetryPolicy policy;
    policy.baseDelay = milliseconds(1000);
    policy.maxDelay = milliseconds(5000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 50; ++i) {
        const auto first = policy.delayFor(1, {}, now).count();
        QVERIFY(first >= 800 && first <= 1000);
        const auto third = policy.delayFor(3, {}, now).count();
        QVERIFY(third >= 3200 && third <= 4000);
        QVERIFY(policy.delayFor(10, {}, now).count() <= 5000);
    }
}

void tst_RetryPolicy::delayFor_prefersRetryAfterUpToTheCap()
{
    RetryPolicy policy;
    policy.maxRetryAfter = milliseconds(60000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(policy.delayFor(1, "2", now).count(), 2000);
    QCOMPARE(policy.delayFor(4, "2", now).count(), 2000);
    QCOMPARE(policy.delayFor(1, "86400", now).count(), 60000);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
