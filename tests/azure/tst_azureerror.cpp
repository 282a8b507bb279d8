// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/azureerror.h"
#include "azure/result.h"

#include <QTest>

using CrossKey::Azure::AzureError;
using CrossKey::Azure::Result;

class tst_AzureError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceError_roundTripsThroughJson();
    void summary_namesStatusAndCode_data();
    void summary_namesStatusAndCode();
    void result_holdsValueOrError();
    void unknownKind_readsAsInternal();
    void innerCodeAndDetails_roundTripThroughJson();
};

void tst_AzureError::serviceError_roundTripsThroughJson()
{
    auto error = AzureError::service(403, QStringLiteral("AuthorizationFailed"), QStringLiteral("The client …"));
    error.setHint(QStringLiteral("Ask an owner for the role."))
        .addRequestId(QStringLiteral("X-MS-Request-Id"), QStringLiteral("abc"))
        .addRequestId(QStringLiteral("x-ms-correlation-request-id"), QString()); // empty ids are dropped

    const AzureError back = AzureError::fromJson(error.toJson());

    QCOMPARE(back, error);
    QCOMPARE(back.kind(), AzureError::Kind::Service);
    QCOMPARE(back.requestIds().size(), 1);
    QCOMPARE(back.requestIds().value(QStringLiteral("x-ms-request-id")), QStringLiteral("abc"));
}

void tst_AzureError::summary_namesStatusAndCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("status and code") << 404 << QStringLiteral("ResourceNotFound")
                                     << QStringLiteral("Gone (HTTP 404, ResourceNotFound)");
    QTest::newRow("status only") << 500 << QString() << QStringLiteral("Gone (HTTP 500)");
    QTest::newRow("code only") << 0 << QStringLiteral("AADSTS700016") << QStringLiteral("Gone (AADSTS700016)");
    QTest::newRow("neither") << 0 << QString() << QStringLiteral("Gone");
}

void tst_AzureError::summary_namesStatusAndCode()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(AzureError::service(status, code, QStringLiteral("Gone")).summary(), expected);
}

void tst_AzureError::result_holdsValueOrError()
{
    Result<int> good(7);
    Result<int> bad(AzureError::cancelled());
    QVERIFY(good.hasValue());
    QCOMPARE(good.value(), 7);
    QVERIFY(!bad.hasValue());
    QVERIFY(bad.error().isCancelled());

    Result<void> ok;
    Result<void> failed(AzureError::timeout(QStringLiteral("list")));
    QVERIFY(ok.hasValue());
    QVERIFY(!failed.hasValue());
    QCOMPARE(failed.error().kind(), AzureError::Kind::Timeout);
}

void tst_AzureError::unknownKind_readsAsInternal()
{
    QJsonObject json = AzureError::cancelled().toJson();
    json.insert(QStringLiteral("kind"), QStringLiteral("martian"));
    QCOMPARE(AzureError::fromJson(json).kind(), AzureError::Kind::Internal);
}

void tst_AzureError::innerCodeAndDetails_roundTripThroughJson()
{
    auto error = AzureError::service(403, QStringLiteral("Forbidden"), QStringLiteral("Caller is not authorized"));
    error.setInnerCode(QStringLiteral("ForbiddenByRbac"))
        .setDetails({QStringLiteral("A: one"), QStringLiteral("B: two")});
    const AzureError back = AzureError::fromJson(error.toJson());
    QCOMPARE(back, error);
    QCOMPARE(back.innerCode(), QStringLiteral("ForbiddenByRbac"));
    QCOMPARE(back.details().size(), 2);

    // Errors without them keep the JSON they had before these fields existed.
    QVERIFY(!AzureError::cancelled().toJson().contains(QStringLiteral("innerCode")));
    QVERIFY(!AzureError::cancelled().toJson().contains(QStringLiteral("details")));

    const AzureError keychain(AzureError::Kind::Keychain, QStringLiteral("locked"));
    QCOMPARE(AzureError::fromJson(keychain.toJson()).kind(), AzureError::Kind::Keychain);
}

QTEST_GUILESS_MAIN(tst_AzureError)
#include "tst_azureerror.moc"
