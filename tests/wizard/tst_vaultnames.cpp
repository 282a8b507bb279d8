// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/keyvaultroles.h"
#include "wizard/vaultnames.h"

#include <QTest>

using namespace CrossKey;
using Wizard::KeyVaultRoles;
using Wizard::VaultNames;

// Key Vault's name rules (CONTRACTS.md §3.7, §4.1) and the role-assignment reading rules of the customer steps.
class tst_VaultNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vaultName_data();
    void vaultName();
    void keyName_data();
    void keyName();
    void keySize_acceptsOnlyStorageSizes();
    void keyExpiry_emptyOrIso();
    void scopeCovers_comparesArmIdsBySegment();
    void assignmentName_isDeterministicPerScopeRoleAndPrincipal();
    void find_matchesPrincipalRoleAndScope();
};

void tst_VaultNames::vaultName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("typical") << "kv-fabrikam-cmk" << true;
    QTest::newRow("three") << "kv1" << true;
    QTest::newRow("twenty-four") << "a23456789012345678901234" << true;
    QTest::newRow("two") << "kv" << false;
    QTest::newRow("twenty-five") << "a234567890123456789012345" << false;
    QTest::newRow("starts with digit") << "1kv" << false;
    QTest::newRow("ends with hyphen") << "kv-" << false;
    QTest::newRow("double hyphen") << "kv--cmk" << false;
    QTest::newRow("underscore") << "kv_cmk" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_VaultNames::vaultName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto result = VaultNames::checkVaultName(name);
    QCOMPARE(result.hasValue(), valid);
    if (!valid) {
        QCOMPARE(result.error().kind(), Azure::AzureError::Kind::InvalidInput);
    }
}

void tst_VaultNames::keyName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("typical") << "cmk" << true;
    QTest::newRow("one") << "k" << true;
    QTest::newRow("hyphens") << "-cmk-2-" << true;
    QTest::newRow("127") << QString(127, QLatin1Char('k')) << true;
    QTest::newRow("128") << QString(128, QLatin1Char('k')) << false;
    QTest::newRow("slash") << "cmk/1" << false;
    QTest::newRow("dot") << "cmk.1" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_VaultNames::keyName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(VaultNames::checkKeyName(name).hasValue(), valid);
}

void tst_VaultNames::keySize_acceptsOnlyStorageSizes()
{
    QCOMPARE(VaultNames::checkKeySize(QStringLiteral("2048")).value(), 2048);
    QCOMPARE(VaultNames::checkKeySize(QStringLiteral("3072")).value(), 3072);
    QCOMPARE(VaultNames::checkKeySize(QStringLiteral("4096")).value(), 4096);
    QVERIFY(!VaultNames::checkKeySize(QStringLiteral("1024")).hasValue());
    QVERIFY(!VaultNames::checkKeySize(QString()).hasValue());
}

void tst_VaultNames::keyExpiry_emptyOrIso()
{
    QVERIFY(!VaultNames::checkKeyExpiry(QString()).value().has_value());
    const auto when = VaultNames::checkKeyExpiry(QStringLiteral("2027-12-31T00:00:00Z"));
    QVERIFY(when.hasValue());
    QCOMPARE(when.value()->toSecsSinceEpoch(), QDateTime(QDate(2027, 12, 31), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QVERIFY(!VaultNames::checkKeyExpiry(QStringLiteral("next year")).hasValue());
}

void tst_VaultNames::scopeCovers_comparesArmIdsBySegment()
{
    const QString vault = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv");
    const QString key = KeyVaultRoles::keyScope(vault, QStringLiteral("cmk"));
    QCOMPARE(key, vault + QStringLiteral("/keys/cmk"));
    QVERIFY(KeyVaultRoles::scopeCovers(vault, key));
    QVERIFY(KeyVaultRoles::scopeCovers(key, key));
    QVERIFY(KeyVaultRoles::scopeCovers(QStringLiteral("/subscriptions/S/"), key));
    QVERIFY(KeyVaultRoles::scopeCovers(QStringLiteral("/"), key));
    QVERIFY(!KeyVaultRoles::scopeCovers(key, vault));
    QVERIFY(!KeyVaultRoles::scopeCovers(vault + QStringLiteral("/keys/cm"), key));
    QVERIFY(!KeyVaultRoles::scopeCovers(vault, vault + QStringLiteral("2")));
    QCOMPARE(KeyVaultRoles::subscriptionOf(vault), QStringLiteral("s"));
}

void tst_VaultNames::assignmentName_isDeterministicPerScopeRoleAndPrincipal()
{
    const QString a =
        KeyVaultRoles::assignmentName(QStringLiteral("/x"), KeyVaultRoles::kCryptoOfficer, QStringLiteral("p"));
    QCOMPARE(a,
             KeyVaultRoles::assignmentName(QStringLiteral("/X/"), KeyVaultRoles::kCryptoOfficer, QStringLiteral("P")));
    QVERIFY(a != KeyVaultRoles::assignmentName(QStringLiteral("/x"), KeyVaultRoles::kCryptoUser, QStringLiteral("p")));
    QVERIFY(a !=
            KeyVaultRoles::assignmentName(QStringLiteral("/x"), KeyVaultRoles::kCryptoOfficer, QStringLiteral("q")));
    QCOMPARE(a.size(), 36);
}

void tst_VaultNames::find_matchesPrincipalRoleAndScope()
{
    const QString vault = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv");
    const auto assignment = [](const QString &scope, const QString &role, const QString &principal) {
        return QJsonObject{{QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("scope"), scope},
                                        {QStringLiteral("roleDefinitionId"),
                                         KeyVaultRoles::definitionId(QStringLiteral("s"), role).toUpper()},
                                        {QStringLiteral("principalId"), principal}}}};
    };
    const QJsonArray list{
        assignment(vault + QStringLiteral("/keys/other"), KeyVaultRoles::kCryptoServiceEncryptionUser, "sp"),
        assignment(vault, KeyVaultRoles::kCryptoServiceEncryptionUser, "someone-else"),
        assignment(vault, QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7"), "sp"), // Reader: no key use
    };
    const QString key = KeyVaultRoles::keyScope(vault, QStringLiteral("cmk"));
    QVERIFY(!KeyVaultRoles::find(list, QStringLiteral("sp"), KeyVaultRoles::keyUseRoles(), key));
    QJsonArray granted = list;
    granted.append(assignment(key, KeyVaultRoles::kCryptoServiceEncryptionUser, "SP"));
    QVERIFY(KeyVaultRoles::find(granted, QStringLiteral("sp"), KeyVaultRoles::keyUseRoles(), key));
    QVERIFY(!KeyVaultRoles::find(granted, QStringLiteral("sp"), KeyVaultRoles::keyManagementRoles(), key));
    // Any principal: the assignment of a group the user is in.
    QVERIFY(KeyVaultRoles::find(list, QString(), KeyVaultRoles::keyUseRoles(), vault));
}

QTEST_GUILESS_MAIN(tst_VaultNames)
#include "tst_vaultnames.moc"
