// SPDX-License-Identifier: GPL-3.0-or-later
#include "isvsandbox.h"
#include "sandbox/requestlog.h"
#include "sandbox/serveroptions.h"
#include "sandbox/storagescenarios.h"
#include "wizard/bindcustomerkeystep.h"
#include "wizard/bindidentityresolver.h"
#include "wizard/bindrules.h"
#include "wizard/isvbindplan.h"
#include "wizard/keygrant.h"
#include "wizard/runner.h"
#include "wizard/verifybindingstep.h"

#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using Sandbox::StorageScenarios;
using Wizard::Runner;
using Wizard::StepStatus;

// The ISV bind plan (issue 9, phase 3) through the real Runner against the sandbox over HTTP, signed in as
// admin@contosoisv, from customer-ready (phases 1 and 2 done) and the broken-* worlds.
class tst_IsvBind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plan_validatesAndHasTheSteps();
    void customerReady_bindsAndProvesTheKeyThroughTheDataPlane();
    void secondRun_isAlreadyDoneAndWritesNothing();
    void pinnedVersion_keepsTheVersionInUse();
    void pinnedVersion_fromTheKeyGrant();
    void changeKey_fromBoundToAnotherKey();
    void newIdentityAndNewKey_areTwoRequests();
    void newAccount_isCreated_andWithoutDataRoleSaysWhatWasNotVerified();
    void grantStillPropagating_isRetriedUntilItApplies();
    void noRightToAssignTheIdentity_isExplained();
    void boundButKeyDisabled_verifyFailsThroughTheDataPlane();
    void missingAccountWithoutLocation_failsWithFix();
    void brokenChain_failsAtBindWithCauseAndChangesNothing_data();
    void brokenChain_failsAtBindWithCauseAndChangesNothing();
    void equivalentScript_hasEveryStep();
    void bindRules_hintsAndRetries_data();
    void bindRules_hintsAndRetries();
    void identityResolver_findsTheSubjectOfTheAppsCredential();
    void identityResolver_noMatchingIdentity_fails();

private:
    struct Run
    {
        Runner::Outcome outcome = Runner::Outcome::Failed;
        QList<Wizard::StepState> states;
        QStringList waitReasons;
    };
    Run run(Tests::IsvSandbox &sandbox, const Wizard::RunContext &inputs,
            std::chrono::milliseconds retry = std::chrono::milliseconds(10));
    static QString describe(const Run &run);
    static Wizard::RunContext inputs(Tests::IsvSandbox &sandbox);
    static Sandbox::StorageAccount account(Tests::IsvSandbox &sandbox,
                                           const QString &name = StorageScenarios::accountName());
    static QString vaultUri(Tests::IsvSandbox &sandbox)
    {
        return sandbox.server->baseUrl().toString() + QStringLiteral("/vaults/") + StorageScenarios::vaultName() +
               QLatin1Char('/');
    }
    static QString cmkVersion(Tests::IsvSandbox &sandbox, const QString &key = StorageScenarios::keyName())
    {
        for (const auto &version : sandbox.world().keyVault().keys) {
            if (version.keyName == key) {
                return version.version;
            }
        }
        return {};
    }
    static void useMicrosoftKeys(Tests::IsvSandbox &sandbox);
};

void tst_IsvBind::initTestCase()
{
    qRegisterMetaType<Wizard::StepState>();
    qRegisterMetaType<Runner::Outcome>();
    qRegisterMetaType<Wizard::StepOutcome>();
}

Wizard::RunContext tst_IsvBind::inputs(Tests::IsvSandbox &sandbox)
{
    Wizard::RunContext context;
    context.cloud = sandbox.cloud.resourceManagerUrl().toString();
    context.tenantId = Tests::IsvSandbox::tenantId();
    context.subscriptionId = Tests::IsvSandbox::subscriptionId();
    context.resourceGroup = QStringLiteral("rg-crosskey-isv");
    context.storageAccountName = StorageScenarios::accountName();
    context.identityName = StorageScenarios::identityName();
    context.appId = StorageScenarios::appId();
    context.customerTenantId = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    context.vaultUri = vaultUri(sandbox);
    context.keyName = StorageScenarios::keyName();
    return context;
}

Sandbox::StorageAccount tst_IsvBind::account(Tests::IsvSandbox &sandbox, const QString &name)
{
    for (const auto &candidate : sandbox.world().storage().accounts) {
        if (candidate.name == name) {
            return candidate;
        }
    }
    return {};
}

void tst_IsvBind::useMicrosoftKeys(Tests::IsvSandbox &sandbox)
{
    for (auto &candidate : sandbox.world().editStorage().accounts) {
        if (candidate.name == StorageScenarios::accountName()) {
            candidate.keySource = QStringLiteral("Microsoft.Storage");
            candidate.keyVaultUri.clear();
            candidate.keyName.clear();
            candidate.keyVersion.clear();
            candidate.currentKeyVersion.clear();
            candidate.encryptionIdentity.clear();
            candidate.federatedClientId.clear();
        }
    }
}

tst_IsvBind::Run tst_IsvBind::run(Tests::IsvSandbox &sandbox, const Wizard::RunContext &inputs,
                                  std::chrono::milliseconds retry)
{
    std::unique_ptr<Wizard::Plan> plan(Wizard::IsvBind::createPlan(inputs, sandbox.connection.get()));
    for (Wizard::Step *step : plan->steps()) {
        if (auto *bind = qobject_cast<Wizard::BindCustomerKeyStep *>(step)) {
            bind->setRetry(retry, retry.count() > 10 ? 4 : 2);
        }
    }
    Runner runner(*plan, sandbox.clock, std::nullopt);
    Run result;
    connect(&runner, &Runner::stepStateChanged, this, [&result](int, const Wizard::StepState &state) {
        if (state.status == StepStatus::Waiting) {
            result.waitReasons.append(state.reason);
        }
    });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(30000)) {
        runner.cancel();
        return result;
    }
    result.outcome = finished.first().first().value<Runner::Outcome>();
    for (int i = 0; i < runner.stepCount(); ++i) {
        result.states.append(runner.state(i));
    }
    return result;
}

QString tst_IsvBind::describe(const Run &run)
{
    QStringList lines;
    for (const auto &state : run.states) {
        lines.append(Wizard::StepStatusText::key(state.status) + QStringLiteral(": ") +
                     state.evidence.join(QStringLiteral(" | ")) +
                     (state.error ? QStringLiteral(" ERROR ") + state.error->summary() + QStringLiteral(" HINT ") +
                                        state.error->hint()
                                  : QString()));
    }
    return lines.join(QLatin1Char('\n'));
}

void tst_IsvBind::plan_validatesAndHasTheSteps()
{
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    std::unique_ptr<Wizard::Plan> plan(Wizard::IsvBind::createPlan(inputs(sandbox), sandbox.connection.get()));
    QCOMPARE(plan->id(), QStringLiteral("isv-bind"));
    const auto valid = plan->validate();
    QVERIFY2(valid.hasValue(), qPrintable(valid ? QString() : valid.error().message()));
    QStringList ids;
    for (const auto *step : plan->steps()) {
        ids.append(step->id());
    }
    QCOMPARE(ids, (QStringList{"storage-account", "attach-identity", "bind-key", "verify"}));
    // IdentityName becomes the identity's id in the plan's group.
    QVERIFY(
        plan->inputs().identityResourceId->endsWith(QLatin1String("/resourceGroups/rg-crosskey-isv/providers/"
                                                                  "Microsoft.ManagedIdentity/userAssignedIdentities/"
                                                                  "id-crosskey-cmk")));
    Wizard::RunContext noKey = inputs(sandbox);
    noKey.keyName.reset();
    std::unique_ptr<Wizard::Plan> invalid(Wizard::IsvBind::createPlan(noKey, sandbox.connection.get()));
    QVERIFY(!invalid->validate().hasValue());
}

void tst_IsvBind::customerReady_bindsAndProvesTheKeyThroughTheDataPlane()
{
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    const Run result = run(sandbox, inputs(sandbox));
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    QCOMPARE(result.states.at(0).status, StepStatus::AlreadyDone);
    QCOMPARE(result.states.at(1).status, StepStatus::Done);
    QCOMPARE(result.states.at(2).status, StepStatus::Done);
    QCOMPARE(result.states.at(3).status, StepStatus::Done);

    const Sandbox::StorageAccount bound = account(sandbox);
    QVERIFY(bound.usesCustomerKey());
    QCOMPARE(bound.keyName, StorageScenarios::keyName());
    QVERIFY(bound.keyVaultUri.startsWith(sandbox.server->baseUrl().toString() + QStringLiteral("/vaults/")));
    QVERIFY(bound.keyVersion.isEmpty()); // followed
    QCOMPARE(bound.currentKeyVersion, cmkVersion(sandbox));
    QVERIFY(bound.encryptionIdentity.endsWith(QLatin1String("/userAssignedIdentities/id-crosskey-cmk"),
                                              Qt::CaseInsensitive));
    QCOMPARE(bound.federatedClientId, StorageScenarios::appId());
    QCOMPARE(bound.identityType, QStringLiteral("UserAssigned"));

    // The data plane wrote and read the verification blob through the customer's key.
    const QString verify = result.states.at(3).evidence.join(QLatin1Char(' '));
    QVERIFY2(verify.contains(QLatin1String("Wrote blob")) && verify.contains(QLatin1String("Read blob")),
             qPrintable(verify));
    bool stored = false;
    for (const auto &blob : sandbox.world().storage().blobs) {
        stored = stored || (blob.container == Wizard::VerifyBindingStep::kContainer &&
                            blob.content == Wizard::VerifyBindingStep::content());
    }
    QVERIFY(stored);
}

void tst_IsvBind::secondRun_isAlreadyDoneAndWritesNothing()
{
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    QVERIFY(run(sandbox, inputs(sandbox)).outcome == Runner::Outcome::Completed);
    const_cast<Sandbox::RequestLog &>(sandbox.server->requestLog()).clear();
    const Run again = run(sandbox, inputs(sandbox));
    QVERIFY2(again.outcome == Runner::Outcome::Completed, qPrintable(describe(again)));
    for (const auto &state : again.states) {
        QVERIFY2(state.status == StepStatus::AlreadyDone, qPrintable(describe(again)));
    }
    QVERIFY(again.states.at(3).evidence.join(QLatin1Char(' ')).contains(QLatin1String("Read blob")));
    int reads = 0;
    for (const auto &entry : sandbox.server->requestLog().entries()) {
        QVERIFY2(entry.method == QLatin1String("GET") || entry.method == QLatin1String("HEAD"),
                 qPrintable(entry.method + QLatin1Char(' ') + entry.path));
        ++reads;
    }
    QVERIFY(reads >= 4);
}

void tst_IsvBind::pinnedVersion_keepsTheVersionInUse()
{
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    Wizard::RunContext pinned = inputs(sandbox);
    pinned.pinVersion = QStringLiteral("true");
    const Run result = run(sandbox, pinned);
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    QCOMPARE(account(sandbox).keyVersion, cmkVersion(sandbox));
    QVERIFY(result.states.at(2).evidence.join(QLatin1Char(' ')).contains(QLatin1String("pinned")));

    // Following again unpins.
    const Run followed = run(sandbox, inputs(sandbox));
    QVERIFY2(followed.outcome == Runner::Outcome::Completed, qPrintable(describe(followed)));
    QCOMPARE(followed.states.at(2).status, StepStatus::Done);
    QVERIFY(account(sandbox).keyVersion.isEmpty());
}

void tst_IsvBind::pinnedVersion_fromTheKeyGrant()
{
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    Wizard::KeyGrant grant;
    grant.cloud = sandbox.cloud.resourceManagerUrl().toString();
    grant.customerTenantId = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    grant.vaultUri = QUrl(vaultUri(sandbox));
    grant.keyName = StorageScenarios::keyName();
    grant.keyVersion = cmkVersion(sandbox);
    grant.appId = StorageScenarios::appId();
    Wizard::RunContext base = inputs(sandbox);
    base.keyName.reset();
    base.vaultUri.reset();
    const Wizard::RunContext withGrant = Wizard::IsvBind::withKeyGrant(base, grant);
    QCOMPARE(withGrant.pinVersion, QStringLiteral("true"));
    const Run result = run(sandbox, withGrant);
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    QCOMPARE(account(sandbox).keyVersion, grant.keyVersion);
}

void tst_IsvBind::changeKey_fromBoundToAnotherKey()
{
    // Bound to cmk, but the grant is on cmk-other: the ISV moves to the key the customer granted.
    Tests::IsvSandbox sandbox(QStringLiteral("broken-role-wrong-key"));
    QVERIFY(sandbox.start());
    Wizard::RunContext other = inputs(sandbox);
    other.keyName = StorageScenarios::otherKeyName();
    const Run result = run(sandbox, other);
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    QCOMPARE(result.states.at(2).status, StepStatus::Done);
    QCOMPARE(account(sandbox).keyName, StorageScenarios::otherKeyName());
    QCOMPARE(account(sandbox).currentKeyVersion, cmkVersion(sandbox, StorageScenarios::otherKeyName()));
}

void tst_IsvBind::newIdentityAndNewKey_areTwoRequests()
{
    // Bound to cmk through id-crosskey-cmk; the ISV moves to a second identity (trusted by the app's credential)
    // and the key cmk-other (granted too). Azure refuses both in one request (§3.9): identity first, then key.
    Tests::IsvSandbox sandbox(QStringLiteral("bound"));
    QVERIFY(sandbox.start());
    Sandbox::World &world = sandbox.world();
    Sandbox::UserAssignedIdentity second = world.resourceManager().identities.last();
    second.name = QStringLiteral("id-crosskey-second");
    second.principalId = QStringLiteral("7f3c2a10-0000-4000-8000-000000000002");
    second.clientId = QStringLiteral("7f3c2a10-0000-4000-8000-000000000003");
    world.editResourceManager().identities.append(second);
    for (auto &app : world.editApplications()) {
        if (app.appId == StorageScenarios::appId()) {
            Sandbox::FederatedIdentityCredential credential = app.federatedIdentityCredentials.first();
            credential.id = QStringLiteral("7f3c2a10-0000-4000-8000-000000000004");
            credential.name = QStringLiteral("crosskey-second");
            credential.subject = second.principalId;
            app.federatedIdentityCredentials.append(credential);
        }
    }
    QString servicePrincipal;
    for (const auto &sp : world.servicePrincipals()) {
        if (sp.appId == StorageScenarios::appId() &&
            sp.tenantId == Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"))) {
            servicePrincipal = sp.id;
        }
    }
    Sandbox::RoleAssignment grant;
    grant.name = QStringLiteral("7f3c2a10-0000-4000-8000-000000000005");
    grant.scope = world.keyVault().vaults.last().id() + QStringLiteral("/keys/") + StorageScenarios::otherKeyName();
    grant.roleDefinitionId = QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6");
    grant.principalId = servicePrincipal;
    grant.principalType = QStringLiteral("ServicePrincipal");
    grant.tenantId = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    world.editRoleAssignments().append(grant);

    Wizard::RunContext moved = inputs(sandbox);
    moved.identityName = second.name;
    moved.keyName = StorageScenarios::otherKeyName();
    const_cast<Sandbox::RequestLog &>(sandbox.server->requestLog()).clear();
    const Run result = run(sandbox, moved);
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    int patches = 0;
    for (const auto &entry : sandbox.server->requestLog().entries()) {
        if (entry.method == QLatin1String("PATCH")) {
            ++patches;
            QVERIFY2(entry.status == 200, qPrintable(entry.path + QLatin1Char(' ') + entry.errorCode));
        }
    }
    QCOMPARE(patches, 3); // attach the identity, then the encryption identity, then the key
    QVERIFY(result.states.at(2).evidence.join(QLatin1Char(' ')).contains(QLatin1String("first of two")));
    const Sandbox::StorageAccount after = account(sandbox);
    QCOMPARE(after.keyName, StorageScenarios::otherKeyName());
    QVERIFY(after.encryptionIdentity.endsWith(QLatin1String("/id-crosskey-second"), Qt::CaseInsensitive));
    QVERIFY(result.states.at(3).evidence.join(QLatin1Char(' ')).contains(QLatin1String("Read blob")));
}

void tst_IsvBind::newAccount_isCreated_andWithoutDataRoleSaysWhatWasNotVerified()
{
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    Wizard::RunContext fresh = inputs(sandbox);
    fresh.storageAccountName = QStringLiteral("stcrosskeybind");
    fresh.location = QStringLiteral("eastus");
    const Run result = run(sandbox, fresh);
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    QCOMPARE(result.states.at(0).status, StepStatus::Done);
    QVERIFY(result.states.at(0).evidence.join(QLatin1Char(' ')).contains(QLatin1String("Created storage account")));
    QVERIFY(!result.waitReasons.isEmpty());
    QVERIFY(account(sandbox, QStringLiteral("stcrosskeybind")).usesCustomerKey());
    // Owner has no data actions: the blob proof is not possible, and the step says so without failing.
    // Found by the check itself (reading the blob is refused), so nothing is written.
    QCOMPARE(result.states.at(3).status, StepStatus::AlreadyDone);
    const QString verify = result.states.at(3).evidence.join(QLatin1Char(' '));
    QVERIFY2(verify.contains(QLatin1String("Not verified")) && verify.contains(QLatin1String("data role")),
             qPrintable(verify));
    QVERIFY(verify.contains(QLatin1String("Read the account back")));
}

void tst_IsvBind::grantStillPropagating_isRetriedUntilItApplies()
{
    // The customer granted the key a moment ago: Key Vault honours it only after the propagation delay.
    Tests::IsvSandbox sandbox(QStringLiteral("broken-role-missing"));
    Sandbox::ServerOptions options;
    options.scenario = QStringLiteral("broken-role-missing");
    options.roleAssignmentPropagationDelayMs = 400;
    sandbox.server = std::make_unique<Sandbox::Server>(options);
    QVERIFY(sandbox.start());
    useMicrosoftKeys(sandbox);
    QString servicePrincipal;
    for (const auto &sp : sandbox.world().servicePrincipals()) {
        if (sp.appId == StorageScenarios::appId() &&
            sp.tenantId == Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"))) {
            servicePrincipal = sp.id;
        }
    }
    Sandbox::RoleAssignment grant;
    grant.name = QStringLiteral("7f3c2a10-0000-4000-8000-000000000006");
    grant.scope =
        sandbox.world().keyVault().vaults.last().id() + QStringLiteral("/keys/") + StorageScenarios::keyName();
    grant.roleDefinitionId = QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6");
    grant.principalId = servicePrincipal;
    grant.principalType = QStringLiteral("ServicePrincipal");
    grant.tenantId = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    grant.createdOn = QDateTime::currentDateTimeUtc();
    sandbox.world().editRoleAssignments().append(grant);

    const Run result = run(sandbox, inputs(sandbox), std::chrono::milliseconds(150));
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    QVERIFY(!result.waitReasons.isEmpty());
    QVERIFY(result.waitReasons.first().contains(QLatin1String("KeyVaultAuthenticationFailure")));
    QVERIFY(account(sandbox).usesCustomerKey());
}

void tst_IsvBind::noRightToAssignTheIdentity_isExplained()
{
    // support@ may change the account (Storage Account Contributor) but not assign the identity.
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    Sandbox::RoleAssignment contributor;
    contributor.name = QStringLiteral("7f3c2a10-0000-4000-8000-000000000007");
    contributor.scope = account(sandbox).id();
    contributor.roleDefinitionId = QStringLiteral("17d1049b-9a84-46fb-8f53-869881c3d3ab");
    contributor.principalId = Sandbox::Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("support"));
    contributor.tenantId = Tests::IsvSandbox::tenantId();
    sandbox.world().editRoleAssignments().append(contributor);
    sandbox.signIn(QStringLiteral("support"));
    const Run result = run(sandbox, inputs(sandbox));
    QCOMPARE(result.outcome, Runner::Outcome::Failed);
    QCOMPARE(result.states.at(1).status, StepStatus::Failed);
    QCOMPARE(result.states.at(1).error->code(), QStringLiteral("LinkedAuthorizationFailed"));
    QVERIFY(result.states.at(1).error->hint().contains(QLatin1String("Managed Identity Operator")));
    QCOMPARE(account(sandbox).identityType, QStringLiteral("None"));
}

void tst_IsvBind::boundButKeyDisabled_verifyFailsThroughTheDataPlane()
{
    // The settings are right, so only the data plane shows the key is unusable (§5: ARM has no CMK health).
    Tests::IsvSandbox sandbox(QStringLiteral("broken-key-disabled"));
    QVERIFY(sandbox.start());
    const Run result = run(sandbox, inputs(sandbox));
    QCOMPARE(result.outcome, Runner::Outcome::Failed);
    QCOMPARE(result.states.at(2).status, StepStatus::AlreadyDone);
    QCOMPARE(result.states.at(3).status, StepStatus::Failed);
    QVERIFY2(result.states.at(3).error->code().startsWith(QLatin1String("KeyVault")), qPrintable(describe(result)));
    QVERIFY(result.states.at(3).error->hint().contains(QLatin1String("cannot use key")));
}

void tst_IsvBind::missingAccountWithoutLocation_failsWithFix()
{
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    Wizard::RunContext missing = inputs(sandbox);
    missing.storageAccountName = QStringLiteral("stnotthere");
    const Run result = run(sandbox, missing);
    QCOMPARE(result.outcome, Runner::Outcome::Failed);
    QCOMPARE(result.states.at(0).status, StepStatus::Failed);
    QVERIFY(result.states.at(0).error->hint().contains(QLatin1String("location")));
    QCOMPARE(result.states.at(1).status, StepStatus::Pending);
}

void tst_IsvBind::brokenChain_failsAtBindWithCauseAndChangesNothing_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("hint");
    QTest::newRow("grant missing") << "broken-role-missing"
                                   << "KeyVaultAuthenticationFailure"
                                   << "grant";
    QTest::newRow("key disabled") << "broken-key-disabled"
                                  << "KeyVaultEncryptionKeyNotFound"
                                  << "disabled";
    QTest::newRow("FIC subject") << "broken-fic-subject"
                                 << "KeyVaultAuthenticationFailure"
                                 << "federated credential";
    QTest::newRow("SP missing") << "broken-app-not-installed"
                                << "KeyVaultAuthenticationFailure"
                                << "not installed";
    QTest::newRow("no purge protection") << "broken-no-purge-protection"
                                         << "KeyVaultPolicyError"
                                         << "purge protection";
    QTest::newRow("firewall") << "broken-firewall"
                              << "KeyVaultAuthenticationFailure"
                              << "firewall";
}

void tst_IsvBind::brokenChain_failsAtBindWithCauseAndChangesNothing()
{
    QFETCH(QString, scenario);
    QFETCH(QString, code);
    QFETCH(QString, hint);
    Tests::IsvSandbox sandbox(scenario);
    QVERIFY(sandbox.start());
    // The broken worlds are bound already; start them from Microsoft-managed keys so bind has to walk the chain.
    useMicrosoftKeys(sandbox);
    const Sandbox::StorageAccount before = account(sandbox);
    const Run result = run(sandbox, inputs(sandbox));
    QCOMPARE(result.outcome, Runner::Outcome::Failed);
    QCOMPARE(result.states.at(2).status, StepStatus::Failed);
    QVERIFY2(result.states.at(2).error, qPrintable(describe(result)));
    QCOMPARE(result.states.at(2).error->code(), code);
    QVERIFY2(result.states.at(2).error->hint().contains(hint, Qt::CaseInsensitive), qPrintable(describe(result)));
    QCOMPARE(result.states.at(3).status, StepStatus::Pending);
    const Sandbox::StorageAccount after = account(sandbox);
    QCOMPARE(after.keySource, before.keySource);
    QCOMPARE(after.encryptionIdentity, before.encryptionIdentity);
    QCOMPARE(after.userAssignedIdentities, before.userAssignedIdentities);
}

void tst_IsvBind::equivalentScript_hasEveryStep()
{
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    std::unique_ptr<Wizard::Plan> plan(Wizard::IsvBind::createPlan(inputs(sandbox), sandbox.connection.get()));
    const QString script = Wizard::IsvBind::equivalentScript(*plan);
    QVERIFY(script.startsWith(QLatin1String("#!/usr/bin/env bash")));
    QVERIFY(script.contains(QLatin1String("az storage account create")));
    QVERIFY(script.contains(QLatin1String("--identity-type UserAssigned")));
    QVERIFY(script.contains(QLatin1String("--encryption-key-source Microsoft.Keyvault")));
    QVERIFY(script.contains(QLatin1String("--key-vault-federated-client-id ") + StorageScenarios::appId()));
    QVERIFY(script.contains(QLatin1String("--encryption-key-version ''")));
    QVERIFY(script.contains(QLatin1String("az storage blob upload --auth-mode login")));
}

void tst_IsvBind::bindRules_hintsAndRetries_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<bool>("transient");
    QTest::newRow("rbac propagating") << 400 << "KeyVaultAuthenticationFailure"
                                      << "The operation failed because of authentication issue on the keyvault. "
                                         "ForbiddenByRbac"
                                      << "propagating" << true;
    QTest::newRow("app not installed") << 400 << "KeyVaultAuthenticationFailure"
                                       << "Gateway authentication failed for 'Microsoft.Storage'. AADSTS700016: …"
                                       << "not installed" << true;
    QTest::newRow("fic audience") << 400 << "KeyVaultAuthenticationFailure"
                                  << "… AADSTS700212: audience …"
                                  << "federated credential" << false;
    QTest::newRow("app deleted") << 400 << "KeyVaultAuthenticationFailure"
                                 << "… AADSTS7000226 …"
                                 << "no longer exists" << false;
    QTest::newRow("no client id") << 400 << "KeyVaultAuthenticationFailure"
                                  << "AKV10032: Invalid issuer."
                                  << "federatedIdentityClientId" << false;
    QTest::newRow("firewall") << 400 << "KeyVaultAuthenticationFailure"
                              << "… ForbiddenByFirewall …"
                              << "firewall" << false;
    QTest::newRow("purge protection") << 400 << "KeyVaultPolicyError"
                                      << "Keyvault policy recoverable is not set"
                                      << "purge protection" << false;
    QTest::newRow("vault gone") << 400 << "KeyVaultVaultNotFound"
                                << "…"
                                << "no vault" << false;
    QTest::newRow("identity gone") << 400 << "KeyVaultAccessTokenCannotBeAcquired"
                                   << "…"
                                   << "deleted" << false;
    QTest::newRow("not attached") << 400 << "BadRequest"
                                  << "Missing pre-requisites to enable EncryptionAtRest/Customer Managed Key"
                                  << "not attached" << false;
    QTest::newRow("two at once") << 400 << "BadRequest"
                                 << "The properties 'encryption.identity, encryption.keyvaultproperties' cannot be "
                                    "updated in a single operation."
                                 << "two" << false;
    QTest::newRow("busy") << 409 << "StorageAccountOperationInProgress"
                          << "…"
                          << "Wait" << true;
    QTest::newRow("linked") << 403 << "LinkedAuthorizationFailed"
                            << "…"
                            << "Managed Identity Operator" << false;
}

void tst_IsvBind::bindRules_hintsAndRetries()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    QFETCH(bool, transient);
    Wizard::RunContext context;
    context.appId = StorageScenarios::appId();
    context.keyName = StorageScenarios::keyName();
    context.vaultUri = QStringLiteral("https://kv.vault.azure.net/");
    const Azure::AzureError error = Azure::AzureError::service(status, code, message);
    QVERIFY2(Wizard::BindRules::explain(error, context).hint().contains(hint, Qt::CaseInsensitive),
             qPrintable(Wizard::BindRules::explain(error, context).hint()));
    QCOMPARE(Wizard::BindRules::isTransient(error), transient);
}

static Wizard::StepOutcome resolve(Tests::IsvSandbox &sandbox)
{
    Wizard::RunContext context;
    context.subscriptionId = Tests::IsvSandbox::subscriptionId();
    context.appId = StorageScenarios::appId();
    auto *job = new Wizard::BindIdentityResolver(sandbox.connection.get(), context);
    QSignalSpy finished(job, &Wizard::StepJob::finished);
    job->start();
    if (!finished.wait(10000)) {
        return Wizard::StepOutcome::failed(
            Azure::AzureError(Azure::AzureError::Kind::Internal, QStringLiteral("hung")));
    }
    return finished.first().first().value<Wizard::StepOutcome>();
}

void tst_IsvBind::identityResolver_findsTheSubjectOfTheAppsCredential()
{
    Tests::IsvSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    const Wizard::StepOutcome outcome = resolve(sandbox);
    QVERIFY2(outcome.kind == Wizard::StepOutcome::Kind::Done, qPrintable(outcome.error.summary()));
    QVERIFY(outcome.outputs.identityResourceId->endsWith(QLatin1String("/userAssignedIdentities/id-crosskey-cmk")));
    QCOMPARE(*outcome.outputs.identityPrincipalId, StorageScenarios::identityPrincipalId());
    QCOMPARE(*outcome.outputs.identityName, StorageScenarios::identityName());
}

void tst_IsvBind::identityResolver_noMatchingIdentity_fails()
{
    // The credential's subject is the principal id upper-cased: no identity has it (subjects are case-sensitive).
    Tests::IsvSandbox sandbox(QStringLiteral("broken-fic-subject"));
    QVERIFY(sandbox.start());
    const Wizard::StepOutcome outcome = resolve(sandbox);
    QCOMPARE(outcome.kind, Wizard::StepOutcome::Kind::Failed);
    QVERIFY(outcome.error.hint().contains(QLatin1String("--identity")));
}

QTEST_GUILESS_MAIN(tst_IsvBind)
#include "tst_isvbind.moc"
