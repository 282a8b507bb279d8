// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/jwt.h"
#include "sandboxstorageclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

class tst_SandboxStorageChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bind_wholeChainHolds_succeeds();
    void brokenScenario_failsAsAzure_data();
    void brokenScenario_failsAsAzure();
    void withoutKeyVersion_followsLatestOnInterval();
    void withKeyVersion_staysPinned();
    void switchBack_dropsKeyProperties();
    void systemIdentity_keyInOtherTenant_isInvalidIssuer();
    void tokenExchange_matchesFederatedCredential_data();
    void tokenExchange_matchesFederatedCredential();
};

void tst_SandboxStorageChain::bind_wholeChainHolds_succeeds()
{
    SandboxStorageClient st(QStringLiteral("customer-ready"));
    const HttpResult bound = st.call("PATCH", SandboxStorageClient::accountPath(), st.token("admin"), st.bindBody());
    QCOMPARE(bound.status, 200);
    const QJsonObject account = bound.json();
    const QJsonObject assigned =
        account[QStringLiteral("identity")][QStringLiteral("userAssignedIdentities")].toObject();
    QCOMPARE(account[QStringLiteral("identity")][QStringLiteral("type")].toString(), QStringLiteral("UserAssigned"));
    QCOMPARE(assigned.value(SandboxStorageClient::identityId())[QStringLiteral("principalId")].toString(),
             StorageScenarios::identityPrincipalId());
    const QJsonObject encryption = account[QStringLiteral("properties")][QStringLiteral("encryption")].toObject();
    QCOMPARE(encryption[QStringLiteral("keySource")].toString(), QStringLiteral("Microsoft.Keyvault"));
    const QJsonObject key = encryption[QStringLiteral("keyvaultproperties")].toObject();
    QCOMPARE(key[QStringLiteral("keyname")].toString(), StorageScenarios::keyName());
    QCOMPARE(key[QStringLiteral("currentVersionedKeyIdentifier")].toString(),
             st.vaultUri() + QStringLiteral("/keys/cmk/") + st.key().version);
    QVERIFY(!key[QStringLiteral("lastKeyRotationTimestamp")].toString().isEmpty());
    QCOMPARE(encryption[QStringLiteral("identity")][QStringLiteral("federatedIdentityClientId")].toString(),
             StorageScenarios::appId());
}

void tst_SandboxStorageChain::brokenScenario_failsAsAzure_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("fic subject") << "broken-fic-subject"
                                 << "KeyVaultAuthenticationFailure"
                                 << "AADSTS700213";
    QTest::newRow("fic audience") << "broken-fic-audience"
                                  << "KeyVaultAuthenticationFailure"
                                  << "AADSTS700212";
    QTest::newRow("not installed") << "broken-app-not-installed"
                                   << "KeyVaultAuthenticationFailure"
                                   << "AADSTS700016";
    QTest::newRow("role missing") << "broken-role-missing"
                                  << "KeyVaultAuthenticationFailure"
                                  << "ForbiddenByRbac";
    QTest::newRow("role wrong key") << "broken-role-wrong-key"
                                    << "KeyVaultAuthenticationFailure"
                                    << "ForbiddenByRbac";
    QTest::newRow("purge protection") << "broken-no-purge-protection"
                                      << "KeyVaultPolicyError"
                                      << "Keyvault policy recoverable is not set";
    QTest::newRow("key disabled") << "broken-key-disabled"
                                  << "KeyVaultEncryptionKeyNotFound"
                                  << "KeyDisabled";
    QTest::newRow("key expired") << "broken-key-expired"
                                 << "KeyVaultEncryptionKeyNotFound"
                                 << "expired";
    QTest::newRow("identity detached") << "broken-identity-detached"
                                       << "BadRequest"
                                       << "Missing pre-requisites";
    QTest::newRow("identity deleted") << "broken-identity-deleted"
                                      << "KeyVaultAccessTokenCannotBeAcquired"
                                      << "was not found";
    QTest::newRow("app deleted") << "broken-app-deleted"
                                 << "KeyVaultAuthenticationFailure"
                                 << "AADSTS7000226";
    QTest::newRow("policy unwrap") << "broken-access-policy-unwrap"
                                   << "KeyVaultAuthenticationFailure"
                                   << "keys unwrapKey permission";
    QTest::newRow("firewall") << "broken-firewall"
                              << "KeyVaultAuthenticationFailure"
                              << "ForbiddenByFirewall";
}

void tst_SandboxStorageChain::brokenScenario_failsAsAzure()
{
    QFETCH(QString, scenario);
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    SandboxStorageClient st(scenario);
    const HttpResult refused =
        st.call("PATCH", SandboxStorageClient::accountPath(), st.token("admin"), st.encryptionBody(st.encryption()));
    QCOMPARE(refused.status, 400);
    QCOMPARE(SandboxArmClient::code(refused), code);
    QVERIFY2(SandboxArmClient::message(refused).contains(fragment), qPrintable(SandboxArmClient::message(refused)));
    // The control plane shows no health (CONTRACTS.md §5): GET still answers the bound account.
    const HttpResult account = st.call("GET", SandboxStorageClient::accountPath(), st.token("admin"));
    QCOMPARE(account.status, 200);
    QCOMPARE(account.json()[QStringLiteral("properties")][QStringLiteral("encryption")][QStringLiteral("keySource")]
                 .toString(),
             QStringLiteral("Microsoft.Keyvault"));
}

void tst_SandboxStorageChain::withoutKeyVersion_followsLatestOnInterval()
{
    ServerOptions options;
    options.storageKeyVersionCheckMs = 60000;
    SandboxStorageClient st(QStringLiteral("bound"), options);
    const QByteArray token = st.token("admin");
    const QString first = st.key().version;
    KeyVersion rotated = st.key();
    rotated.version = QStringLiteral("0123456789abcdef0123456789abcdef");
    rotated.created = st.clock().now().addSecs(1);
    st.server().world().editKeyVault().keys.append(rotated);
    auto current = [&] {
        return st.call("GET", SandboxStorageClient::accountPath(), token)
            .json()[QStringLiteral("properties")][QStringLiteral("encryption")][QStringLiteral("keyvaultproperties")]
                   [QStringLiteral("currentVersionedKeyIdentifier")]
            .toString();
    };
    QVERIFY(current().endsWith(first));
    st.clock().advance(61);
    QVERIFY(current().endsWith(rotated.version));
}

void tst_SandboxStorageChain::withKeyVersion_staysPinned()
{
    ServerOptions options;
    options.storageKeyVersionCheckMs = 60000;
    SandboxStorageClient st(QStringLiteral("customer-ready"), options);
    const QByteArray token = st.token("admin");
    const QString first = st.key().version;
    QCOMPARE(st.call("PATCH", SandboxStorageClient::accountPath(), token, st.bindBody(first)).status, 200);
    KeyVersion rotated = st.key();
    rotated.version = QStringLiteral("0123456789abcdef0123456789abcdef");
    rotated.created = st.clock().now().addSecs(1);
    st.server().world().editKeyVault().keys.append(rotated);
    st.clock().advance(120);
    const QJsonObject key =
        st.call("GET", SandboxStorageClient::accountPath(), token)
            .json()[QStringLiteral("properties")][QStringLiteral("encryption")][QStringLiteral("keyvaultproperties")]
            .toObject();
    QCOMPARE(key[QStringLiteral("keyversion")].toString(), first);
    QVERIFY(key[QStringLiteral("currentVersionedKeyIdentifier")].toString().endsWith(first));
}

void tst_SandboxStorageChain::switchBack_dropsKeyProperties()
{
    SandboxStorageClient st(QStringLiteral("bound"));
    const HttpResult back =
        st.call("PATCH", SandboxStorageClient::accountPath(), st.token("admin"),
                st.encryptionBody(QJsonObject{{QStringLiteral("keySource"), QStringLiteral("Microsoft.Storage")}}));
    QCOMPARE(back.status, 200);
    const QJsonObject encryption = back.json()[QStringLiteral("properties")][QStringLiteral("encryption")].toObject();
    QCOMPARE(encryption[QStringLiteral("keySource")].toString(), QStringLiteral("Microsoft.Storage"));
    QVERIFY(!encryption.contains(QStringLiteral("keyvaultproperties")));
}

void tst_SandboxStorageChain::systemIdentity_keyInOtherTenant_isInvalidIssuer()
{
    SandboxStorageClient st(QStringLiteral("customer-ready"));
    QJsonObject encryption = st.encryption();
    encryption.remove(QStringLiteral("identity"));
    QJsonObject body = st.encryptionBody(encryption);
    body[QStringLiteral("identity")] = QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")}};
    const HttpResult refused = st.call("PATCH", SandboxStorageClient::accountPath(), st.token("admin"), body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(SandboxArmClient::code(refused), QStringLiteral("KeyVaultAuthenticationFailure"));
    QVERIFY(SandboxArmClient::message(refused).contains(QStringLiteral("AKV10032")));
    // The failed PATCH changed nothing; a PATCH with only the identity answers its principal.
    const HttpResult system =
        st.call("PATCH", SandboxStorageClient::accountPath(), st.token("admin"),
                QJsonObject{{QStringLiteral("identity"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")}}}});
    QCOMPARE(system.status, 200);
    QVERIFY(!system.json()[QStringLiteral("identity")][QStringLiteral("principalId")].toString().isEmpty());
}

void tst_SandboxStorageChain::tokenExchange_matchesFederatedCredential_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<int>("code");
    const QString principal = StorageScenarios::identityPrincipalId();
    QTest::newRow("match") << principal << "api://AzureADTokenExchange" << 0;
    QTest::newRow("subject case") << principal.toUpper() << "api://AzureADTokenExchange" << 700213;
    QTest::newRow("audience") << principal << "api://AzureADTokenExchangeChina" << 700212;
}

void tst_SandboxStorageChain::tokenExchange_matchesFederatedCredential()
{
    QFETCH(QString, subject);
    QFETCH(QString, audience);
    QFETCH(int, code);
    SandboxStorageClient st(QStringLiteral("customer-ready"));
    const qint64 now = st.clock().now().toSecsSinceEpoch();
    const QString isv = Scenarios::tenantId(QStringLiteral("contosoisv"));
    const QString issuer = st.server().baseUrl().toString() + QLatin1Char('/') + isv + QStringLiteral("/v2.0");
    const QString assertion = Jwt::sign(QJsonObject{{QStringLiteral("iss"), issuer},
                                                    {QStringLiteral("sub"), subject},
                                                    {QStringLiteral("aud"), audience},
                                                    {QStringLiteral("nbf"), now},
                                                    {QStringLiteral("exp"), now + 600}},
                                        st.server().world().signingKey());
    const HttpResult result =
        st.http().postForm(QStringLiteral("/fabrikam.onmicrosoft.com/oauth2/v2.0/token"),
                           {{QStringLiteral("client_id"), StorageScenarios::appId()},
                            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("client_assertion_type"),
                             QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                            {QStringLiteral("client_assertion"), assertion},
                            {QStringLiteral("scope"), QStringLiteral("https://vault.azure.net/.default")}});
    if (code == 0) {
        QCOMPARE(result.status, 200);
        return;
    }
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error_codes")].toArray().first().toInt(), code);
}

QTEST_GUILESS_MAIN(tst_SandboxStorageChain)
#include "tst_sandboxstoragechain.moc"
