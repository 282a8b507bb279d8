// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/knownids.h"
#include "sandbox/worldcodec.h"
#include "sandboxstorageclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
QJsonObject createBody()
{
    return QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")},
                       {QStringLiteral("kind"), QStringLiteral("StorageV2")},
                       {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard_LRS")}}}};
}
} // namespace

class tst_SandboxStorageAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_acceptedThenPolledToAccount();
    void create_nameRules();
    void checkNameAvailability_reportsReasons();
    void listGetDelete();
    void attachIdentity_withoutAssignRight_isLinkedAuthorizationFailed();
    void identityAndKeyInOneRequest_isRefusedOnceOnCustomerKey();
    void apiVersion_otherServedVersionsWork();
    void stateFile_roundTripsAccountsAndBlobs();
    void create_withCustomerKey_checksChainBeforeAccepting();
    void badBody_isRefusedAndChangesNothing();
};

void tst_SandboxStorageAccounts::create_acceptedThenPolledToAccount()
{
    SandboxStorageClient st(QStringLiteral("fresh"));
    const QByteArray token = st.token("admin");
    const HttpResult accepted =
        st.call("PUT", SandboxStorageClient::accountPath(QStringLiteral("stnew1")), token, createBody());
    QCOMPARE(accepted.status, 202);
    QVERIFY(accepted.body.isEmpty());
    const QUrl location = accepted.location();
    QVERIFY(location.path().contains(QStringLiteral("/providers/Microsoft.Storage/locations/eastus/asyncoperations/")));
    QVERIFY(!accepted.header("Retry-After").isEmpty());
    const QString poll = location.path() + QLatin1Char('?') + location.query();
    QCOMPARE(st.call("GET", poll, token).status, 202);
    QCOMPARE(st.call("GET", SandboxStorageClient::accountPath(QStringLiteral("stnew1")), token)
                 .json()[QStringLiteral("properties")][QStringLiteral("provisioningState")]
                 .toString(),
             QStringLiteral("Creating"));
    st.clock().advance(10);
    const HttpResult done = st.call("GET", poll, token);
    QCOMPARE(done.status, 200);
    const QJsonObject account = done.json();
    QCOMPARE(account[QStringLiteral("name")].toString(), QStringLiteral("stnew1"));
    QCOMPARE(account[QStringLiteral("type")].toString(), QStringLiteral("Microsoft.Storage/storageAccounts"));
    const QJsonObject properties = account[QStringLiteral("properties")].toObject();
    QCOMPARE(properties[QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"));
    QCOMPARE(properties[QStringLiteral("encryption")][QStringLiteral("keySource")].toString(),
             QStringLiteral("Microsoft.Storage"));
    QCOMPARE(properties[QStringLiteral("primaryEndpoints")][QStringLiteral("blob")].toString(),
             st.server().baseUrl().toString() + QStringLiteral("/blob/stnew1/"));
    // A second PUT of an existing account is a synchronous update.
    QCOMPARE(st.call("PUT", SandboxStorageClient::accountPath(QStringLiteral("stnew1")), token, createBody()).status,
             200);
}

void tst_SandboxStorageAccounts::create_nameRules()
{
    SandboxStorageClient st(QStringLiteral("isv-ready"));
    const QByteArray token = st.token("admin");
    const HttpResult invalid =
        st.call("PUT", SandboxStorageClient::accountPath(QStringLiteral("Bad_Name")), token, createBody());
    QCOMPARE(invalid.status, 400);
    QCOMPARE(SandboxArmClient::code(invalid), QStringLiteral("AccountNameInvalid"));
    // The demo account lives in rg-crosskey-isv; the same name from another group is taken.
    const QString otherGroup =
        SandboxArmClient::sub() +
        QStringLiteral("/resourceGroups/rg-shared/providers/Microsoft.Storage/storageAccounts/") +
        StorageScenarios::accountName() + QStringLiteral("?api-version=2023-05-01");
    const HttpResult exists = st.call("PUT", otherGroup, token, createBody());
    QCOMPARE(exists.status, 409);
    QCOMPARE(SandboxArmClient::code(exists), QStringLiteral("StorageAccountAlreadyExists"));
    const QString otherSubscription =
        SandboxArmClient::sub(QStringLiteral("fabrikam")) +
        QStringLiteral("/resourceGroups/rg-shared/providers/Microsoft.Storage/storageAccounts/") +
        StorageScenarios::accountName() + QStringLiteral("?api-version=2023-05-01");
    const HttpResult taken =
        st.call("PUT", otherSubscription, st.token("admin", QStringLiteral("fabrikam")), createBody());
    QCOMPARE(taken.status, 409);
    QCOMPARE(SandboxArmClient::code(taken), QStringLiteral("StorageAccountAlreadyTaken"));
}

void tst_SandboxStorageAccounts::checkNameAvailability_reportsReasons()
{
    SandboxStorageClient st(QStringLiteral("isv-ready"));
    const QByteArray token = st.token("admin");
    const QString path = SandboxArmClient::sub() +
                         QStringLiteral("/providers/Microsoft.Storage/checkNameAvailability?api-version=2023-05-01");
    auto check = [&](const QString &name) {
        return st
            .call("POST", path, token,
                  QJsonObject{{QStringLiteral("name"), name},
                              {QStringLiteral("type"), QStringLiteral("Microsoft.Storage/storageAccounts")}})
            .json();
    };
    QCOMPARE(check(QStringLiteral("stfree123"))[QStringLiteral("nameAvailable")].toBool(), true);
    QCOMPARE(check(StorageScenarios::accountName())[QStringLiteral("reason")].toString(),
             QStringLiteral("AlreadyExists"));
    QCOMPARE(check(QStringLiteral("ab"))[QStringLiteral("reason")].toString(), QStringLiteral("AccountNameInvalid"));
}

void tst_SandboxStorageAccounts::listGetDelete()
{
    SandboxStorageClient st(QStringLiteral("isv-ready"));
    const QByteArray token = st.token("admin");
    const QString group =
        SandboxArmClient::sub() + QStringLiteral("/resourceGroups/rg-crosskey-isv/providers/Microsoft.Storage/"
                                                 "storageAccounts?api-version=2023-05-01");
    QCOMPARE(st.call("GET", group, token).json()[QStringLiteral("value")].toArray().size(), 1);
    const QString all =
        SandboxArmClient::sub() + QStringLiteral("/providers/Microsoft.Storage/storageAccounts?api-version=2023-05-01");
    QCOMPARE(st.call("GET", all, token).json()[QStringLiteral("value")].toArray().size(), 1);
    QCOMPARE(st.call("GET", SandboxStorageClient::accountPath(), token).status, 200);
    QCOMPARE(st.call("DELETE", SandboxStorageClient::accountPath(), token).status, 200);
    QCOMPARE(st.call("DELETE", SandboxStorageClient::accountPath(), token).status, 204);
    const HttpResult gone = st.call("GET", SandboxStorageClient::accountPath(), token);
    QCOMPARE(gone.status, 404);
    QCOMPARE(SandboxArmClient::code(gone), QStringLiteral("ResourceNotFound"));
}

void tst_SandboxStorageAccounts::attachIdentity_withoutAssignRight_isLinkedAuthorizationFailed()
{
    SandboxStorageClient st(QStringLiteral("customer-ready"));
    // support@ reads the subscription; give them Storage Account Contributor on the account only.
    const QString support = Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("support"));
    const QString scope = SandboxArmClient::sub() +
                          QStringLiteral("/resourceGroups/rg-crosskey-isv/providers/"
                                         "Microsoft.Storage/storageAccounts/") +
                          StorageScenarios::accountName();
    st.server().world().editRoleAssignments().append(
        RoleAssignment{QStringLiteral("17d1049b-9a84-46fb-8f53-869881c3d3ab"), scope,
                       QStringLiteral("17d1049b-9a84-46fb-8f53-869881c3d3ab"), support, QStringLiteral("User"),
                       Scenarios::tenantId(QStringLiteral("contosoisv")), st.clock().now()});
    const HttpResult denied = st.call("PATCH", SandboxStorageClient::accountPath(), st.token("support"), st.bindBody());
    QCOMPARE(denied.status, 403);
    QCOMPARE(SandboxArmClient::code(denied), QStringLiteral("LinkedAuthorizationFailed"));
    QVERIFY(SandboxArmClient::message(denied).contains(
        QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/assign/action")));
    // Nothing changed.
    QCOMPARE(st.server().world().storage().accounts.first().identityType, QStringLiteral("None"));
}

void tst_SandboxStorageAccounts::identityAndKeyInOneRequest_isRefusedOnceOnCustomerKey()
{
    SandboxStorageClient st(QStringLiteral("customer-ready"));
    const QByteArray token = st.token("admin");
    // The first bind sends both, as the spec example does.
    QCOMPARE(st.call("PATCH", SandboxStorageClient::accountPath(), token, st.bindBody()).status, 200);
    // A second identity trusted by nobody, attached first (one PATCH), then both changed at once.
    QJsonObject encryption = st.encryption(StorageScenarios::otherKeyName());
    encryption[QStringLiteral("identity")] =
        QJsonObject{{QStringLiteral("userAssignedIdentity"), SandboxStorageClient::identityId()},
                    {QStringLiteral("federatedIdentityClientId"), KnownIds::azureCliClientId}};
    const HttpResult refused =
        st.call("PATCH", SandboxStorageClient::accountPath(), token, st.encryptionBody(encryption));
    QCOMPARE(refused.status, 400);
    QVERIFY(SandboxArmClient::message(refused).contains(QStringLiteral(
        "'encryption.identity, encryption.keyvaultproperties' cannot be updated in a single operation")));
}

void tst_SandboxStorageAccounts::apiVersion_otherServedVersionsWork()
{
    SandboxStorageClient st(QStringLiteral("isv-ready"));
    const QByteArray token = st.token("admin");
    for (const QString &version : {QStringLiteral("2021-09-01"), QStringLiteral("2023-01-01")}) {
        QCOMPARE(
            st.call("GET", SandboxStorageClient::accountPath(StorageScenarios::accountName(), version), token).status,
            200);
    }
    const HttpResult bad = st.call(
        "GET", SandboxStorageClient::accountPath(StorageScenarios::accountName(), QStringLiteral("2099-01-01")), token);
    QCOMPARE(bad.status, 400);
}

void tst_SandboxStorageAccounts::stateFile_roundTripsAccountsAndBlobs()
{
    SandboxStorageClient st(QStringLiteral("bound"));
    const World &world = st.server().world();
    World loaded;
    QString error;
    QVERIFY2(WorldCodec::fromJson(WorldCodec::toJson(world, WorldCodec::Secrets::Include), &loaded, &error),
             qPrintable(error));
    QCOMPARE(loaded.storage().accounts.size(), 1);
    const StorageAccount &account = loaded.storage().accounts.first();
    QCOMPARE(account.keyVaultUri, world.storage().accounts.first().keyVaultUri);
    QVERIFY(account.keyVaultUri.startsWith(st.server().baseUrl().toString()));
    QCOMPARE(account.userAssignedIdentities, world.storage().accounts.first().userAssignedIdentities);
    QCOMPARE(account.federatedClientId, StorageScenarios::appId());
    QCOMPARE(loaded.storage().blobs.first().content, QByteArray("hello from the sandbox\n"));
}

void tst_SandboxStorageAccounts::create_withCustomerKey_checksChainBeforeAccepting()
{
    SandboxStorageClient st(QStringLiteral("customer-ready"));
    const QByteArray token = st.token("admin");
    QJsonObject body = st.bindBody();
    const QJsonObject create = createBody();
    for (auto it = create.constBegin(); it != create.constEnd(); ++it) {
        body.insert(it.key(), it.value());
    }
    // Break the FIC subject: the create is refused and nothing is created.
    QList<Application> &apps = st.server().world().editApplications();
    for (Application &app : apps) {
        if (app.appId == StorageScenarios::appId()) {
            app.federatedIdentityCredentials.first().subject = QStringLiteral("00000000-0000-0000-0000-000000000000");
        }
    }
    const HttpResult refused = st.call("PUT", SandboxStorageClient::accountPath(QStringLiteral("stcmk1")), token, body);
    QCOMPARE(refused.status, 400);
    QVERIFY(SandboxArmClient::message(refused).contains(QStringLiteral("AADSTS700213")));
    QCOMPARE(st.call("GET", SandboxStorageClient::accountPath(QStringLiteral("stcmk1")), token).status, 404);
    for (Application &app : st.server().world().editApplications()) {
        if (app.appId == StorageScenarios::appId()) {
            app.federatedIdentityCredentials.first().subject = StorageScenarios::identityPrincipalId();
        }
    }
    const HttpResult accepted =
        st.call("PUT", SandboxStorageClient::accountPath(QStringLiteral("stcmk1")), token, body);
    QCOMPARE(accepted.status, 202);
    st.clock().advance(10);
    const QJsonObject account =
        st.call("GET", SandboxStorageClient::accountPath(QStringLiteral("stcmk1")), token).json();
    QCOMPARE(
        account[QStringLiteral("properties")][QStringLiteral("encryption")][QStringLiteral("keySource")].toString(),
        QStringLiteral("Microsoft.Keyvault"));
}

void tst_SandboxStorageAccounts::badBody_isRefusedAndChangesNothing()
{
    SandboxStorageClient st(QStringLiteral("isv-ready"));
    const QByteArray token = st.token("admin");
    const HttpResult malformed = st.call("PATCH", SandboxStorageClient::accountPath(), token, QByteArray("{not json"));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(SandboxArmClient::code(malformed), QStringLiteral("InvalidRequestContent"));
    const HttpResult unknownSource =
        st.call("PATCH", SandboxStorageClient::accountPath(), token,
                st.encryptionBody(QJsonObject{{QStringLiteral("keySource"), QStringLiteral("Microsoft.Other")}}));
    QCOMPARE(SandboxArmClient::code(unknownSource), QStringLiteral("UnknownEncryptionKeySource"));
    const HttpResult noKey =
        st.call("PATCH", SandboxStorageClient::accountPath(), token,
                st.encryptionBody(QJsonObject{{QStringLiteral("keySource"), QStringLiteral("Microsoft.Keyvault")}}));
    QCOMPARE(SandboxArmClient::code(noKey), QStringLiteral("MissingKeyvaultProperties"));
    QCOMPARE(st.server().world().storage().accounts.first().keySource, QStringLiteral("Microsoft.Storage"));
}

QTEST_GUILESS_MAIN(tst_SandboxStorageAccounts)
#include "tst_sandboxstorageaccounts.moc"
