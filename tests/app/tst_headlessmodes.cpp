// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessrun.h"
#include "sandbox/keyvaultstate.h"
#include "sandbox/scenarios.h"
#include "sandbox/storagescenarios.h"
#include "sandbox/storagestate.h"
#include "sandbox/world.h"
#include "tests/azure/sandboxcloud.h"
#include "wizard/invitation.h"
#include "wizard/keygrant.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace CrossKey;
using Sandbox::StorageScenarios;
using Tests::HeadlessRun;

// The headless modes after isv-prepare (customer-grant, isv-bind, the Manage actions) and `crosskey diagnose`, run
// as the built binary against the in-process sandbox with no delays, so no step has to wait.
class tst_HeadlessModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void usage_exitsTwo_data();
    void usage_exitsTwo();
    void isvBind_malformedKeyGrant_exitsTwoAndWritesNothing();
    void customerGrant_fromInvitation_writesKeyGrant();
    void customerGrant_tamperedInvitation_exitsTwoAndWritesNothing();
    void customerGrant_adminConsent_printsTheLinkAndWaitsUntilStopped();
    void customerGrant_dryRun_printsScriptAndWritesNothing();
    void customerGrant_existingVaultAndKey_areReused();
    void customerGrant_killedInTheMiddle_secondRunFinishes();
    void isvBind_fromCustomerReady_bindsTheAccount();
    void switchToMicrosoftKeys_onBound_exitsZero();
    void disableKey_thenEnable_customerSide();
    void diagnose_bound_jsonReportExitsZero();
    void diagnose_broken_exitsTwoWithTheFailingLink();
    void diagnose_htmlWrittenToOutput();
    void diagnose_noTenantReachable_exitsThree();

private:
    bool startSandbox(const QString &scenario, const QString &user = QStringLiteral("admin"), int latencyMs = 0);
    QStringList customerGrant(const QString &invitation, const QString &out) const;
    QString invitationFile();
    QString keyGrantFile();
    QStringList diagnoseArguments(const QStringList &extra) const;
    Sandbox::StorageAccount account() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    QNetworkAccessManager m_network;
};

void tst_HeadlessModes::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_sandbox.reset();
}

void tst_HeadlessModes::usage_exitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString cloud = QStringLiteral("http://127.0.0.1:9");
    QTest::newRow("diagnose help") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--help")} << 0
                                   << QStringLiteral("--customer-tenant");
    QTest::newRow("diagnose without target")
        << QStringList{QStringLiteral("diagnose"), QStringLiteral("--isv-tenant"), QStringLiteral("contoso.com")} << 2
        << QStringLiteral("exactly one");
    QTest::newRow("diagnose without tenant")
        << QStringList{QStringLiteral("diagnose"), QStringLiteral("--app-id"), StorageScenarios::appId()} << 2
        << QStringLiteral("--isv-tenant");
    QTest::newRow("diagnose bad format") << QStringList{QStringLiteral("diagnose"),    QStringLiteral("--app-id"),
                                                        StorageScenarios::appId(),     QStringLiteral("--isv-tenant"),
                                                        QStringLiteral("contoso.com"), QStringLiteral("--format"),
                                                        QStringLiteral("pdf")}
                                         << 2 << QStringLiteral("pdf");
    QTest::newRow("isv-bind help") << QStringList{QStringLiteral("run"), QStringLiteral("isv-bind"),
                                                  QStringLiteral("--help")}
                                   << 0 << QStringLiteral("--pin-version");
    QTest::newRow("customer-grant without invitation")
        << QStringList{QStringLiteral("run"),      QStringLiteral("customer-grant"), QStringLiteral("--cloud"), cloud,
                       QStringLiteral("--tenant"), QStringLiteral("fabrikam.com")}
        << 2 << QStringLiteral("--invitation is required");
    QTest::newRow("rotate-key without vault")
        << QStringList{QStringLiteral("run"),        QStringLiteral("rotate-key"),
                       QStringLiteral("--cloud"),    cloud,
                       QStringLiteral("--tenant"),   QStringLiteral("fabrikam.com"),
                       QStringLiteral("--key-name"), QStringLiteral("cmk")}
        << 2 << QStringLiteral("--vault-uri is required");
}

void tst_HeadlessModes::usage_exitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const HeadlessRun result = HeadlessRun::run(*m_home, arguments);
    QVERIFY2(result.exitCode == exitCode, result.describe());
    QVERIFY2(QString(result.out + result.err).contains(expected), result.describe());
}

void tst_HeadlessModes::isvBind_malformedKeyGrant_exitsTwoAndWritesNothing()
{
    QVERIFY(startSandbox(QStringLiteral("customer-ready")));
    const QString grant = m_home->filePath(QStringLiteral("key-grant.json"));
    QFile file(grant);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type": "crosskey-key-grant", "version": 1, "customerTenantId": "not-a-guid"})");
    file.close();
    const int before = m_sandbox->requestLog().count();
    const HeadlessRun result = HeadlessRun::run(
        *m_home,
        {QStringLiteral("run"), QStringLiteral("isv-bind"), QStringLiteral("--key-grant"), grant,
         QStringLiteral("--cloud"), m_sandbox->baseUrl().toString(), QStringLiteral("--tenant"),
         QStringLiteral("contosoisv.onmicrosoft.com"), QStringLiteral("--subscription"),
         Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv")), QStringLiteral("--resource-group"),
         QStringLiteral("rg-crosskey-isv"), QStringLiteral("--storage-account"), StorageScenarios::accountName()});
    QVERIFY2(result.exitCode == 2, result.describe());
    QVERIFY2(result.err.contains(QLatin1String("Nothing was changed")), result.describe());
    QCOMPARE(Tests::writesSince(*m_sandbox, before), QStringList());
}

bool tst_HeadlessModes::startSandbox(const QString &scenario, const QString &user, int latencyMs)
{
    Sandbox::ServerOptions options;
    options.scenario = scenario;
    options.autoApprove = {user};
    options.deviceCodeIntervalSeconds = 1;
    options.principalReplicationDelayMs = 0;
    options.providerRegistrationDelayMs = 0;
    options.featureRegistrationDelayMs = 0;
    options.longRunningOperationMs = 0;
    options.roleAssignmentPropagationDelayMs = 0;
    options.addedLatencyMs = latencyMs;
    m_sandbox = std::make_unique<Sandbox::Server>(options);
    return m_sandbox->listen(0);
}

QString tst_HeadlessModes::invitationFile()
{
    const Azure::Cloud cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    Wizard::RunContext context;
    context.tenantId = Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv"));
    context.appId = StorageScenarios::appId();
    context.appName = QStringLiteral("CrossKey CMK");
    const auto invitation = Wizard::Invitation::fromContext(context, cloud);
    const QString path = m_home->filePath(QStringLiteral("invitation.json"));
    return invitation && invitation.value().save(path) ? path : QString();
}

QString tst_HeadlessModes::keyGrantFile()
{
    const Azure::Cloud cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    Wizard::RunContext context;
    context.customerTenantId = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    context.vaultUri =
        m_sandbox->baseUrl().toString() + QStringLiteral("/vaults/") + StorageScenarios::vaultName() + QLatin1Char('/');
    context.keyName = StorageScenarios::keyName();
    context.appId = StorageScenarios::appId();
    const auto grant = Wizard::KeyGrant::fromContext(context, cloud);
    const QString path = m_home->filePath(QStringLiteral("key-grant.json"));
    return grant && grant.value().save(path) ? path : QString();
}

Sandbox::StorageAccount tst_HeadlessModes::account() const
{
    for (const auto &candidate : m_sandbox->world().storage().accounts) {
        if (candidate.name == StorageScenarios::accountName()) {
            return candidate;
        }
    }
    return {};
}

QStringList tst_HeadlessModes::diagnoseArguments(const QStringList &extra) const
{
    return QStringList{QStringLiteral("diagnose"),
                       QStringLiteral("--cloud"),
                       m_sandbox->baseUrl().toString(),
                       QStringLiteral("--storage-account"),
                       StorageScenarios::accountName(),
                       QStringLiteral("--subscription"),
                       Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv")),
                       QStringLiteral("--isv-tenant"),
                       QStringLiteral("contosoisv.onmicrosoft.com"),
                       QStringLiteral("--customer-tenant"),
                       QStringLiteral("fabrikam.onmicrosoft.com")} +
           extra;
}

void tst_HeadlessModes::customerGrant_fromInvitation_writesKeyGrant()
{
    QVERIFY(startSandbox(QStringLiteral("isv-ready")));
    const QString invitation = invitationFile();
    QVERIFY(!invitation.isEmpty());
    const QString out = m_home->filePath(QStringLiteral("grant.json"));
    const HeadlessRun result =
        HeadlessRun::run(*m_home, {QStringLiteral("run"),
                                   QStringLiteral("customer-grant"),
                                   QStringLiteral("--invitation"),
                                   invitation,
                                   QStringLiteral("--cloud"),
                                   m_sandbox->baseUrl().toString(),
                                   QStringLiteral("--tenant"),
                                   QStringLiteral("fabrikam.onmicrosoft.com"),
                                   QStringLiteral("--subscription"),
                                   Sandbox::Scenarios::subscriptionId(QStringLiteral("fabrikam")),
                                   QStringLiteral("--resource-group"),
                                   QStringLiteral("rg-crosskey-customer"),
                                   QStringLiteral("--location"),
                                   QStringLiteral("eastus"),
                                   QStringLiteral("--vault-name"),
                                   QStringLiteral("kv-headless-test"),
                                   QStringLiteral("--key-name"),
                                   QStringLiteral("cmk"),
                                   QStringLiteral("--key-size"),
                                   QStringLiteral("2048"),
                                   QStringLiteral("--out"),
                                   out});
    QVERIFY2(result.exitCode == 0, result.describe());
    const auto grant = Wizard::KeyGrant::load(out);
    QVERIFY2(grant, qPrintable(grant ? QString() : grant.error().summary()));
    QCOMPARE(grant.value().appId, StorageScenarios::appId());
    QCOMPARE(grant.value().customerTenantId, Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")));
    QCOMPARE(grant.value().keyName, QStringLiteral("cmk"));
    QVERIFY(grant.value().vaultUri.toString().contains(QLatin1String("kv-headless-test")));
    QVERIFY(result.out.contains(QLatin1String("Key grant written to")));
}

void tst_HeadlessModes::customerGrant_tamperedInvitation_exitsTwoAndWritesNothing()
{
    QVERIFY(startSandbox(QStringLiteral("isv-ready")));
    const QString invitation = invitationFile();
    QFile file(invitation);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    // Another app's id under the same consent link: the link would install a different application.
    json.insert(QStringLiteral("appId"), QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();
    const int before = m_sandbox->requestLog().count();
    const QString out = m_home->filePath(QStringLiteral("grant.json"));
    const HeadlessRun result =
        HeadlessRun::run(*m_home, {QStringLiteral("run"),
                                   QStringLiteral("customer-grant"),
                                   QStringLiteral("--invitation"),
                                   invitation,
                                   QStringLiteral("--cloud"),
                                   m_sandbox->baseUrl().toString(),
                                   QStringLiteral("--tenant"),
                                   QStringLiteral("fabrikam.onmicrosoft.com"),
                                   QStringLiteral("--subscription"),
                                   Sandbox::Scenarios::subscriptionId(QStringLiteral("fabrikam")),
                                   QStringLiteral("--resource-group"),
                                   QStringLiteral("rg-crosskey-customer"),
                                   QStringLiteral("--location"),
                                   QStringLiteral("eastus"),
                                   QStringLiteral("--vault-name"),
                                   QStringLiteral("kv-headless-test"),
                                   QStringLiteral("--key-name"),
                                   QStringLiteral("cmk"),
                                   QStringLiteral("--out"),
                                   out});
    QVERIFY2(result.exitCode == 2, result.describe());
    QVERIFY2(result.err.contains(QLatin1String("Nothing was changed")), result.describe());
    QCOMPARE(Tests::writesSince(*m_sandbox, before), QStringList());
    QVERIFY(!QFile::exists(out));
}

QStringList tst_HeadlessModes::customerGrant(const QString &invitation, const QString &out) const
{
    return {QStringLiteral("run"),
            QStringLiteral("customer-grant"),
            QStringLiteral("--invitation"),
            invitation,
            QStringLiteral("--cloud"),
            m_sandbox->baseUrl().toString(),
            QStringLiteral("--tenant"),
            QStringLiteral("fabrikam.onmicrosoft.com"),
            QStringLiteral("--subscription"),
            Sandbox::Scenarios::subscriptionId(QStringLiteral("fabrikam")),
            QStringLiteral("--resource-group"),
            QStringLiteral("rg-crosskey-customer"),
            QStringLiteral("--location"),
            QStringLiteral("eastus"),
            QStringLiteral("--vault-name"),
            QStringLiteral("kv-headless-test"),
            QStringLiteral("--key-name"),
            QStringLiteral("cmk"),
            QStringLiteral("--out"),
            out};
}

void tst_HeadlessModes::customerGrant_adminConsent_printsTheLinkAndWaitsUntilStopped()
{
    // support@ may not install applications: the step asks an administrator and polls. No browser here, so the
    // link is printed; SIGTERM (as Ctrl+C) stops the wait with the progress saved.
    QVERIFY(startSandbox(QStringLiteral("isv-ready"), QStringLiteral("support")));
    const QString invitation = invitationFile();
    QVERIFY(!invitation.isEmpty());
    const QString out = m_home->filePath(QStringLiteral("grant.json"));
    const HeadlessRun result =
        HeadlessRun::run(*m_home, customerGrant(invitation, out), 60000,
                         [](const QByteArray &err) { return err.contains("adminconsent") && err.contains("Ctrl+C"); });
    QVERIFY2(result.err.contains(QLatin1String("/adminconsent")), result.describe());
    QVERIFY2(result.err.contains(StorageScenarios::appId()), result.describe());
    QVERIFY2(result.exitCode == 1, result.describe());
    QVERIFY2(result.err.contains(QLatin1String("Progress is saved")), result.describe());
    QVERIFY(!QFile::exists(out));
}

void tst_HeadlessModes::customerGrant_dryRun_printsScriptAndWritesNothing()
{
    QVERIFY(startSandbox(QStringLiteral("isv-ready")));
    const QString invitation = invitationFile();
    QVERIFY(!invitation.isEmpty());
    const int before = m_sandbox->requestLog().count();
    QStringList arguments = customerGrant(invitation, QString());
    arguments.removeLast(); // no --out for a dry run
    arguments.removeLast();
    const HeadlessRun result = HeadlessRun::run(*m_home, arguments + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY2(result.out.contains(QLatin1String("az keyvault create --name kv-headless-test")), result.describe());
    QCOMPARE(Tests::writesSince(*m_sandbox, before), QStringList());
}

void tst_HeadlessModes::customerGrant_existingVaultAndKey_areReused()
{
    QVERIFY(startSandbox(QStringLiteral("customer-ready")));
    const QString invitation = invitationFile();
    QVERIFY(!invitation.isEmpty());
    const QString out = m_home->filePath(QStringLiteral("grant.json"));
    QStringList arguments = customerGrant(invitation, out);
    arguments[arguments.indexOf(QStringLiteral("kv-headless-test"))] = StorageScenarios::vaultName();
    const HeadlessRun result = HeadlessRun::run(*m_home, arguments);
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY2(result.out.contains(QLatin1String("[2/6] Key vault: already-done")), result.describe());
    QVERIFY2(result.out.contains(QLatin1String("[4/6] Key: already-done")), result.describe());
    const auto grant = Wizard::KeyGrant::load(out);
    QVERIFY(grant);
    QVERIFY(grant.value().vaultUri.toString().contains(StorageScenarios::vaultName()));
    int vaults = 0;
    for (const auto &vault : m_sandbox->world().keyVault().vaults) {
        vaults += vault.name == StorageScenarios::vaultName() ? 1 : 0;
    }
    QCOMPARE(vaults, 1);
}

void tst_HeadlessModes::customerGrant_killedInTheMiddle_secondRunFinishes()
{
    // Latency gives the run a middle: it is killed (no chance to save or clean up) while the key step runs.
    QVERIFY(startSandbox(QStringLiteral("isv-ready"), QStringLiteral("admin"), 100));
    const QString invitation = invitationFile();
    QVERIFY(!invitation.isEmpty());
    const QString out = m_home->filePath(QStringLiteral("grant.json"));
    const QStringList arguments = customerGrant(invitation, out);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral(".cache")));
    environment.insert(QStringLiteral("CI"), QStringLiteral("true"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_home->path());
    QByteArray seen;
    connect(&process, &QProcess::readyReadStandardOutput, &process, [&process, &seen] {
        seen += process.readAllStandardOutput();
        const int at = seen.indexOf("[4/");
        if (at >= 0 && seen.indexOf(": running", at) > at) {
            process.kill(); // SIGKILL
        }
    });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CROSSKEY_BINARY), arguments);
    QVERIFY(finished.wait(60000));
    process.disconnect();
    QVERIFY2(process.exitStatus() == QProcess::CrashExit, seen.constData());
    QVERIFY(!QFile::exists(out));

    const HeadlessRun second = HeadlessRun::run(*m_home, arguments);
    QVERIFY2(second.exitCode == 0, second.describe());
    QVERIFY2(second.out.contains(QLatin1String("Resuming: ")), second.describe());
    QVERIFY(QFile::exists(out));

    const Sandbox::World &world = m_sandbox->world();
    const QString vaultName = QStringLiteral("kv-headless-test");
    int vaults = 0;
    QString vaultId;
    for (const auto &vault : world.keyVault().vaults) {
        if (vault.name == vaultName) {
            ++vaults;
            vaultId = vault.id();
        }
    }
    QCOMPARE(vaults, 1);
    QSet<QString> keys;
    for (const auto &key : world.keyVault().keys) {
        if (key.vaultName == vaultName && !key.deletedAt.isValid()) {
            keys.insert(key.keyName);
        }
    }
    QCOMPARE(keys, QSet<QString>{QStringLiteral("cmk")});
    const QString fabrikam = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    QString principalId;
    for (const auto &principal : world.servicePrincipals()) {
        if (principal.appId == StorageScenarios::appId() && principal.tenantId == fabrikam) {
            QVERIFY2(principalId.isEmpty(), "the app has one service principal in the customer tenant");
            principalId = principal.id;
        }
    }
    QVERIFY(!principalId.isEmpty());
    int assignments = 0;
    for (const auto &assignment : world.roleAssignments()) {
        if (assignment.principalId == principalId &&
            assignment.scope.compare(vaultId + QStringLiteral("/keys/cmk"), Qt::CaseInsensitive) == 0) {
            ++assignments;
        }
    }
    QCOMPARE(assignments, 1);
}

void tst_HeadlessModes::isvBind_fromCustomerReady_bindsTheAccount()
{
    QVERIFY(startSandbox(QStringLiteral("customer-ready")));
    const QString grant = keyGrantFile();
    QVERIFY(!grant.isEmpty());
    QVERIFY(!account().usesCustomerKey());
    // No --identity: the one the app's federated credential names is found.
    const HeadlessRun result = HeadlessRun::run(
        *m_home,
        {QStringLiteral("run"), QStringLiteral("isv-bind"), QStringLiteral("--key-grant"), grant,
         QStringLiteral("--cloud"), m_sandbox->baseUrl().toString(), QStringLiteral("--tenant"),
         QStringLiteral("contosoisv.onmicrosoft.com"), QStringLiteral("--subscription"),
         Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv")), QStringLiteral("--resource-group"),
         QStringLiteral("rg-crosskey-isv"), QStringLiteral("--storage-account"), StorageScenarios::accountName()});
    QVERIFY2(result.exitCode == 0, result.describe());
    const Sandbox::StorageAccount bound = account();
    QVERIFY(bound.usesCustomerKey());
    QCOMPARE(bound.keyName, StorageScenarios::keyName());
    QCOMPARE(bound.federatedClientId, StorageScenarios::appId());
    QVERIFY(
        bound.encryptionIdentity.endsWith(QLatin1String("/") + StorageScenarios::identityName(), Qt::CaseInsensitive));
}

void tst_HeadlessModes::switchToMicrosoftKeys_onBound_exitsZero()
{
    QVERIFY(startSandbox(QStringLiteral("bound")));
    QVERIFY(account().usesCustomerKey());
    const HeadlessRun result = HeadlessRun::run(
        *m_home,
        {QStringLiteral("run"), QStringLiteral("switch-to-microsoft-keys"), QStringLiteral("--cloud"),
         m_sandbox->baseUrl().toString(), QStringLiteral("--tenant"), QStringLiteral("contosoisv.onmicrosoft.com"),
         QStringLiteral("--subscription"), Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv")),
         QStringLiteral("--resource-group"), QStringLiteral("rg-crosskey-isv"), QStringLiteral("--storage-account"),
         StorageScenarios::accountName()});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY(!account().usesCustomerKey());
}

void tst_HeadlessModes::disableKey_thenEnable_customerSide()
{
    // After the customer's own grant run, which gave the signed-in admin Crypto Officer on the new vault.
    QVERIFY(startSandbox(QStringLiteral("isv-ready")));
    const QString invitation = invitationFile();
    QVERIFY(!invitation.isEmpty());
    const HeadlessRun granted =
        HeadlessRun::run(*m_home, customerGrant(invitation, m_home->filePath(QStringLiteral("grant.json"))));
    QVERIFY2(granted.exitCode == 0, granted.describe());
    // The vault URI without its trailing slash, as people type it.
    const QStringList common{
        QStringLiteral("--cloud"),     m_sandbox->baseUrl().toString(),
        QStringLiteral("--tenant"),    QStringLiteral("fabrikam.onmicrosoft.com"),
        QStringLiteral("--vault-uri"), m_sandbox->baseUrl().toString() + QStringLiteral("/vaults/kv-headless-test"),
        QStringLiteral("--key-name"),  QStringLiteral("cmk")};
    const HeadlessRun disabled =
        HeadlessRun::run(*m_home, QStringList{QStringLiteral("run"), QStringLiteral("disable-key")} + common);
    QVERIFY2(disabled.exitCode == 0, disabled.describe());
    QVERIFY2(disabled.out.contains(QLatin1String(": done")), disabled.describe());
    const HeadlessRun again =
        HeadlessRun::run(*m_home, QStringList{QStringLiteral("run"), QStringLiteral("disable-key")} + common);
    QVERIFY2(again.exitCode == 0 && again.out.contains(QLatin1String("already-done")), again.describe());
    const HeadlessRun enabled =
        HeadlessRun::run(*m_home, QStringList{QStringLiteral("run"), QStringLiteral("enable-key")} + common);
    QVERIFY2(enabled.exitCode == 0 && enabled.out.contains(QLatin1String(": done")), enabled.describe());
}

void tst_HeadlessModes::diagnose_bound_jsonReportExitsZero()
{
    QVERIFY(startSandbox(QStringLiteral("bound")));
    const int before = m_sandbox->requestLog().count();
    const HeadlessRun result =
        HeadlessRun::run(*m_home, diagnoseArguments({QStringLiteral("--format"), QStringLiteral("json")}));
    // The bound scenario is what the three phases leave: every check passes.
    QVERIFY2(result.exitCode == 0, result.describe());
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(-1), result.exitCode);
    QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("fail")).toInt(-1), 0);
    QCOMPARE(report.value(QStringLiteral("target")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("storage-account"));
    QCOMPARE(report.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QVERIFY(!report.value(QStringLiteral("findings")).toArray().isEmpty());
    QCOMPARE(Tests::writesSince(*m_sandbox, before), QStringList()); // read-only
}

void tst_HeadlessModes::diagnose_broken_exitsTwoWithTheFailingLink()
{
    QVERIFY(startSandbox(QStringLiteral("broken-key-disabled")));
    const HeadlessRun result = HeadlessRun::run(*m_home, diagnoseArguments({}));
    QVERIFY2(result.exitCode == 2, result.describe());
    QVERIFY2(result.out.contains(QLatin1String("disabled"), Qt::CaseInsensitive), result.describe());
}

void tst_HeadlessModes::diagnose_htmlWrittenToOutput()
{
    QVERIFY(startSandbox(QStringLiteral("bound")));
    const QString path = m_home->filePath(QStringLiteral("report.html"));
    const HeadlessRun result = HeadlessRun::run(
        *m_home,
        diagnoseArguments({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), path}));
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.describe());
    QVERIFY(result.err.contains(QLatin1String("Report written to")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.contains("<html"));
    QVERIFY(html.contains(StorageScenarios::accountName().toUtf8()));
    QVERIFY(!result.out.contains(QLatin1String("<html")));
}

void tst_HeadlessModes::diagnose_noTenantReachable_exitsThree()
{
    QVERIFY(startSandbox(QStringLiteral("bound")));
    const QString cloud = m_sandbox->baseUrl().toString();
    m_sandbox.reset(); // nothing answers there any more
    const HeadlessRun result =
        HeadlessRun::run(*m_home, {QStringLiteral("diagnose"), QStringLiteral("--cloud"), cloud,
                                   QStringLiteral("--app-id"), StorageScenarios::appId(),
                                   QStringLiteral("--isv-tenant"), QStringLiteral("contosoisv.onmicrosoft.com")});
    QVERIFY2(result.exitCode == 3, result.describe());
}

QTEST_GUILESS_MAIN(tst_HeadlessModes)
#include "tst_headlessmodes.moc"
