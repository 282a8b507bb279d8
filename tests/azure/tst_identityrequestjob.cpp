// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/identityrequestjob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using CrossKey::Azure::AzureError;
using CrossKey::Azure::IdentityRequestJob;
using CrossKey::Azure::JsonObjectResult;

// Answers of the real token endpoint (200, 400 with its body) are tested through the sign-in and session
// suites against the sandbox; these cases need no server.
class tst_IdentityRequestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JsonObjectResult>(); }
    void encodeForm_data();
    void encodeForm();
    void plainHttpToAnotherHost_isRefusedBeforeSending();
    void cancel_finishesOnceAsCancelled();

private:
    QNetworkAccessManager m_network;
};

void tst_IdentityRequestJob::encodeForm_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    // Qt 6.4 sends '+' in a refresh token unencoded, which the server reads as a space (PLATFORM.md §3).
    QTest::newRow("plus") << QStringLiteral("0.AX+y/z=") << QByteArray("k=0.AX%2By%2Fz%3D");
    QTest::newRow("space") << QStringLiteral("openid profile") << QByteArray("k=openid%20profile");
    QTest::newRow("json") << QStringLiteral(R"({"a":"&"})") << QByteArray("k=%7B%22a%22%3A%22%26%22%7D");
    QTest::newRow("unreserved") << QStringLiteral("aZ09-._~") << QByteArray("k=aZ09-._~");
}

void tst_IdentityRequestJob::encodeForm()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(IdentityRequestJob::encodeForm({{QStringLiteral("k"), value}}), encoded);
    QCOMPARE(IdentityRequestJob::encodeForm(
                 {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}}),
             QByteArray("a=1&b=2"));
}

void tst_IdentityRequestJob::plainHttpToAnotherHost_isRefusedBeforeSending()
{
    auto *job = new IdentityRequestJob(&m_network, QUrl(QStringLiteral("http://login.example.com/t/oauth2/v2.0/token")),
                                       {{QStringLiteral("refresh_token"), QStringLiteral("secret")}});
    QSignalSpy finished(job, &IdentityRequestJob::finished);
    job->start();
    QCOMPARE(finished.count(), 0); // always after start() returned
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<JsonObjectResult>().error().kind(), AzureError::Kind::InvalidInput);
}

void tst_IdentityRequestJob::cancel_finishesOnceAsCancelled()
{
    auto *job = new IdentityRequestJob(&m_network, QUrl(QStringLiteral("http://127.0.0.1:1/t/oauth2/v2.0/token")), {});
    QSignalSpy finished(job, &IdentityRequestJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    job->start();
    job->cancel();
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<JsonObjectResult>().error().isCancelled());
    QTRY_COMPARE(destroyed.count(), 1);
}

QTEST_GUILESS_MAIN(tst_IdentityRequestJob)
#include "tst_identityrequestjob.moc"
