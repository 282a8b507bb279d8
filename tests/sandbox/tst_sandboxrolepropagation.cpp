// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxkeyvaultclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QJsonObject kRsa{{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("key_size"), 2048}};
} // namespace

// A new role assignment takes time to apply, in Resource Manager and in Key Vault's data plane.
class tst_SandboxRolePropagation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rbac_newAssignmentWaitsForPropagation();
};

void tst_SandboxRolePropagation::rbac_newAssignmentWaitsForPropagation()
{
    ServerOptions options;
    options.roleAssignmentPropagationDelayMs = 30'000;
    SandboxKeyVaultClient kv(options);
    const QByteArray arm = kv.token("admin", QStringLiteral("fabrikam"));
    QCOMPARE(kv.createVault(QStringLiteral("kv-prop"), true, arm).status, 201);
    QCOMPARE(kv.assignRole(SandboxKeyVaultClient::vaultId(QStringLiteral("kv-prop")),
                           QLatin1String(SandboxKeyVaultClient::cryptoOfficer), kv.userId(QStringLiteral("admin")), arm)
                 .status,
             201);
    const QByteArray officer = kv.vaultToken(QStringLiteral("admin"));

    // Crypto Officer was just assigned: Key Vault does not honour it yet.
    const HttpResult early = kv.kv("POST", QStringLiteral("kv-prop"), QStringLiteral("keys/cmk/create"), officer, kRsa);
    QCOMPARE(early.status, 403);
    QCOMPARE(SandboxKeyVaultClient::innerCode(early), QStringLiteral("ForbiddenByRbac"));

    // Resource Manager, too: developer may not create groups in the subscription until Owner propagates.
    const QString owner = QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
    QCOMPARE(kv.assignRole(SandboxArmClient::sub(SandboxKeyVaultClient::tenant()), owner,
                           kv.userId(QStringLiteral("developer")), arm)
                 .status,
             201);
    const QByteArray developer = kv.token("developer", QStringLiteral("fabrikam"));
    const QString group = SandboxArmClient::sub(SandboxKeyVaultClient::tenant()) +
                          QStringLiteral("/resourcegroups/rg-prop?api-version=2024-03-01");
    const QJsonObject location{{QStringLiteral("location"), QStringLiteral("westeurope")}};
    const HttpResult denied = kv.call("PUT", group, developer, location);
    QCOMPARE(denied.status, 403);
    QCOMPARE(SandboxArmClient::code(denied), QStringLiteral("AuthorizationFailed"));

    kv.clock().advance(31);
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-prop"), QStringLiteral("keys/cmk/create"), officer, kRsa).status, 200);
    QCOMPARE(kv.call("PUT", group, developer, location).status, 201);
}

QTEST_GUILESS_MAIN(tst_SandboxRolePropagation)
#include "tst_sandboxrolepropagation.moc"
