// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/pkce.h"

#include <QSet>
#include <QTest>

using CrossKey::Azure::Pkce;

class tst_Pkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB_givesKnownChallenge();
    void generatedVerifier_isValid_data();
    void generatedVerifier_isValid();
    void generatedVerifiers_differ();
    void verifier_rejectsOutsideRules_data();
    void verifier_rejectsOutsideRules();
};

void tst_Pkce::rfc7636AppendixB_givesKnownChallenge()
{
    const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::challengeS256(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(Pkce::kMethod, QLatin1String("S256"));
}

void tst_Pkce::generatedVerifier_isValid_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("length");
    QTest::newRow("default") << -1 << 64;
    QTest::newRow("minimum") << 43 << 43;
    QTest::newRow("maximum") << 128 << 128;
    QTest::newRow("too short is clamped") << 10 << 43;
    QTest::newRow("too long is clamped") << 500 << 128;
}

void tst_Pkce::generatedVerifier_isValid()
{
    QFETCH(int, asked);
    QFETCH(int, length);
    const QByteArray verifier = asked < 0 ? Pkce::generateVerifier() : Pkce::generateVerifier(asked);
    QCOMPARE(verifier.size(), length);
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::challengeS256(verifier).size(), 43);
}

void tst_Pkce::generatedVerifiers_differ()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        seen.insert(Pkce::generateVerifier());
    }
    QCOMPARE(seen.size(), 100);
}

void tst_Pkce::verifier_rejectsOutsideRules_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::newRow("42 characters") << QByteArray(42, 'a');
    QTest::newRow("129 characters") << QByteArray(129, 'a');
    QTest::newRow("plus sign") << QByteArray(42, 'a') + '+';
    QTest::newRow("slash") << QByteArray(42, 'a') + '/';
    QTest::newRow("space") << QByteArray(42, 'a') + ' ';
    QTest::newRow("nul") << QByteArray(42, 'a') + '\0';
}

void tst_Pkce::verifier_rejectsOutsideRules()
{
    QFETCH(QByteArray, verifier);
    QVERIFY(!Pkce::isValidVerifier(verifier));
}

QTEST_GUILESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
