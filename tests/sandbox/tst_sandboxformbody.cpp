// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/formbody.h"

#include <QTest>

using CrossKey::Sandbox::FormBody;

class tst_SandboxFormBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void encode_roundTrips();
};

void tst_SandboxFormBody::parse_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("scope");
    QTest::newRow("plusIsSpace") << QByteArray("scope=openid+profile") << true << QStringLiteral("openid profile");
    QTest::newRow("percentSpace") << QByteArray("scope=openid%20profile") << true << QStringLiteral("openid profile");
    QTest::newRow("encodedPlus") << QByteArray("scope=a%2Bb") << true << QStringLiteral("a+b");
    QTest::newRow("utf8") << QByteArray("scope=%C3%A9") << true << QString(QChar(0xe9));
    QTest::newRow("firstWins") << QByteArray("scope=a&scope=b") << true << QStringLiteral("a");
    QTest::newRow("emptyPairs") << QByteArray("&&scope=a&") << true << QStringLiteral("a");
    QTest::newRow("noValue") << QByteArray("scope") << true << QString();
    QTest::newRow("badUtf8") << QByteArray("scope=%FF%FE") << false << QString();
    QTest::newRow("nul") << QByteArray("scope=a%00b") << false << QString();
    QTest::newRow("binary") << QByteArray("\x01\x02=\xff", 4) << false << QString();
}

void tst_SandboxFormBody::parse()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, valid);
    QFETCH(QString, scope);
    const FormBody body = FormBody::parse(encoded);
    QCOMPARE(body.isValid(), valid);
    if (valid) {
        QCOMPARE(body.value(QStringLiteral("scope")), scope);
    }
}

void tst_SandboxFormBody::encode_roundTrips()
{
    const QList<QPair<QString, QString>> items{{QStringLiteral("a b"), QStringLiteral("x+y&z=1 é")}};
    const FormBody body = FormBody::parse(FormBody::encode(items));
    QCOMPARE(body.items(), items);
}

QTEST_GUILESS_MAIN(tst_SandboxFormBody)
#include "tst_sandboxformbody.moc"
