// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/loopbackredirect.h"

#include <QTest>

using CrossKey::Azure::LoopbackRedirect;

class tst_LoopbackRedirect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uri_isHttpLoopbackWithPort();
    void validate_acceptsOnlyLoopbackHttp_data();
    void validate_acceptsOnlyLoopbackHttp();
    void registered_matchesIgnoringPort_data();
    void registered_matchesIgnoringPort();
    void listenerRequest_mustHitRedirectPath();
};

void tst_LoopbackRedirect::uri_isHttpLoopbackWithPort()
{
    QCOMPARE(LoopbackRedirect::uri(50123), QUrl(QStringLiteral("http://localhost:50123/")));
    QCOMPARE(LoopbackRedirect::uri(50123, LoopbackRedirect::Host::Ipv4, QStringLiteral("callback")),
             QUrl(QStringLiteral("http://127.0.0.1:50123/callback")));
    QVERIFY(LoopbackRedirect::validate(LoopbackRedirect::uri(1)).hasValue());
}

void tst_LoopbackRedirect::validate_acceptsOnlyLoopbackHttp_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("valid");
    QTest::newRow("localhost") << "http://localhost:8400/" << true;
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:8400" << true;
    QTest::newRow("upper-case host") << "http://LOCALHOST:8400/" << true;
    QTest::newRow("ipv6 loopback") << "http://[::1]:8400/" << false;
    QTest::newRow("https") << "https://localhost:8400/" << false;
    QTest::newRow("remote http") << "http://example.com:8400/" << false;
    QTest::newRow("other loopback address") << "http://127.0.0.2:8400/" << false;
    QTest::newRow("no port") << "http://localhost/" << false;
    QTest::newRow("user info") << "http://user@localhost:8400/" << false;
    QTest::newRow("fragment") << "http://localhost:8400/#x" << false;
    QTest::newRow("custom scheme") << "ms-appx-web://microsoft.aad.brokerplugin/x" << false;
}

void tst_LoopbackRedirect::validate_acceptsOnlyLoopbackHttp()
{
    QFETCH(QString, uri);
    QFETCH(bool, valid);
    const auto result = LoopbackRedirect::validate(QUrl(uri));
    QCOMPARE(result.hasValue(), valid);
    if (!valid) {
        QVERIFY(!result.error().message().isEmpty());
    }
}

void tst_LoopbackRedirect::registered_matchesIgnoringPort_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<bool>("matches");
    QTest::newRow("port ignored") << "http://localhost"
                                  << "http://localhost:51234/" << true;
    QTest::newRow("same path") << "http://localhost/cb"
                               << "http://localhost:51234/cb" << true;
    QTest::newRow("other path") << "http://localhost/cb"
                                << "http://localhost:51234/" << false;
    QTest::newRow("other host") << "http://localhost"
                                << "http://127.0.0.1:51234/" << false;
}

void tst_LoopbackRedirect::registered_matchesIgnoringPort()
{
    QFETCH(QString, registered);
    QFETCH(QString, sent);
    QFETCH(bool, matches);
    QCOMPARE(LoopbackRedirect::matchesRegistered(QUrl(registered), QUrl(sent)), matches);
}

void tst_LoopbackRedirect::listenerRequest_mustHitRedirectPath()
{
    const QUrl redirect(QStringLiteral("http://localhost:51234/"));
    QVERIFY(LoopbackRedirect::isRedirectRequest(redirect, QUrl(QStringLiteral("/?code=abc&state=xyz"))));
    QVERIFY(!LoopbackRedirect::isRedirectRequest(redirect, QUrl(QStringLiteral("/favicon.ico"))));
}

QTEST_GUILESS_MAIN(tst_LoopbackRedirect)
#include "tst_loopbackredirect.moc"
