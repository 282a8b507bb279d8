// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/blobclient.h"
#include "azure/restjob.h"
#include "isvsandbox.h"
#include "sandbox/serveroptions.h"
#include "sandbox/storagescenarios.h"
#include "wizard/manageplans.h"
#include "wizard/runner.h"

#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using Sandbox::StorageScenarios;
using Wizard::Runner;
using Wizard::StepStatus;

// The Manage actions of issue 9 (wizard/manageplans.h) through the Runner against the sandbox's `bound` world:
// the ISV's switch back and version modes, the customer's rotate, revoke and restore, with the blob data plane
// as the judge.
class tst_Manage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actions_haveOnePlanEach();
    void switchBack_restoresAccessAtOnce_andIsIdempotent();
    void pinThenFollow();
    void revokeByDisabling_thenRestoreByEnabling();
    void rotate_makesANewVersion();
    void rotation_followedAccountMoves_pinnedStays();

private:
    struct Run
    {
        Runner::Outcome outcome = Runner::Outcome::Failed;
        QList<Wizard::StepState> states;
        Wizard::RunContext context;
    };
    Run run(const QString &action, const Wizard::RunContext &inputs, Azure::TenantConnection *connection);
    static Wizard::RunContext isvInputs();
    static Wizard::RunContext customerInputs(Tests::IsvSandbox &sandbox);
    static Azure::RestResult readBlob(Tests::IsvSandbox &sandbox);
    static Sandbox::StorageAccount account(Tests::IsvSandbox &sandbox)
    {
        return sandbox.world().storage().accounts.last();
    }

    // The customer's admin on the same sandbox.
    struct Customer
    {
        explicit Customer(Tests::IsvSandbox &sandbox)
            : tokens(*sandbox.server, QStringLiteral("admin@fabrikam.onmicrosoft.com"))
            , pipeline(&sandbox.network, sandbox.clock, sandbox.cloud, &tokens)
            , connection(&pipeline, Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")))
        {
            // Key Vault Crypto Officer on the vault, as the customer grant plan gives its user.
            Sandbox::RoleAssignment officer;
            officer.name = QStringLiteral("5d4c3b2a-0000-4000-8000-00000000cafe");
            officer.scope = sandbox.world().keyVault().vaults.last().id();
            officer.roleDefinitionId = QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603");
            officer.principalId = Sandbox::Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("admin"));
            officer.tenantId = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
            sandbox.world().editRoleAssignments().append(officer);
        }
        Tests::SandboxTokenSource tokens;
        Azure::RestPipeline pipeline;
        Azure::TenantConnection connection;
    };
};

void tst_Manage::initTestCase()
{
    qRegisterMetaType<Wizard::StepState>();
    qRegisterMetaType<Runner::Outcome>();
    qRegisterMetaType<Azure::RestResult>();
}

Wizard::RunContext tst_Manage::isvInputs()
{
    Wizard::RunContext context;
    context.subscriptionId = Tests::IsvSandbox::subscriptionId();
    context.resourceGroup = QStringLiteral("rg-crosskey-isv");
    context.storageAccountName = StorageScenarios::accountName();
    return context;
}

Wizard::RunContext tst_Manage::customerInputs(Tests::IsvSandbox &sandbox)
{
    Wizard::RunContext context;
    context.vaultUri = sandbox.server->baseUrl().toString() + QStringLiteral("/vaults/") +
                       StorageScenarios::vaultName() + QLatin1Char('/');
    context.keyName = StorageScenarios::keyName();
    return context;
}

tst_Manage::Run tst_Manage::run(const QString &action, const Wizard::RunContext &inputs,
                                Azure::TenantConnection *connection)
{
    Run result;
    std::unique_ptr<Wizard::Plan> plan(Wizard::Manage::createPlan(action, inputs, connection));
    if (!plan) {
        return result;
    }
    Azure::SystemClock clock;
    Runner runner(*plan, clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(20000)) {
        runner.cancel();
        return result;
    }
    result.outcome = finished.first().first().value<Runner::Outcome>();
    for (int i = 0; i < runner.stepCount(); ++i) {
        result.states.append(runner.state(i));
    }
    result.context = plan->context();
    return result;
}

Azure::RestResult tst_Manage::readBlob(Tests::IsvSandbox &sandbox)
{
    const Azure::BlobClient blobs(sandbox.pipeline.get(),
                                  QUrl(sandbox.server->baseUrl().toString() + QStringLiteral("/blob/") +
                                       StorageScenarios::accountName() + QLatin1Char('/')));
    Azure::RestJob *job = blobs.getBlob(StorageScenarios::containerName(), StorageScenarios::blobName());
    QSignalSpy finished(job, &Azure::RestJob::finished);
    job->start();
    if (!finished.wait(20000)) {
        return Azure::AzureError(Azure::AzureError::Kind::Internal, QStringLiteral("hung"));
    }
    return finished.first().first().value<Azure::RestResult>();
}

void tst_Manage::actions_haveOnePlanEach()
{
    Tests::IsvSandbox sandbox(QStringLiteral("bound"));
    QVERIFY(sandbox.start());
    for (const QString &action : Wizard::Manage::isvActions() + Wizard::Manage::customerActions()) {
        std::unique_ptr<Wizard::Plan> plan(Wizard::Manage::createPlan(action, isvInputs(), sandbox.connection.get()));
        QVERIFY(plan);
        QCOMPARE(plan->id(), action);
        QCOMPARE(plan->steps().size(), 1);
        QVERIFY(!Wizard::Manage::equivalentScript(*plan).isEmpty());
    }
    QVERIFY(!Wizard::Manage::createPlan(QStringLiteral("no-such-action"), isvInputs(), sandbox.connection.get()));
    std::unique_ptr<Wizard::Plan> back(
        Wizard::Manage::createPlan(Wizard::Manage::kSwitchToMicrosoftKeys, isvInputs(), sandbox.connection.get()));
    QVERIFY(
        Wizard::Manage::equivalentScript(*back).contains(QLatin1String("--encryption-key-source Microsoft.Storage")));
}

void tst_Manage::switchBack_restoresAccessAtOnce_andIsIdempotent()
{
    Tests::IsvSandbox sandbox(QStringLiteral("broken-key-disabled"));
    QVERIFY(sandbox.start());
    // The key is disabled: once the cached key is gone, data is unreadable.
    QTRY_VERIFY_WITH_TIMEOUT(!readBlob(sandbox).hasValue(), 5000);
    const Run result = run(Wizard::Manage::kSwitchToMicrosoftKeys, isvInputs(), sandbox.connection.get());
    QCOMPARE(result.outcome, Runner::Outcome::Completed);
    QCOMPARE(result.states.first().status, StepStatus::Done);
    QVERIFY(!account(sandbox).usesCustomerKey());
    const auto read = readBlob(sandbox);
    QVERIFY2(read.hasValue(), qPrintable(read ? QString() : read.error().summary()));
    const Run again = run(Wizard::Manage::kSwitchToMicrosoftKeys, isvInputs(), sandbox.connection.get());
    QCOMPARE(again.states.first().status, StepStatus::AlreadyDone);
}

void tst_Manage::pinThenFollow()
{
    Tests::IsvSandbox sandbox(QStringLiteral("bound"));
    QVERIFY(sandbox.start());
    const QString current = account(sandbox).currentKeyVersion;
    const Run pinned = run(Wizard::Manage::kPinKeyVersion, isvInputs(), sandbox.connection.get());
    QCOMPARE(pinned.outcome, Runner::Outcome::Completed);
    QCOMPARE(account(sandbox).keyVersion, current);
    QCOMPARE(run(Wizard::Manage::kPinKeyVersion, isvInputs(), sandbox.connection.get()).states.first().status,
             StepStatus::AlreadyDone);
    const Run followed = run(Wizard::Manage::kFollowKeyVersion, isvInputs(), sandbox.connection.get());
    QCOMPARE(followed.outcome, Runner::Outcome::Completed);
    QVERIFY(account(sandbox).keyVersion.isEmpty());
    QVERIFY(account(sandbox).usesCustomerKey());

    // Not on a customer key: nothing to pin.
    Tests::IsvSandbox isvReady(QStringLiteral("isv-ready"));
    QVERIFY(isvReady.start());
    const Run refused = run(Wizard::Manage::kPinKeyVersion, isvInputs(), isvReady.connection.get());
    QCOMPARE(refused.outcome, Runner::Outcome::Failed);
}

void tst_Manage::revokeByDisabling_thenRestoreByEnabling()
{
    Tests::IsvSandbox sandbox(QStringLiteral("bound"));
    QVERIFY(sandbox.start());
    QVERIFY(readBlob(sandbox).hasValue());
    Customer customer(sandbox);
    const Run revoked = run(Wizard::Manage::kDisableKey, customerInputs(sandbox), &customer.connection);
    QCOMPARE(revoked.outcome, Runner::Outcome::Completed);
    for (const auto &version : sandbox.world().keyVault().keys) {
        if (version.keyName == StorageScenarios::keyName()) {
            QVERIFY(!version.enabled);
        }
    }
    // Storage keeps its unwrapped key for a while (storageKeyCacheMs), then refuses.
    QTRY_VERIFY_WITH_TIMEOUT(!readBlob(sandbox).hasValue(), 5000);
    QCOMPARE(readBlob(sandbox).error().httpStatus(), 403);
    QCOMPARE(run(Wizard::Manage::kDisableKey, customerInputs(sandbox), &customer.connection).states.first().status,
             StepStatus::AlreadyDone);

    const Run restored = run(Wizard::Manage::kEnableKey, customerInputs(sandbox), &customer.connection);
    QCOMPARE(restored.outcome, Runner::Outcome::Completed);
    const auto read = readBlob(sandbox);
    QVERIFY2(read.hasValue(), qPrintable(read ? QString() : read.error().summary()));
}

void tst_Manage::rotate_makesANewVersion()
{
    Tests::IsvSandbox sandbox(QStringLiteral("bound"));
    QVERIFY(sandbox.start());
    auto versions = [&sandbox] {
        int count = 0;
        for (const auto &version : sandbox.world().keyVault().keys) {
            count += version.keyName == StorageScenarios::keyName() ? 1 : 0;
        }
        return count;
    };
    const int before = versions();
    Customer customer(sandbox);
    const Run rotated = run(Wizard::Manage::kRotateKey, customerInputs(sandbox), &customer.connection);
    QCOMPARE(rotated.outcome, Runner::Outcome::Completed);
    QCOMPARE(versions(), before + 1);
    QVERIFY(rotated.context.keyVersion);
    QCOMPARE(*rotated.context.keyVersion, sandbox.world().keyVault().keys.last().version);
}

void tst_Manage::rotation_followedAccountMoves_pinnedStays()
{
    for (const bool pin : {false, true}) {
        Tests::IsvSandbox sandbox(QStringLiteral("bound"));
        // Storage looks for a newer version every 150 ms here (Azure: about daily).
        Sandbox::ServerOptions options;
        options.scenario = QStringLiteral("bound");
        options.storageKeyVersionCheckMs = 150;
        options.storageKeyCacheMs = 100;
        sandbox.server = std::make_unique<Sandbox::Server>(options);
        QVERIFY(sandbox.start());
        const QString before = account(sandbox).currentKeyVersion;
        if (pin) {
            QCOMPARE(run(Wizard::Manage::kPinKeyVersion, isvInputs(), sandbox.connection.get()).outcome,
                     Runner::Outcome::Completed);
        }
        Customer customer(sandbox);
        const Run rotated = run(Wizard::Manage::kRotateKey, customerInputs(sandbox), &customer.connection);
        QCOMPARE(rotated.outcome, Runner::Outcome::Completed);
        QTest::qWait(400);
        // Any request lets the sandbox's storage catch up; the check reads the account back.
        QVERIFY(readBlob(sandbox).hasValue());
        const Run checked = run(pin ? Wizard::Manage::kPinKeyVersion : Wizard::Manage::kFollowKeyVersion, isvInputs(),
                                sandbox.connection.get());
        QCOMPARE(checked.states.first().status, StepStatus::AlreadyDone);
        if (pin) {
            QCOMPARE(account(sandbox).currentKeyVersion, before);
        } else {
            QCOMPARE(account(sandbox).currentKeyVersion, *rotated.context.keyVersion);
            QVERIFY(checked.states.first().evidence.join(QLatin1Char(' ')).contains(*rotated.context.keyVersion));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Manage)
#include "tst_manage.moc"
