// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/httplog.h"

#include <QTest>

using CrossKey::Azure::HttpLog;

// What the request log may show: never a token, code or assertion.
class tst_HttpLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactedUrl_data();
    void redactedUrl();
    void redactedHeader_keepsSchemeOnly();
};

void tst_HttpLog::redactedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("secret");
    QTest::newRow("code") << "http://127.0.0.1:5/?code=0.AAA-secret&state=s"
                          << "0.AAA-secret";
    QTest::newRow("client_assertion") << "https://login/t/oauth2/v2.0/token?client_assertion=eyJsecret"
                                      << "eyJsecret";
    QTest::newRow("access_token any case") << "https://x/?Access_Token=tok123"
                                           << "tok123";
    QTest::newRow("user info") << "https://user:pa55@host/path"
                               << "pa55";
}

void tst_HttpLog::redactedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, secret);
    const QString logged = HttpLog::redactedUrl(QUrl(url));
    QVERIFY2(!logged.contains(secret), qPrintable(logged));
}

void tst_HttpLog::redactedHeader_keepsSchemeOnly()
{
    QCOMPARE(HttpLog::redactedHeader("Authorization", "Bearer eyJ0eXAi.secret.sig"), QByteArray("Bearer REDACTED"));
    QCOMPARE(HttpLog::redactedHeader("cookie", "session=abc"), QByteArray("REDACTED"));
    QCOMPARE(HttpLog::redactedHeader("x-ms-request-id", "abc"), QByteArray("abc"));
    QCOMPARE(HttpLog::redactedUrl(QUrl(QStringLiteral("https://m/subscriptions?api-version=2022-12-01"))),
             QStringLiteral("https://m/subscriptions?api-version=2022-12-01"));
}

QTEST_GUILESS_MAIN(tst_HttpLog)
#include "tst_httplog.moc"
