// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/storedaccount.h"

#include <QTest>

using CrossKey::Azure::AzureError;
using CrossKey::Azure::StoredAccount;

class tst_StoredAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secret_roundTrips();
    void unreadableSecret_isKeychainErrorWithoutSecret_data();
    void unreadableSecret_isKeychainErrorWithoutSecret();
};

void tst_StoredAccount::secret_roundTrips()
{
    const StoredAccount account{QStringLiteral("0.AXoA-refresh"),
                                QJsonObject{{QStringLiteral("tenantId"), QStringLiteral("t")},
                                            {QStringLiteral("username"), QStringLiteral("admin@contoso.example")}}};
    const auto back = StoredAccount::fromSecret(account.toSecret());
    QVERIFY(back.hasValue());
    QCOMPARE(back.value(), account);
}

void tst_StoredAccount::unreadableSecret_isKeychainErrorWithoutSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("not json") << QByteArray("secret-refresh-token");
    QTest::newRow("other version") << QByteArray(R"({"version":2,"refreshToken":"secret","account":{}})");
    QTest::newRow("token is a number") << QByteArray(R"({"version":1,"refreshToken":7,"account":{}})");
    QTest::newRow("no account") << QByteArray(R"({"version":1,"refreshToken":"secret"})");
}

void tst_StoredAccount::unreadableSecret_isKeychainErrorWithoutSecret()
{
    QFETCH(QByteArray, secret);
    const auto result = StoredAccount::fromSecret(secret);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::Keychain);
    QVERIFY(!result.error().message().contains(QStringLiteral("secret")));
}

QTEST_GUILESS_MAIN(tst_StoredAccount)
#include "tst_storedaccount.moc"
