// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/bearerchallenge.h"

#include <QTest>

using CrossKey::Azure::BearerChallenge;

// WWW-Authenticate challenges as Graph, ARM and Key Vault send them (CONTRACTS.md §1.8).
class tst_BearerChallenge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void notBearer_isEmpty();
};

void tst_BearerChallenge::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const QByteArray graph =
        R"(Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="eyJhIjoxfQ==")";
    QTest::newRow("graph claims") << graph << "claims"
                                  << "eyJhIjoxfQ==";
    QTest::newRow("graph empty realm") << graph << "realm"
                                       << "";
    const QByteArray arm =
        R"(Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="User session has been revoked", claims="e30=")";
    QTest::newRow("arm description with spaces") << arm << "error_description"
                                                 << "User session has been revoked";
    const QByteArray vault =
        R"(Bearer authorization="https://login.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47", resource="https://vault.azure.net")";
    QTest::newRow("kv authorization") << vault << "authorization"
                                      << "https://login.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47";
    QTest::newRow("kv resource") << vault << "resource"
                                 << "https://vault.azure.net";
    QTest::newRow("kv scope, any case of key")
        << QByteArray(R"(bearer Authorization="https://a/t", SCOPE="https://vault.azure.net/.default")") << "scope"
        << "https://vault.azure.net/.default";
    QTest::newRow("unquoted") << QByteArray("Bearer error=invalid_token, realm=x") << "realm"
                              << "x";
    QTest::newRow("escaped quote") << QByteArray(R"(Bearer error_description="say \"hi\"")") << "error_description"
                                   << R"(say "hi")";
}

void tst_BearerChallenge::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const BearerChallenge challenge = BearerChallenge::parse(header);
    QVERIFY(challenge.isBearer());
    QVERIFY(challenge.has(key));
    QCOMPARE(challenge.value(key), value);
}

void tst_BearerChallenge::notBearer_isEmpty()
{
    const BearerChallenge challenge = BearerChallenge::parse(R"(Basic realm="x")");
    QVERIFY(!challenge.isBearer());
    QVERIFY(!challenge.has(QStringLiteral("realm")));
    QVERIFY(!BearerChallenge::parse({}).isBearer());
}

QTEST_GUILESS_MAIN(tst_BearerChallenge)
#include "tst_bearerchallenge.moc"
