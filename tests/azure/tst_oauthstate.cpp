// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/oauthstate.h"

#include <QSet>
#include <QTest>

using CrossKey::Azure::OAuthState;

class tst_OAuthState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generated_isUrlSafeAndUnique();
    void matches_onlyTheSameState_data();
    void matches_onlyTheSameState();
};

void tst_OAuthState::generated_isUrlSafeAndUnique()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        const QByteArray state = OAuthState::generate();
        QCOMPARE(state.size(), 43);
        for (const char c : state) {
            QVERIFY(QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").contains(c));
        }
        seen.insert(state);
    }
    QCOMPARE(seen.size(), 100);
}

void tst_OAuthState::matches_onlyTheSameState_data()
{
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::newRow("different") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("ab") << false;
    QTest::newRow("missing") << QByteArray("abc") << QByteArray() << false;
    QTest::newRow("nothing expected") << QByteArray() << QByteArray() << false;
}

void tst_OAuthState::matches_onlyTheSameState()
{
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, received);
    QFETCH(bool, matches);
    QCOMPARE(OAuthState::matches(expected, received), matches);
}

QTEST_GUILESS_MAIN(tst_OAuthState)
#include "tst_oauthstate.moc"
