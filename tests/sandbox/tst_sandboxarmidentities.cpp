// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ids.h"
#include "sandbox/world.h"
#include "sandbox/worldcodec.h"
#include "sandboxarmclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QString kIdentities = QStringLiteral("/resourceGroups/rg-crosskey-isv/providers/Microsoft.ManagedIdentity/"
                                           "userAssignedIdentities");
QString identity(const QString &name, const QString &version = QStringLiteral("2023-01-31"))
{
    return SandboxArmClient::sub() + kIdentities + QLatin1Char('/') + name + QStringLiteral("?api-version=") + version;
}
QString provider(const QString &ns, const QString &suffix = {})
{
    return SandboxArmClient::sub() + QStringLiteral("/providers/") + ns + suffix +
           QStringLiteral("?api-version=2024-03-01");
}
const QJsonObject kEastUs{{QStringLiteral("location"), QStringLiteral("eastus")}};
} // namespace

class tst_SandboxArmIdentities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unregisteredNamespace_isMissingSubscriptionRegistration();
    void register_takesTheConfiguredDelay();
    void register_needsSubscriptionScope();
    void feature_registersAfterDelay();
    void identity_createGetListDelete();
    void identity_developerOnlyInItsGroup();
    void identity_supportReadsOnly();
    void identity_badNameAndVersion_data();
    void identity_badNameAndVersion();
    void state_roundTripKeepsIdentitiesAndRegistrations();

private:
    static void registerIdentityNamespace(SandboxArmClient &arm, const QByteArray &token);
};

void tst_SandboxArmIdentities::registerIdentityNamespace(SandboxArmClient &arm, const QByteArray &token)
{
    QCOMPARE(arm.call("POST", provider(QStringLiteral("Microsoft.ManagedIdentity"), QStringLiteral("/register")), token)
                 .status,
             200);
    arm.clock().advance(60);
    QCOMPARE(arm.call("GET", provider(QStringLiteral("Microsoft.ManagedIdentity")), token)
                 .json()[QStringLiteral("registrationState")]
                 .toString(),
             QStringLiteral("Registered"));
}

void tst_SandboxArmIdentities::unregisteredNamespace_isMissingSubscriptionRegistration()
{
    SandboxArmClient arm;
    const HttpResult result = arm.call("PUT", identity(QStringLiteral("uami-crosskey")), arm.token("admin"), kEastUs);
    QCOMPARE(result.status, 409);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("MissingSubscriptionRegistration"));
    QVERIFY(SandboxArmClient::message(result).contains(QStringLiteral("'Microsoft.ManagedIdentity'")));
    // The customer's subscription has it registered, but not Key Vault.
    const HttpResult vault = arm.call("GET",
                                      SandboxArmClient::sub(QStringLiteral("fabrikam")) +
                                          QStringLiteral("/resourceGroups/rg-crosskey-customer/providers/"
                                                         "Microsoft.KeyVault/vaults/kv1?api-version=2023-07-01"),
                                      arm.token("admin", QStringLiteral("fabrikam")));
    QCOMPARE(vault.status, 409);
    QCOMPARE(SandboxArmClient::code(vault), QStringLiteral("MissingSubscriptionRegistration"));
}

void tst_SandboxArmIdentities::register_takesTheConfiguredDelay()
{
    ServerOptions options;
    options.providerRegistrationDelayMs = 20000;
    SandboxArmClient arm(options);
    const QByteArray token = arm.token("owner");
    const QString ns = QStringLiteral("Microsoft.ManagedIdentity");
    QCOMPARE(arm.call("GET", provider(ns), token).json()[QStringLiteral("registrationState")].toString(),
             QStringLiteral("NotRegistered"));
    const HttpResult registering = arm.call("POST", provider(ns, QStringLiteral("/register")), token);
    QCOMPARE(registering.status, 200);
    QCOMPARE(registering.json()[QStringLiteral("registrationState")].toString(), QStringLiteral("Registering"));
    arm.clock().advance(10);
    QCOMPARE(arm.call("GET", provider(ns), token).json()[QStringLiteral("registrationState")].toString(),
             QStringLiteral("Registering"));
    arm.clock().advance(11);
    QCOMPARE(arm.call("GET", provider(ns), token).json()[QStringLiteral("registrationState")].toString(),
             QStringLiteral("Registered"));
    QCOMPARE(arm.call("PUT", identity(QStringLiteral("uami-crosskey")), token, kEastUs).status, 201);
}

void tst_SandboxArmIdentities::register_needsSubscriptionScope()
{
    SandboxArmClient arm;
    const HttpResult result =
        arm.call("POST", provider(QStringLiteral("Microsoft.ManagedIdentity"), QStringLiteral("/register")),
                 arm.token("developer"));
    QCOMPARE(result.status, 403);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("AuthorizationFailed"));
    QVERIFY(SandboxArmClient::message(result).contains(QStringLiteral("'Microsoft.ManagedIdentity/register/action'")));
}

void tst_SandboxArmIdentities::feature_registersAfterDelay()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("admin");
    const QString feature =
        SandboxArmClient::sub() + QStringLiteral("/providers/Microsoft.Features/providers/Microsoft.Storage/features/"
                                                 "FederatedClientIdentity");
    const QString version = QStringLiteral("?api-version=2021-07-01");
    const auto state = [&](const HttpResult &result) {
        return result.json()[QStringLiteral("properties")][QStringLiteral("state")].toString();
    };
    QCOMPARE(state(arm.call("GET", feature + version, token)), QStringLiteral("NotRegistered"));
    QCOMPARE(state(arm.call("POST", feature + QStringLiteral("/register") + version, token)),
             QStringLiteral("Registering"));
    arm.clock().advance(30);
    const HttpResult registered = arm.call("GET", feature + version, token);
    QCOMPARE(state(registered), QStringLiteral("Registered"));
    QCOMPARE(registered.json()[QStringLiteral("name")].toString(),
             QStringLiteral("Microsoft.Storage/FederatedClientIdentity"));
}

void tst_SandboxArmIdentities::identity_createGetListDelete()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("admin");
    registerIdentityNamespace(arm, token);
    const HttpResult created = arm.call("PUT", identity(QStringLiteral("uami-crosskey")), token, kEastUs);
    QCOMPARE(created.status, 201);
    const QJsonObject properties = created.json()[QStringLiteral("properties")].toObject();
    QVERIFY(Ids::isGuid(properties[QStringLiteral("principalId")].toString()));
    QVERIFY(Ids::isGuid(properties[QStringLiteral("clientId")].toString()));
    QCOMPARE(properties[QStringLiteral("tenantId")].toString(), Scenarios::tenantId(QStringLiteral("contosoisv")));
    QCOMPARE(created.header("Location"), created.json()[QStringLiteral("id")].toString().toUtf8());
    QCOMPARE(
        arm.call("PUT", identity(QStringLiteral("uami-crosskey"), QStringLiteral("2018-11-30")), token, kEastUs).status,
        200);
    const HttpResult got =
        arm.call("GET", identity(QStringLiteral("uami-crosskey"), QStringLiteral("2024-11-30")), token);
    QCOMPARE(got.json()[QStringLiteral("properties")][QStringLiteral("principalId")],
             properties[QStringLiteral("principalId")]);
    const QString bySubscription =
        SandboxArmClient::sub() + QStringLiteral("/providers/Microsoft.ManagedIdentity/userAssignedIdentities"
                                                 "?api-version=2023-01-31");
    QCOMPARE(arm.call("GET", bySubscription, token).json()[QStringLiteral("value")].toArray().size(), 1);
    QCOMPARE(arm.call("DELETE", identity(QStringLiteral("uami-crosskey")), token).status, 200);
    QCOMPARE(arm.call("DELETE", identity(QStringLiteral("uami-crosskey")), token).status, 204);
    const HttpResult missing = arm.call("GET", identity(QStringLiteral("uami-crosskey")), token);
    QCOMPARE(missing.status, 404);
    QCOMPARE(SandboxArmClient::code(missing), QStringLiteral("ResourceNotFound"));
}

void tst_SandboxArmIdentities::identity_developerOnlyInItsGroup()
{
    SandboxArmClient arm;
    registerIdentityNamespace(arm, arm.token("admin"));
    const QByteArray token = arm.token("developer");
    QCOMPARE(arm.call("PUT", identity(QStringLiteral("uami-dev")), token, kEastUs).status, 201);
    const QString elsewhere =
        SandboxArmClient::sub() + QStringLiteral("/resourceGroups/rg-shared/providers/Microsoft.ManagedIdentity/"
                                                 "userAssignedIdentities/uami-dev?api-version=2023-01-31");
    const HttpResult denied = arm.call("PUT", elsewhere, token, kEastUs);
    QCOMPARE(denied.status, 403);
    QCOMPARE(SandboxArmClient::code(denied), QStringLiteral("AuthorizationFailed"));
}

void tst_SandboxArmIdentities::identity_supportReadsOnly()
{
    SandboxArmClient arm;
    const QByteArray admin = arm.token("admin");
    registerIdentityNamespace(arm, admin);
    QCOMPARE(arm.call("PUT", identity(QStringLiteral("uami-crosskey")), admin, kEastUs).status, 201);
    const QByteArray support = arm.token("support");
    QCOMPARE(arm.call("GET", identity(QStringLiteral("uami-crosskey")), support).status, 200);
    QCOMPARE(arm.call("DELETE", identity(QStringLiteral("uami-crosskey")), support).status, 403);
}

void tst_SandboxArmIdentities::identity_badNameAndVersion_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("short name") << "ab"
                                << "2023-01-31" << 400 << "InvalidResourceName";
    QTest::newRow("leading dash") << "-abc"
                                  << "2023-01-31" << 400 << "InvalidResourceName";
    QTest::newRow("dot") << "a.bc"
                         << "2023-01-31" << 400 << "InvalidResourceName";
    QTest::newRow("unknown version") << "uami-ok"
                                     << "2020-01-01" << 400 << "NoRegisteredProviderFound";
}

void tst_SandboxArmIdentities::identity_badNameAndVersion()
{
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxArmClient arm;
    const QByteArray token = arm.token("admin");
    registerIdentityNamespace(arm, token);
    const quint64 revision = arm.server().world().revision();
    const HttpResult result = arm.call("PUT", identity(name, version), token, kEastUs);
    QCOMPARE(result.status, status);
    QCOMPARE(SandboxArmClient::code(result), code);
    QCOMPARE(arm.server().world().revision(), revision);
}

void tst_SandboxArmIdentities::state_roundTripKeepsIdentitiesAndRegistrations()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("admin");
    registerIdentityNamespace(arm, token);
    QCOMPARE(arm.call("PUT", identity(QStringLiteral("uami-crosskey")), token, kEastUs).status, 201);
    QCOMPARE(arm.call("POST",
                      SandboxArmClient::sub() +
                          QStringLiteral("/providers/Microsoft.Features/providers/Microsoft.Storage/features/"
                                         "FederatedClientIdentity/register?api-version=2021-07-01"),
                      token)
                 .status,
             200);
    const QJsonObject saved = WorldCodec::toJson(arm.server().world(), WorldCodec::Secrets::Include);
    World loaded;
    QString error;
    QVERIFY2(WorldCodec::fromJson(saved, &loaded, &error), qPrintable(error));
    const ArmState &state = loaded.resourceManager();
    QCOMPARE(state.identities.size(), 1);
    QCOMPARE(state.identities.first().principalId,
             arm.server().world().resourceManager().identities.first().principalId);
    QCOMPARE(state.features.size(), 1);
    QCOMPARE(state.features.first().state, QStringLiteral("Registering"));
    QCOMPARE(state.providers.size(), arm.server().world().resourceManager().providers.size());
    QCOMPARE(WorldCodec::toJson(loaded, WorldCodec::Secrets::Include), saved);
}

QTEST_GUILESS_MAIN(tst_SandboxArmIdentities)
#include "tst_sandboxarmidentities.moc"
