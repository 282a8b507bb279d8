// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxstorageclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QString kBlob = QStringLiteral("/data/hello.txt");
const QString kList = QStringLiteral("/?comp=list");
} // namespace

class tst_SandboxStorageBlobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bound_blobsReadableAndWritable();
    void withoutDataRole_isAuthorizationPermissionMismatch();
    void containers_createAndList();
    void keyDisabled_failsAfterCacheAndReEnableRestores();
    void grantRemoved_failsAfterCache();
    void switchBackToMicrosoftKeys_restoresAtOnce();
    void brokenScenario_blobCode_data();
    void brokenScenario_blobCode();
    void reset_selectsScenario();
};

void tst_SandboxStorageBlobs::bound_blobsReadableAndWritable()
{
    SandboxStorageClient st(QStringLiteral("bound"));
    const QByteArray token = st.storageToken("admin");
    const HttpResult read = st.blob("GET", kBlob, token);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.body, QByteArray("hello from the sandbox\n"));
    QCOMPARE(read.header("x-ms-version"), QByteArray("2023-11-03"));
    QCOMPARE(st.blob("PUT", QStringLiteral("/data/new.txt"), token, "new").status, 201);
    QCOMPARE(st.blob("GET", QStringLiteral("/data/new.txt"), token).body, QByteArray("new"));
    QCOMPARE(st.blob("GET", QStringLiteral("/data/missing.txt"), token).header("x-ms-error-code"),
             QByteArray("BlobNotFound"));
}

void tst_SandboxStorageBlobs::withoutDataRole_isAuthorizationPermissionMismatch()
{
    SandboxStorageClient st(QStringLiteral("bound"));
    const HttpResult denied = st.blob("GET", kBlob, st.storageToken("owner"));
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.header("x-ms-error-code"), QByteArray("AuthorizationPermissionMismatch"));
    // An ARM token is the wrong audience.
    QCOMPARE(st.blob("GET", kBlob, st.token("admin")).status, 401);
}

void tst_SandboxStorageBlobs::containers_createAndList()
{
    SandboxStorageClient st(QStringLiteral("isv-ready"));
    const QByteArray token = st.storageToken("admin");
    QCOMPARE(st.blob("PUT", QStringLiteral("/logs?restype=container"), token).status, 201);
    QCOMPARE(st.blob("PUT", QStringLiteral("/logs?restype=container"), token).header("x-ms-error-code"),
             QByteArray("ContainerAlreadyExists"));
    const HttpResult list = st.blob("GET", kList, token);
    QCOMPARE(list.status, 200);
    QVERIFY(list.body.contains("<Name>data</Name>"));
    QVERIFY(list.body.contains("<Name>logs</Name>"));
}

void tst_SandboxStorageBlobs::keyDisabled_failsAfterCacheAndReEnableRestores()
{
    ServerOptions options;
    options.storageKeyCacheMs = 30000;
    SandboxStorageClient st(QStringLiteral("bound"), options);
    const QByteArray token = st.storageToken("admin");
    QCOMPARE(st.blob("GET", kBlob, token).status, 200); // caches the unwrapped key for 30 s
    st.key().enabled = false;
    st.clock().advance(10);
    QCOMPARE(st.blob("GET", kBlob, token).status, 200);
    st.clock().advance(25);
    const HttpResult denied = st.blob("GET", kBlob, token);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.header("x-ms-error-code"), QByteArray("KeyVaultEncryptionKeyNotFound"));
    QVERIFY(denied.body.contains("<Code>KeyVaultEncryptionKeyNotFound</Code>"));
    QCOMPARE(st.blob("PUT", QStringLiteral("/data/other.txt"), token, "x").status, 403);
    QCOMPARE(st.blob("GET", kList, token).status, 200); // listing containers keeps working
    st.key().enabled = true;
    QCOMPARE(st.blob("GET", kBlob, token).status, 200);
}

void tst_SandboxStorageBlobs::grantRemoved_failsAfterCache()
{
    ServerOptions options;
    options.storageKeyCacheMs = 5000;
    SandboxStorageClient st(QStringLiteral("bound"), options);
    const QByteArray token = st.storageToken("admin");
    QCOMPARE(st.blob("GET", kBlob, token).status, 200);
    const QString principal =
        st.server()
            .world()
            .findServicePrincipal(Scenarios::tenantId(QStringLiteral("fabrikam")), StorageScenarios::appId())
            ->id;
    st.server().world().editRoleAssignments().removeIf(
        [&](const RoleAssignment &assignment) { return assignment.principalId == principal; });
    QCOMPARE(st.blob("GET", kBlob, token).status, 200);
    st.clock().advance(6);
    QCOMPARE(st.blob("GET", kBlob, token).header("x-ms-error-code"), QByteArray("KeyVaultEncryptionKeyNotFound"));
}

void tst_SandboxStorageBlobs::switchBackToMicrosoftKeys_restoresAtOnce()
{
    SandboxStorageClient st(QStringLiteral("broken-key-disabled"));
    const QByteArray token = st.storageToken("admin");
    QCOMPARE(st.blob("GET", kBlob, token).status, 403);
    const HttpResult back =
        st.call("PATCH", SandboxStorageClient::accountPath(), st.token("admin"),
                st.encryptionBody(QJsonObject{{QStringLiteral("keySource"), QStringLiteral("Microsoft.Storage")}}));
    QCOMPARE(back.status, 200);
    QCOMPARE(st.blob("GET", kBlob, token).status, 200);
}

void tst_SandboxStorageBlobs::brokenScenario_blobCode_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    const QByteArray notFound("KeyVaultEncryptionKeyNotFound");
    const QByteArray noToken("KeyVaultAccessTokenCannotBeAcquired");
    QTest::newRow("fic subject") << "broken-fic-subject" << 403 << notFound;
    QTest::newRow("fic audience") << "broken-fic-audience" << 403 << notFound;
    QTest::newRow("not installed") << "broken-app-not-installed" << 403 << notFound;
    QTest::newRow("role missing") << "broken-role-missing" << 403 << notFound;
    QTest::newRow("role wrong key") << "broken-role-wrong-key" << 403 << notFound;
    QTest::newRow("key disabled") << "broken-key-disabled" << 403 << notFound;
    QTest::newRow("key expired") << "broken-key-expired" << 403 << notFound;
    QTest::newRow("identity detached") << "broken-identity-detached" << 403 << noToken;
    QTest::newRow("identity deleted") << "broken-identity-deleted" << 403 << noToken;
    QTest::newRow("app deleted") << "broken-app-deleted" << 500 << QByteArray("InternalError");
    QTest::newRow("policy unwrap") << "broken-access-policy-unwrap" << 403 << notFound;
    QTest::newRow("firewall") << "broken-firewall" << 403 << notFound;
}

void tst_SandboxStorageBlobs::brokenScenario_blobCode()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    SandboxStorageClient st(scenario);
    const QByteArray token = st.storageToken("admin");
    const HttpResult read = st.blob("GET", kBlob, token);
    QCOMPARE(read.status, status);
    QCOMPARE(read.header("x-ms-error-code"), code);
    QCOMPARE(st.blob("GET", kList, token).status, 200);
}

void tst_SandboxStorageBlobs::reset_selectsScenario()
{
    SandboxStorageClient st(QStringLiteral("bound"));
    QCOMPARE(st.http().send("POST", QStringLiteral("/sandbox/reset?scenario=broken-key-disabled")).status, 200);
    const QByteArray token = st.storageToken("admin");
    QCOMPARE(st.blob("GET", kBlob, token).header("x-ms-error-code"), QByteArray("KeyVaultEncryptionKeyNotFound"));
    QCOMPARE(st.server().world().storage().accounts.first().keyVaultUri, st.vaultUri());
    QCOMPARE(st.http().send("POST", QStringLiteral("/sandbox/reset?scenario=bound")).status, 200);
    QCOMPARE(st.blob("GET", kBlob, st.storageToken("admin")).status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxStorageBlobs)
#include "tst_sandboxstorageblobs.moc"
