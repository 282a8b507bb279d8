// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/redirecturi.h"

#include <QTest>

using CrossKey::Sandbox::RedirectUri;

class tst_SandboxRedirectUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void withParameters_appendsEncoded();
};

void tst_SandboxRedirectUri::matches_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("expected");
    QTest::newRow("localhostAnyPort") << QStringLiteral("http://localhost:51234") << true;
    QTest::newRow("localhostSlash") << QStringLiteral("http://localhost:51234/") << true;
    QTest::newRow("loopbackIpAnyPort") << QStringLiteral("http://127.0.0.1:8400/") << true;
    QTest::newRow("otherPath") << QStringLiteral("http://localhost:51234/callback") << false;
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:51234/") << false;
    QTest::newRow("httpRemote") << QStringLiteral("http://example.com/") << false;
    QTest::newRow("httpsUnregistered") << QStringLiteral("https://example.com/") << false;
    QTest::newRow("exactHttps") << QStringLiteral("https://contoso.example/consent") << true;
    QTest::newRow("garbage") << QStringLiteral("::not a url::") << false;
    QTest::newRow("fragment") << QStringLiteral("http://localhost:1/#x") << false;
}

void tst_SandboxRedirectUri::matches()
{
    QFETCH(QString, requested);
    QFETCH(bool, expected);
    const QStringList registered{QStringLiteral("http://localhost"), QStringLiteral("http://127.0.0.1"),
                                 QStringLiteral("https://contoso.example/consent")};
    QCOMPARE(RedirectUri::matches(requested, registered), expected);
}

void tst_SandboxRedirectUri::withParameters_appendsEncoded()
{
    const QUrl url = RedirectUri::withParameters(QUrl(QStringLiteral("http://localhost:1/?a=1")),
                                                 {{QStringLiteral("state"), QStringLiteral("x y+z&")}});
    QCOMPARE(url.toString(QUrl::FullyEncoded), QStringLiteral("http://localhost:1/?a=1&state=x%20y%2Bz%26"));
}

QTEST_GUILESS_MAIN(tst_SandboxRedirectUri)
#include "tst_sandboxredirecturi.moc"
