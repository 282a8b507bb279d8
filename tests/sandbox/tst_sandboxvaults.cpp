// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaultlookup.h"
#include "sandbox/world.h"
#include "sandboxkeyvaultclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
QString policiesPath(const QString &vault, const QString &kind)
{
    return SandboxKeyVaultClient::vaultId(vault) + QStringLiteral("/accessPolicies/") + kind +
           QStringLiteral("?api-version=2023-07-01");
}
QJsonObject policyBody(const QString &objectId, const QStringList &keys)
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("accessPolicies"),
              QJsonArray{QJsonObject{{QStringLiteral("tenantId"), Scenarios::tenantId(QStringLiteral("fabrikam"))},
                                     {QStringLiteral("objectId"), objectId},
                                     {QStringLiteral("permissions"),
                                      QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}}}}}}}}};
}
} // namespace

class tst_SandboxVaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unregistered_isMissingSubscriptionRegistration();
    void vault_createGetListUpdate();
    void vault_badName_data();
    void vault_badName();
    void vault_nameIsGlobalAndHeldWhileDeleted();
    void checkNameAvailability_reportsReasons();
    void purgeProtection_cannotBeTurnedOff();
    void softDelete_cannotBeTurnedOff();
    void tenantId_mustBeTheSubscriptions();
    void accessPolicies_addReplaceRemove();
    void rbac_deniesPerDemoUser();
    void managedHsm_createAndGet();
};

void tst_SandboxVaults::unregistered_isMissingSubscriptionRegistration()
{
    SandboxKeyVaultClient kv;
    const QByteArray token = kv.token("admin", QStringLiteral("fabrikam"));
    const HttpResult result = kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-fab-1")), token,
                                      SandboxKeyVaultClient::vaultBody(true));
    QCOMPARE(result.status, 409);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("MissingSubscriptionRegistration"));
    QVERIFY(SandboxArmClient::message(result).contains(QStringLiteral("'Microsoft.KeyVault'")));
}

void tst_SandboxVaults::vault_createGetListUpdate()
{
    SandboxKeyVaultClient kv;
    const QByteArray token = kv.token("admin", QStringLiteral("fabrikam"));
    const HttpResult created = kv.createVault(QStringLiteral("kv-fab-1"), true, token);
    QCOMPARE(created.status, 201);
    const QJsonObject properties = created.json()[QStringLiteral("properties")].toObject();
    QCOMPARE(properties[QStringLiteral("vaultUri")].toString(),
             kv.server().baseUrl().toString() + QStringLiteral("/vaults/kv-fab-1/"));
    QCOMPARE(properties[QStringLiteral("enableRbacAuthorization")].toBool(), true);
    QCOMPARE(properties[QStringLiteral("enablePurgeProtection")].toBool(), true);
    QCOMPARE(properties[QStringLiteral("enableSoftDelete")].toBool(), true);
    QCOMPARE(properties[QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"));
    QCOMPARE(properties[QStringLiteral("networkAcls")][QStringLiteral("bypass")].toString(),
             QStringLiteral("AzureServices"));
    QCOMPARE(created.json()[QStringLiteral("id")].toString(),
             SandboxKeyVaultClient::vaultId(QStringLiteral("kv-fab-1")));

    QCOMPARE(kv.call("GET", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-fab-1")), token).status, 200);
    QCOMPARE(kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-fab-1")), token,
                     SandboxKeyVaultClient::vaultBody(true))
                 .status,
             200);
    const HttpResult byGroup =
        kv.call("GET",
                SandboxArmClient::sub(QStringLiteral("fabrikam")) + SandboxKeyVaultClient::group() +
                    QStringLiteral("/providers/Microsoft.KeyVault/vaults?api-version=2023-07-01"),
                token);
    QCOMPARE(byGroup.json()[QStringLiteral("value")].toArray().size(), 1);
    const HttpResult bySubscription =
        kv.call("GET",
                SandboxArmClient::sub(QStringLiteral("fabrikam")) +
                    QStringLiteral("/providers/Microsoft.KeyVault/vaults?api-version=2019-09-01"),
                token);
    QCOMPARE(bySubscription.json()[QStringLiteral("value")].toArray().size(), 1);

    const QJsonObject patch{{QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("networkAcls"),
                                          QJsonObject{{QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                                                      {QStringLiteral("bypass"), QStringLiteral("None")}}}}}};
    const HttpResult patched =
        kv.call("PATCH", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-fab-1")), token, patch);
    QCOMPARE(patched.status, 200);
    QCOMPARE(
        patched.json()[QStringLiteral("properties")][QStringLiteral("networkAcls")][QStringLiteral("defaultAction")]
            .toString(),
        QStringLiteral("Deny"));
    const Vault *stored = KeyVaultLookup::vault(kv.server().world(), QStringLiteral("KV-FAB-1"));
    QVERIFY(stored);
    QCOMPARE(stored->networkBypass, QStringLiteral("None"));
    QVERIFY(KeyVaultLookup::vaultByUri(kv.server().world(), kv.server().baseUrl(),
                                       properties[QStringLiteral("vaultUri")].toString()));

    const HttpResult badVersion = kv.call(
        "GET", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-fab-1"), QStringLiteral("2030-01-01")), token);
    QCOMPARE(badVersion.status, 400);
    QCOMPARE(SandboxArmClient::code(badVersion), QStringLiteral("NoRegisteredProviderFound"));
}

void tst_SandboxVaults::vault_badName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("too short") << "kv";
    QTest::newRow("too long") << "kv-abcdefghijklmnopqrstuv";
    QTest::newRow("starts with digit") << "1kv";
    QTest::newRow("ends with hyphen") << "kv-";
    QTest::newRow("double hyphen") << "kv--a";
    QTest::newRow("underscore") << "kv_a";
}

void tst_SandboxVaults::vault_badName()
{
    QFETCH(QString, name);
    SandboxKeyVaultClient kv;
    const QByteArray token = kv.token("admin", QStringLiteral("fabrikam"));
    kv.registerKeyVault(token);
    const HttpResult result =
        kv.call("PUT", SandboxKeyVaultClient::vaultPath(name), token, SandboxKeyVaultClient::vaultBody(true));
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("VaultNameNotValid"));
    QVERIFY(kv.server().world().keyVault().vaults.isEmpty());
}

void tst_SandboxVaults::vault_nameIsGlobalAndHeldWhileDeleted()
{
    SandboxKeyVaultClient kv;
    const QByteArray fabrikam = kv.token("admin", QStringLiteral("fabrikam"));
    QCOMPARE(kv.createVault(QStringLiteral("kv-shared"), true, fabrikam).status, 201);
    // Contoso has Microsoft.KeyVault registered; the name is taken globally.
    QJsonObject body = SandboxKeyVaultClient::vaultBody(true);
    QJsonObject properties = body[QStringLiteral("properties")].toObject();
    properties[QStringLiteral("tenantId")] = Scenarios::tenantId(QStringLiteral("contosoisv"));
    body[QStringLiteral("properties")] = properties;
    const QString contosoPath =
        SandboxArmClient::sub() + QStringLiteral("/resourceGroups/rg-crosskey-isv/providers/Microsoft.KeyVault/vaults/"
                                                 "kv-shared?api-version=2023-07-01");
    const HttpResult taken = kv.call("PUT", contosoPath, kv.token("admin"), body);
    QCOMPARE(taken.status, 409);
    QCOMPARE(SandboxArmClient::code(taken), QStringLiteral("VaultAlreadyExists"));

    QCOMPARE(kv.call("DELETE", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-shared")), fabrikam).status, 200);
    QCOMPARE(kv.call("GET", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-shared")), fabrikam).status, 404);
    const HttpResult again = kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-shared")), fabrikam,
                                     SandboxKeyVaultClient::vaultBody(true));
    QCOMPARE(again.status, 409);
    QCOMPARE(SandboxArmClient::code(again), QStringLiteral("ConflictError"));
    const HttpResult deleted =
        kv.call("GET",
                SandboxArmClient::sub(QStringLiteral("fabrikam")) +
                    QStringLiteral("/providers/Microsoft.KeyVault/locations/eastus/deletedVaults/kv-shared?api-version="
                                   "2023-07-01"),
                fabrikam);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json()[QStringLiteral("properties")][QStringLiteral("purgeProtectionEnabled")].toBool(), true);
}

void tst_SandboxVaults::checkNameAvailability_reportsReasons()
{
    SandboxKeyVaultClient kv;
    const QByteArray token = kv.token("admin", QStringLiteral("fabrikam"));
    QCOMPARE(kv.createVault(QStringLiteral("kv-taken"), true, token).status, 201);
    const QString path = SandboxArmClient::sub(QStringLiteral("fabrikam")) +
                         QStringLiteral("/providers/Microsoft.KeyVault/checkNameAvailability?api-version=2023-07-01");
    const auto check = [&](const QString &name) {
        return kv
            .call("POST", path, token,
                  QJsonObject{{QStringLiteral("name"), name},
                              {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")}})
            .json();
    };
    QCOMPARE(check(QStringLiteral("kv-free"))[QStringLiteral("nameAvailable")].toBool(), true);
    QCOMPARE(check(QStringLiteral("kv-taken"))[QStringLiteral("reason")].toString(), QStringLiteral("AlreadyExists"));
    QCOMPARE(check(QStringLiteral("1-bad"))[QStringLiteral("reason")].toString(), QStringLiteral("AccountNameInvalid"));
}

void tst_SandboxVaults::purgeProtection_cannotBeTurnedOff()
{
    SandboxKeyVaultClient kv;
    const QByteArray token = kv.token("admin", QStringLiteral("fabrikam"));
    QCOMPARE(kv.createVault(QStringLiteral("kv-pp"), true, token).status, 201);
    const QJsonObject off{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("enablePurgeProtection"), false}}}};
    const HttpResult patched = kv.call("PATCH", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-pp")), token, off);
    QCOMPARE(patched.status, 400);
    QCOMPARE(SandboxArmClient::code(patched), QStringLiteral("BadRequest"));
    QVERIFY(SandboxArmClient::message(patched).contains(QStringLiteral("irreversible")));
    // Not even on create.
    QJsonObject body = SandboxKeyVaultClient::vaultBody(true, false);
    QJsonObject properties = body[QStringLiteral("properties")].toObject();
    properties[QStringLiteral("enablePurgeProtection")] = false;
    body[QStringLiteral("properties")] = properties;
    QCOMPARE(kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-pp2")), token, body).status, 400);
    // Omitted, it stays off and can be turned on.
    const HttpResult plain = kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-pp3")), token,
                                     SandboxKeyVaultClient::vaultBody(true, false));
    QCOMPARE(plain.status, 201);
    QVERIFY(!plain.json()[QStringLiteral("properties")].toObject().contains(QStringLiteral("enablePurgeProtection")));
    const QJsonObject on{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("enablePurgeProtection"), true}}}};
    QCOMPARE(kv.call("PATCH", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-pp3")), token, on)
                 .json()[QStringLiteral("properties")][QStringLiteral("enablePurgeProtection")]
                 .toBool(),
             true);
}

void tst_SandboxVaults::softDelete_cannotBeTurnedOff()
{
    SandboxKeyVaultClient kv;
    const QByteArray token = kv.token("admin", QStringLiteral("fabrikam"));
    QCOMPARE(kv.createVault(QStringLiteral("kv-sd"), true, token).status, 201);
    const QJsonObject off{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("enableSoftDelete"), false}}}};
    const HttpResult patched = kv.call("PATCH", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-sd")), token, off);
    QCOMPARE(patched.status, 400);
    QVERIFY(SandboxArmClient::message(patched).contains(QStringLiteral("enableSoftDelete")));
    const QJsonObject retention{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("softDeleteRetentionInDays"), 3}}}};
    QCOMPARE(kv.call("PATCH", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-sd")), token, retention).status, 400);
}

void tst_SandboxVaults::tenantId_mustBeTheSubscriptions()
{
    SandboxKeyVaultClient kv;
    const QByteArray token = kv.token("admin", QStringLiteral("fabrikam"));
    kv.registerKeyVault(token);
    QJsonObject body = SandboxKeyVaultClient::vaultBody(true);
    QJsonObject properties = body[QStringLiteral("properties")].toObject();
    properties[QStringLiteral("tenantId")] = Scenarios::tenantId(QStringLiteral("contosoisv"));
    body[QStringLiteral("properties")] = properties;
    QCOMPARE(kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-tid")), token, body).status, 400);
    properties.remove(QStringLiteral("sku"));
    body[QStringLiteral("properties")] = properties;
    QCOMPARE(kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-tid")), token, body).status, 400);
    QCOMPARE(
        kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-tid")), token, QByteArray("{oops")).status,
        400);
    QVERIFY(kv.server().world().keyVault().vaults.isEmpty());
}

void tst_SandboxVaults::accessPolicies_addReplaceRemove()
{
    SandboxKeyVaultClient kv;
    const QByteArray token = kv.token("admin", QStringLiteral("fabrikam"));
    QCOMPARE(kv.createVault(QStringLiteral("kv-ap"), false, token).status, 201);
    const QString developer = kv.userId(QStringLiteral("developer"));
    HttpResult result = kv.call("PUT", policiesPath(QStringLiteral("kv-ap"), QStringLiteral("add")), token,
                                policyBody(developer, {QStringLiteral("get"), QStringLiteral("wrapKey")}));
    QCOMPARE(result.status, 200);
    result = kv.call("PUT", policiesPath(QStringLiteral("kv-ap"), QStringLiteral("add")), token,
                     policyBody(developer, {QStringLiteral("unwrapkey")}));
    QJsonArray policies = result.json()[QStringLiteral("properties")][QStringLiteral("accessPolicies")].toArray();
    QCOMPARE(policies.size(), 1);
    QCOMPARE(policies.at(0)[QStringLiteral("permissions")][QStringLiteral("keys")].toArray().size(), 3);
    result = kv.call("PUT", policiesPath(QStringLiteral("kv-ap"), QStringLiteral("remove")), token,
                     policyBody(developer, {QStringLiteral("wrapKey")}));
    policies = result.json()[QStringLiteral("properties")][QStringLiteral("accessPolicies")].toArray();
    QCOMPARE(policies.at(0)[QStringLiteral("permissions")][QStringLiteral("keys")].toArray().size(), 2);
    result = kv.call("PUT", policiesPath(QStringLiteral("kv-ap"), QStringLiteral("replace")), token,
                     policyBody(developer, {QStringLiteral("list")}));
    policies = result.json()[QStringLiteral("properties")][QStringLiteral("accessPolicies")].toArray();
    QCOMPARE(policies.at(0)[QStringLiteral("permissions")][QStringLiteral("keys")].toArray(),
             QJsonArray{QStringLiteral("list")});
    const Vault *vault = KeyVaultLookup::vault(kv.server().world(), QStringLiteral("kv-ap"));
    QCOMPARE(vault->accessPolicies.size(), 1);
    QCOMPARE(kv.call("PUT", policiesPath(QStringLiteral("kv-ap"), QStringLiteral("merge")), token,
                     policyBody(developer, {QStringLiteral("list")}))
                 .status,
             400);
    // A policy for another tenant's principal is refused.
    QJsonObject foreign = policyBody(developer, {QStringLiteral("get")});
    QByteArray text = QJsonDocument(foreign).toJson();
    text.replace(Scenarios::tenantId(QStringLiteral("fabrikam")).toLatin1(),
                 Scenarios::tenantId(QStringLiteral("contosoisv")).toLatin1());
    QCOMPARE(kv.call("PUT", policiesPath(QStringLiteral("kv-ap"), QStringLiteral("add")), token, text).status, 400);
    // Support (Reader) may not change them.
    const HttpResult denied =
        kv.call("PUT", policiesPath(QStringLiteral("kv-ap"), QStringLiteral("add")),
                kv.token("support", QStringLiteral("fabrikam")), policyBody(developer, {QStringLiteral("get")}));
    QCOMPARE(denied.status, 403);
    QCOMPARE(SandboxArmClient::code(denied), QStringLiteral("AuthorizationFailed"));
}

void tst_SandboxVaults::rbac_deniesPerDemoUser()
{
    SandboxKeyVaultClient kv;
    const QByteArray admin = kv.token("admin", QStringLiteral("fabrikam"));
    QCOMPARE(kv.createVault(QStringLiteral("kv-rbac"), true, admin).status, 201);
    const QByteArray support = kv.token("support", QStringLiteral("fabrikam"));
    QCOMPARE(kv.call("GET", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-rbac")), support).status, 200);
    const HttpResult supportPut = kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-sup")), support,
                                          SandboxKeyVaultClient::vaultBody(true));
    QCOMPARE(supportPut.status, 403);
    QVERIFY(SandboxArmClient::message(supportPut).contains(QStringLiteral("Microsoft.KeyVault/vaults/write")));
    const QByteArray developer = kv.token("developer", QStringLiteral("fabrikam"));
    QCOMPARE(kv.call("PUT", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-dev")), developer,
                     SandboxKeyVaultClient::vaultBody(true))
                 .status,
             201);
    const QString shared = SandboxArmClient::sub(QStringLiteral("fabrikam")) +
                           QStringLiteral("/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/"
                                          "kv-dev2?api-version=2023-07-01");
    QCOMPARE(kv.call("PUT", shared, developer, SandboxKeyVaultClient::vaultBody(true)).status, 403);
    QCOMPARE(kv.call("DELETE", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-rbac")), support).status, 403);
    // A Contoso user cannot reach Fabrikam's subscription.
    QCOMPARE(kv.call("GET", SandboxKeyVaultClient::vaultPath(QStringLiteral("kv-rbac")), kv.token("admin")).status,
             401);
}

void tst_SandboxVaults::managedHsm_createAndGet()
{
    SandboxKeyVaultClient kv;
    const QByteArray token = kv.token("admin", QStringLiteral("fabrikam"));
    kv.registerKeyVault(token);
    const QString path = SandboxArmClient::sub(QStringLiteral("fabrikam")) + SandboxKeyVaultClient::group() +
                         QStringLiteral("/providers/Microsoft.KeyVault/managedHSMs/hsm-fab?api-version=2023-07-01");
    const QJsonObject body{
        {QStringLiteral("location"), QStringLiteral("eastus")},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("family"), QStringLiteral("B")},
                                            {QStringLiteral("name"), QStringLiteral("Standard_B1")}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("tenantId"), Scenarios::tenantId(QStringLiteral("fabrikam"))},
                     {QStringLiteral("initialAdminObjectIds"), QJsonArray{kv.userId(QStringLiteral("admin"))}},
                     {QStringLiteral("enablePurgeProtection"), true}}}};
    const HttpResult created = kv.call("PUT", path, token, body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()[QStringLiteral("properties")][QStringLiteral("hsmUri")].toString(),
             kv.server().baseUrl().toString() + QStringLiteral("/managedhsms/hsm-fab/"));
    QCOMPARE(kv.call("GET", path, token).status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxVaults)
#include "tst_sandboxvaults.moc"
