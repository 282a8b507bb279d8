// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxkeyvaultclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QJsonObject kRsa{{QStringLiteral("kty"), QStringLiteral("RSA")},
                       {QStringLiteral("key_size"), 3072},
                       {QStringLiteral("key_ops"), QJsonArray{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey"),
                                                              QStringLiteral("sign"), QStringLiteral("verify")}}};
} // namespace

// Managed HSM: its own data-plane address and local role assignments.
class tst_SandboxManagedHsm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managedHsm_localRbac();
};

void tst_SandboxManagedHsm::managedHsm_localRbac()
{
    SandboxKeyVaultClient kv;
    const QByteArray arm = kv.token("admin", QStringLiteral("fabrikam"));
    kv.registerKeyVault(arm);
    const QJsonObject body{
        {QStringLiteral("location"), QStringLiteral("eastus")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("tenantId"), Scenarios::tenantId(QStringLiteral("fabrikam"))},
                     {QStringLiteral("initialAdminObjectIds"), QJsonArray{kv.userId(QStringLiteral("admin"))}}}}};
    QCOMPARE(kv.call("PUT",
                     SandboxArmClient::sub(QStringLiteral("fabrikam")) + SandboxKeyVaultClient::group() +
                         QStringLiteral("/providers/Microsoft.KeyVault/managedHSMs/hsm-fab?api-version=2023-07-01"),
                     arm, body)
                 .status,
             201);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    const auto hsm = [&](const QByteArray &method, const QString &path, const QJsonObject &json = {}) {
        return kv.http().send(method,
                              QStringLiteral("/managedhsms/hsm-fab/") + path + QStringLiteral("?api-version=7.5"),
                              json.isEmpty() ? QByteArray() : QJsonDocument(json).toJson(), "application/json",
                              {{"Authorization", "Bearer " + token}});
    };
    const HttpResult denied = hsm("POST", QStringLiteral("keys/hk/create"), kRsa);
    QCOMPARE(denied.status, 403);
    QCOMPARE(SandboxKeyVaultClient::innerCode(denied), QStringLiteral("ForbiddenByRbac"));
    const QJsonObject assignment{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("roleDefinitionId"),
                      QStringLiteral("Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/"
                                     "21dbd100-6940-42c2-9190-5d6cb909625b")},
                     {QStringLiteral("principalId"), kv.userId(QStringLiteral("admin"))}}}};
    QCOMPARE(hsm("PUT",
                 QStringLiteral("providers/Microsoft.Authorization/roleAssignments/") +
                     QUuid::createUuid().toString(QUuid::WithoutBraces),
                 assignment)
                 .status,
             201);
    const HttpResult created = hsm("POST", QStringLiteral("keys/hk/create"), kRsa);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json()[QStringLiteral("key")][QStringLiteral("kty")].toString(), QStringLiteral("RSA-HSM"));
    QVERIFY(created.json()[QStringLiteral("key")][QStringLiteral("kid")].toString().contains(
        QStringLiteral("/managedhsms/hsm-fab/keys/hk/")));
    QCOMPARE(hsm("GET", QStringLiteral("keys/hk")).status, 200);
    const HttpResult noToken = kv.http().get(QStringLiteral("/managedhsms/hsm-fab/keys?api-version=7.5"));
    QVERIFY(noToken.header("WWW-Authenticate").contains("resource=\"https://managedhsm.azure.net\""));
}

QTEST_GUILESS_MAIN(tst_SandboxManagedHsm)
#include "tst_sandboxmanagedhsm.moc"
