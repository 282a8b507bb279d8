// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/claimschallenge.h"

#include <QTest>

using CrossKey::Azure::ClaimsChallenge;

class tst_ClaimsChallenge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void withCapabilities_data();
    void withCapabilities();
};

void tst_ClaimsChallenge::decode_data()
{
    QTest::addColumn<QByteArray>("claims");
    QTest::addColumn<QByteArray>("expected"); // empty: an error
    const QByteArray arm = R"({"access_token":{"nbf":{"essential":true,"value":"1603742800"}}})";
    // CONTRACTS.md §1.8, as ARM sends it.
    QTest::newRow("padded base64") << QByteArray("eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiM"
                                                 "TYwMzc0MjgwMCJ9fX0=")
                                   << arm;
    QTest::newRow("unpadded base64") << QByteArray("eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjo"
                                                   "iMTYwMzc0MjgwMCJ9fX0")
                                     << arm;
    QTest::newRow("already JSON") << QByteArray(R"( {"id_token":{"acrs":{"essential":true}}} )")
                                  << QByteArray(R"({"id_token":{"acrs":{"essential":true}}})");
    QTest::newRow("not base64") << QByteArray("!!!") << QByteArray();
    QTest::newRow("base64 of a list") << QByteArray("WzFd") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_ClaimsChallenge::decode()
{
    QFETCH(QByteArray, claims);
    QFETCH(QByteArray, expected);
    const auto result = ClaimsChallenge::decode(claims);
    QCOMPARE(result.hasValue(), !expected.isEmpty());
    if (result) {
        QCOMPARE(result.value(), expected);
    }
}

void tst_ClaimsChallenge::withCapabilities_data()
{
    QTest::addColumn<QByteArray>("claims");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("nothing") << QByteArray() << QStringList() << QByteArray();
    QTest::newRow("cp1 only") << QByteArray() << QStringList{QStringLiteral("cp1")}
                              << QByteArray(R"({"access_token":{"xms_cc":{"values":["cp1"]}}})");
    QTest::newRow("challenge only") << QByteArray(R"({"access_token":{"nbf":{"essential":true}}})") << QStringList()
                                    << QByteArray(R"({"access_token":{"nbf":{"essential":true}}})");
    QTest::newRow("merged") << QByteArray(R"({"access_token":{"nbf":{"essential":true}}})")
                            << QStringList{QStringLiteral("cp1")}
                            << QByteArray(R"({"access_token":{"nbf":{"essential":true},"xms_cc":{"values":["cp1"]}}})");
}

void tst_ClaimsChallenge::withCapabilities()
{
    QFETCH(QByteArray, claims);
    QFETCH(QStringList, capabilities);
    QFETCH(QByteArray, expected);
    QCOMPARE(ClaimsChallenge::withCapabilities(claims, capabilities), expected);
}

QTEST_GUILESS_MAIN(tst_ClaimsChallenge)
#include "tst_claimschallenge.moc"
