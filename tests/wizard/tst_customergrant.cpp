// SPDX-License-Identifier: GPL-3.0-or-later
#include "customersandbox.h"
#include "sandbox/keyvaultstate.h"
#include "sandbox/requestlog.h"
#include "wizard/customergrantplan.h"
#include "wizard/ensurecryptoofficerstep.h"
#include "wizard/ensurekeygrantstep.h"
#include "wizard/ensureserviceprincipalstep.h"
#include "wizard/ensurevaultstep.h"
#include "wizard/invitation.h"
#include "wizard/keyvaultroles.h"
#include "wizard/runner.h"

#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using namespace std::chrono_literals;
using Wizard::Runner;
using Wizard::StepStatus;

namespace {

struct Seen
{
    int index;
    Wizard::StepState state;
};

} // namespace

// The customer grant plan (issue 8) from the isv-ready scenario through the real Runner, over HTTP against the
// sandbox: both vault models, the admin-consent path, role propagation, idempotent re-runs and failure hints.
class tst_CustomerGrant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plan_validates_andScriptNamesEveryCommand();
    void rbacVault_everyStepDone_thenRerunWritesNothing();
    void accessPolicyVault_grantsGetWrapUnwrap();
    void userWhoCannotInstall_waitsForAdminConsent_thenCompletes();
    void consentNeverGiven_endsNeedsYouWithTheLink();
    void consentWait_cancel_stopsPolling();
    void newPrincipal_notReplicatedYet_grantRetriesWithBackoff();
    void inputsFromInvitation_takeTheIsvsIds();
    void principalOfAnotherTenant_fails();
    void existingVaultWithoutPurgeProtection_turnsItOn();
    void vaultNameTaken_failsWithHint();
    void disabledKey_needsYou();
    void firewallClosedToStorage_verifyFailsWithFix();

private:
    Wizard::Plan *makePlan(Tests::CustomerSandbox &sandbox, const Wizard::RunContext &inputs, Azure::UrlOpener *opener);
    Runner::Outcome run(Wizard::Plan *plan, Tests::CustomerSandbox &sandbox, QList<Seen> *seen = nullptr);
    static bool sawWaiting(const QList<Seen> &seen, int index, const QString &reasonPart);
};

void tst_CustomerGrant::initTestCase()
{
    qRegisterMetaType<Wizard::StepState>();
    qRegisterMetaType<Runner::Outcome>();
}

Wizard::Plan *tst_CustomerGrant::makePlan(Tests::CustomerSandbox &sandbox, const Wizard::RunContext &inputs,
                                          Azure::UrlOpener *opener)
{
    auto *plan = Wizard::CustomerGrant::createPlan(inputs, sandbox.connection.get(), opener, this);
    for (Wizard::Step *step : plan->steps()) {
        if (auto *sp = qobject_cast<Wizard::EnsureServicePrincipalStep *>(step)) {
            sp->setConsentPollInterval(100ms);
            sp->setConsentTimeout(5s);
        } else if (auto *vault = qobject_cast<Wizard::EnsureVaultStep *>(step)) {
            vault->setPollInterval(50ms);
        } else if (auto *officer = qobject_cast<Wizard::EnsureCryptoOfficerStep *>(step)) {
            officer->setPollInterval(100ms);
            officer->setPropagationTimeout(10s);
        } else if (auto *grant = qobject_cast<Wizard::EnsureKeyGrantStep *>(step)) {
            grant->setPrincipalRetryInterval(100ms);
            grant->setPrincipalTimeout(10s);
        }
    }
    return plan;
}

Runner::Outcome tst_CustomerGrant::run(Wizard::Plan *plan, Tests::CustomerSandbox &sandbox, QList<Seen> *seen)
{
    Runner runner(*plan, sandbox.clock, std::nullopt);
    QObject context;
    if (seen) {
        connect(&runner, &Runner::stepStateChanged, &context, [seen](int index, const Wizard::StepState &state) {
            seen->append({index, state});
        });
    }
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(30000)) {
        return Runner::Outcome::Cancelled;
    }
    for (int i = 0; i < runner.stepCount(); ++i) {
        const Wizard::StepState state = runner.state(i);
        qInfo().noquote() << plan->steps().at(i)->id() << Wizard::StepStatusText::key(state.status)
                          << state.evidence.join(QStringLiteral(" | ")) << state.reason
                          << (state.error ? state.error->summary() : QString());
    }
    return finished.first().first().value<Runner::Outcome>();
}

bool tst_CustomerGrant::sawWaiting(const QList<Seen> &seen, int index, const QString &reasonPart)
{
    for (const Seen &entry : seen) {
        if (entry.index == index && entry.state.status == StepStatus::Waiting &&
            entry.state.reason.contains(reasonPart, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

void tst_CustomerGrant::plan_validates_andScriptNamesEveryCommand()
{
    Tests::CustomerSandbox sandbox;
    QVERIFY(sandbox.start());
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(), nullptr);
    QCOMPARE(plan->id(), QStringLiteral("customer-grant"));
    const auto valid = plan->validate();
    QVERIFY2(valid.hasValue(), qPrintable(valid ? QString() : valid.error().message()));
    QStringList ids;
    for (const Wizard::Step *step : plan->steps()) {
        ids.append(step->id());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("service-principal"), QStringLiteral("vault"),
                               QStringLiteral("crypto-officer"), QStringLiteral("key"), QStringLiteral("key-grant"),
                               QStringLiteral("verify")}));
    const QString script = Wizard::CustomerGrant::equivalentScript(*plan);
    QVERIFY(script.startsWith(QLatin1String("#!/usr/bin/env bash")));
    QVERIFY(script.contains(QLatin1String("az ad sp create --id ") + Sandbox::StorageScenarios::appId()));
    QVERIFY(script.contains(QLatin1String("az keyvault create --name kv-crosskey-test")));
    QVERIFY(script.contains(QLatin1String("--enable-purge-protection true")));
    QVERIFY(script.contains(QLatin1String("--role \"Key Vault Crypto Officer\" --scope \"$VAULT_ID\"")));
    QVERIFY(script.contains(QLatin1String("az keyvault key create --vault-name kv-crosskey-test --name cmk --kty RSA "
                                          "--size 3072")));
    QVERIFY(script.contains(QLatin1String("--scope \"$VAULT_ID/keys/cmk\" --assignee-object-id \"$SP_ID\" "
                                          "--assignee-principal-type ServicePrincipal")));
}

void tst_CustomerGrant::rbacVault_everyStepDone_thenRerunWritesNothing()
{
    Tests::CustomerSandbox sandbox(QStringLiteral("isv-ready"), 400);
    QVERIFY(sandbox.start());
    QList<Seen> seen;
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(), nullptr);
    QCOMPARE(run(plan, sandbox, &seen), Runner::Outcome::Completed);

    // Role propagation was waited for, with a live reason.
    QVERIFY(sawWaiting(seen, 2, QStringLiteral("Crypto Officer")));

    const Sandbox::World &world = sandbox.world();
    const auto *principal = world.findServicePrincipal(sandbox.tenantId(), Sandbox::StorageScenarios::appId());
    QVERIFY(principal);
    QCOMPARE(plan->context().servicePrincipalId, principal->id);
    const Sandbox::Vault *vault = nullptr;
    for (const auto &candidate : world.keyVault().vaults) {
        if (candidate.name == QLatin1String("kv-crosskey-test")) {
            vault = &candidate;
        }
    }
    QVERIFY(vault);
    QVERIFY(vault->enablePurgeProtection);
    QVERIFY(vault->enableSoftDelete);
    QVERIFY(vault->enableRbacAuthorization);
    QCOMPARE(plan->context().vaultPermissionModel, QStringLiteral("rbac"));
    QCOMPARE(plan->context().vaultResourceId->toLower(), vault->id().toLower());
    bool keyFound = false;
    for (const auto &key : world.keyVault().keys) {
        if (key.vaultName == vault->name && key.keyName == QLatin1String("cmk")) {
            keyFound = true;
            QCOMPARE(key.keySize, 3072);
            QCOMPARE(plan->context().keyVersion, key.version);
        }
    }
    QVERIFY(keyFound);
    const QString keyScope = vault->id() + QStringLiteral("/keys/cmk");
    bool granted = false;
    for (const auto &assignment : world.roleAssignments()) {
        if (assignment.principalId == principal->id) {
            QCOMPARE(assignment.scope.toLower(), keyScope.toLower());
            QCOMPARE(assignment.roleDefinitionId.toLower(),
                     QString(Wizard::KeyVaultRoles::kCryptoServiceEncryptionUser));
            QCOMPARE(assignment.principalType, QStringLiteral("ServicePrincipal"));
            granted = true;
        }
    }
    QVERIFY(granted);

    // Again, from scratch: every check finds its result in place, and nothing is written.
    const qsizetype before = sandbox.server->requestLog().entries().size();
    Wizard::Plan *again = makePlan(sandbox, sandbox.inputs(), nullptr);
    QList<Seen> second;
    QCOMPARE(run(again, sandbox, &second), Runner::Outcome::Completed);
    const auto &entries = sandbox.server->requestLog().entries();
    for (qsizetype i = before; i < entries.size(); ++i) {
        QVERIFY2(entries.at(i).method == QLatin1String("GET"),
                 qPrintable(entries.at(i).method + QLatin1Char(' ') + entries.at(i).path));
    }
    for (const Seen &entry : second) {
        QVERIFY(entry.state.status != StepStatus::Running);
    }
    QVERIFY(!second.isEmpty());
    QList<StepStatus> last(again->steps().size(), StepStatus::Pending);
    for (const Seen &entry : second) {
        last[entry.index] = entry.state.status;
    }
    QCOMPARE(last, QList<StepStatus>(again->steps().size(), StepStatus::AlreadyDone));
}

void tst_CustomerGrant::accessPolicyVault_grantsGetWrapUnwrap()
{
    Tests::CustomerSandbox sandbox;
    QVERIFY(sandbox.start());
    Sandbox::Vault vault;
    vault.subscriptionId = sandbox.subscriptionId();
    vault.resourceGroup = sandbox.group();
    vault.name = QStringLiteral("kv-policies");
    vault.location = QStringLiteral("eastus");
    vault.tenantId = sandbox.tenantId();
    vault.enablePurgeProtection = true;
    vault.enableRbacAuthorization = false;
    vault.createdAt = vault.updatedAt = QDateTime::currentDateTimeUtc();
    sandbox.world().editKeyVault().vaults.append(vault);

    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(QStringLiteral("kv-policies")), nullptr);
    QCOMPARE(run(plan, sandbox), Runner::Outcome::Completed);
    QCOMPARE(plan->context().vaultPermissionModel, QStringLiteral("accessPolicies"));

    const QString principal = *plan->context().servicePrincipalId;
    const QString user = Sandbox::Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("admin"));
    bool appPolicy = false;
    bool userPolicy = false;
    for (const auto &candidate : sandbox.world().keyVault().vaults) {
        if (candidate.name != vault.name) {
            continue;
        }
        for (const auto &policy : candidate.accessPolicies) {
            if (policy.objectId == principal) {
                appPolicy = true;
                for (const char *permission : {"get", "wrapKey", "unwrapKey"}) {
                    QVERIFY(policy.keys.contains(QLatin1String(permission), Qt::CaseInsensitive));
                }
                QCOMPARE(policy.keys.size(), 3);
            } else if (policy.objectId == user) {
                userPolicy = true;
                QVERIFY(policy.keys.contains(QStringLiteral("create"), Qt::CaseInsensitive));
            }
        }
    }
    QVERIFY(appPolicy);
    QVERIFY(userPolicy);
    for (const auto &assignment : sandbox.world().roleAssignments()) {
        QVERIFY(assignment.principalId != principal);
    }
}

void tst_CustomerGrant::userWhoCannotInstall_waitsForAdminConsent_thenCompletes()
{
    Tests::CustomerSandbox sandbox;
    QVERIFY(sandbox.start(QStringLiteral("owner"))); // Owner of the subscription, no directory role
    for (auto &app : sandbox.world().editApplications()) {
        if (app.appId == Sandbox::StorageScenarios::appId()) {
            app.webRedirectUris = {QStringLiteral("https://contoso.example/consent")};
        }
    }
    Tests::ConsentingOpener opener(&sandbox.network);
    QList<Seen> seen;
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(), &opener);
    QCOMPARE(run(plan, sandbox, &seen), Runner::Outcome::Completed);

    QCOMPARE(opener.opened.size(), 1);
    const QUrl link = opener.opened.first();
    QCOMPARE(link.path(), QLatin1Char('/') + sandbox.tenantId() + QStringLiteral("/adminconsent"));
    QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("client_id")), Sandbox::StorageScenarios::appId());
    QCOMPARE(opener.answered, 1);
    QVERIFY(sawWaiting(seen, 0, QStringLiteral("consent")));
    QVERIFY(sandbox.world().findServicePrincipal(sandbox.tenantId(), Sandbox::StorageScenarios::appId()));
}

void tst_CustomerGrant::consentNeverGiven_endsNeedsYouWithTheLink()
{
    Tests::CustomerSandbox sandbox;
    QVERIFY(sandbox.start(QStringLiteral("owner")));
    Tests::ConsentingOpener opener(&sandbox.network);
    opener.consent = false;
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(), &opener);
    qobject_cast<Wizard::EnsureServicePrincipalStep *>(plan->steps().first())->setConsentTimeout(400ms);
    Runner runner(*plan, sandbox.clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::NeedsYou);
    QCOMPARE(runner.state(0).status, StepStatus::NeedsYou);
    QVERIFY(runner.state(0).reason.contains(QStringLiteral("/adminconsent?client_id=")));
    QCOMPARE(runner.state(1).status, StepStatus::Pending);
}

void tst_CustomerGrant::consentWait_cancel_stopsPolling()
{
    Tests::CustomerSandbox sandbox;
    QVERIFY(sandbox.start(QStringLiteral("owner")));
    Tests::ConsentingOpener opener(&sandbox.network);
    opener.consent = false;
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(), &opener);
    Runner runner(*plan, sandbox.clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(runner.state(0).status, StepStatus::Waiting, 10000);
    QVERIFY(runner.state(0).reason.contains(QStringLiteral("/adminconsent?client_id=")));
    QVERIFY(runner.state(0).waitUntil.isValid());
    runner.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Cancelled);
    const qsizetype requests = sandbox.server->requestLog().entries().size();
    QTest::qWait(300); // three poll intervals: a cancelled step must not poll again
    QCOMPARE(sandbox.server->requestLog().entries().size(), requests);
}

void tst_CustomerGrant::newPrincipal_notReplicatedYet_grantRetriesWithBackoff()
{
    Tests::CustomerSandbox sandbox(QStringLiteral("isv-ready"), 0, 1500);
    QVERIFY(sandbox.start());
    QList<Seen> seen;
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(), nullptr);
    QCOMPARE(run(plan, sandbox, &seen), Runner::Outcome::Completed);
    QVERIFY(sawWaiting(seen, 4, QStringLiteral("replicate")));
    int refused = 0;
    for (const auto &entry : sandbox.server->requestLog().entries()) {
        if (entry.errorCode == QLatin1String("PrincipalNotFound")) {
            ++refused;
        }
    }
    QVERIFY(refused >= 1);
}

void tst_CustomerGrant::inputsFromInvitation_takeTheIsvsIds()
{
    Wizard::Invitation invitation;
    invitation.cloud = QStringLiteral("public");
    invitation.isvTenantId = QStringLiteral("9c886730-a4ec-52de-bd9b-b1fe9a57d4ef");
    invitation.appId = QStringLiteral("c6f9d261-1891-5d0a-98e1-cbb0dd64eea0");
    Wizard::RunContext choices;
    choices.customerTenantId = QStringLiteral("693031e5-2f65-505e-a93b-31ddc8037f96");
    choices.appId = QStringLiteral("not this one");
    choices.vaultName = QStringLiteral("kv-x");
    const Wizard::RunContext inputs = Wizard::CustomerGrant::inputsFrom(invitation, choices);
    QCOMPARE(inputs.cloud, QStringLiteral("public"));
    QCOMPARE(inputs.tenantId, invitation.isvTenantId);
    QCOMPARE(inputs.appId, invitation.appId);
    QCOMPARE(inputs.customerTenantId, choices.customerTenantId);
    QCOMPARE(inputs.vaultName, QStringLiteral("kv-x"));
}

void tst_CustomerGrant::principalOfAnotherTenant_fails()
{
    Tests::CustomerSandbox sandbox;
    QVERIFY(sandbox.start());
    Wizard::RunContext inputs = sandbox.inputs();
    inputs.tenantId = QStringLiteral("11111111-2222-4333-8444-555555555555"); // not the app's owner
    Wizard::Plan *plan = makePlan(sandbox, inputs, nullptr);
    QCOMPARE(run(plan, sandbox), Runner::Outcome::Failed);
    // The principal was created (the user may) but is refused: it belongs to the real ISV, not the invited one.
    QVERIFY(!plan->context().servicePrincipalId);
}

void tst_CustomerGrant::existingVaultWithoutPurgeProtection_turnsItOn()
{
    Tests::CustomerSandbox sandbox(QStringLiteral("customer-ready"));
    QVERIFY(sandbox.start());
    for (auto &vault : sandbox.world().editKeyVault().vaults) {
        vault.enablePurgeProtection = false;
    }
    QList<Seen> seen;
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(Sandbox::StorageScenarios::vaultName()), nullptr);
    QCOMPARE(run(plan, sandbox, &seen), Runner::Outcome::Completed);
    QVERIFY(sandbox.world().keyVault().vaults.first().enablePurgeProtection);
    bool warned = false;
    for (const Seen &entry : seen) {
        if (entry.index == 1 &&
            entry.state.evidence.join(QLatin1Char(' ')).contains(QLatin1String("cannot be undone"))) {
            warned = true;
        }
    }
    QVERIFY(warned);
}

void tst_CustomerGrant::vaultNameTaken_failsWithHint()
{
    Tests::CustomerSandbox sandbox;
    QVERIFY(sandbox.start());
    Sandbox::Vault other;
    other.subscriptionId = Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv"));
    other.resourceGroup = QStringLiteral("rg-crosskey-isv");
    other.name = QStringLiteral("kv-taken");
    other.location = QStringLiteral("eastus");
    other.tenantId = sandbox.isvTenantId();
    other.createdAt = other.updatedAt = QDateTime::currentDateTimeUtc();
    sandbox.world().editKeyVault().vaults.append(other);
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(QStringLiteral("kv-taken")), nullptr);
    Runner runner(*plan, sandbox.clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Failed);
    QCOMPARE(runner.state(1).status, StepStatus::Failed);
    QCOMPARE(runner.state(1).error->code(), QStringLiteral("VaultAlreadyExists"));
    QVERIFY(runner.state(1).error->hint().contains(QStringLiteral("kv-taken")));
}

void tst_CustomerGrant::disabledKey_needsYou()
{
    Tests::CustomerSandbox sandbox(QStringLiteral("broken-key-disabled"));
    QVERIFY(sandbox.start());
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(Sandbox::StorageScenarios::vaultName()), nullptr);
    Runner runner(*plan, sandbox.clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::NeedsYou);
    QCOMPARE(runner.state(3).status, StepStatus::NeedsYou);
    QVERIFY(runner.state(3).reason.contains(QStringLiteral("disabled")));
}

void tst_CustomerGrant::firewallClosedToStorage_verifyFailsWithFix()
{
    Tests::CustomerSandbox sandbox(QStringLiteral("broken-firewall"));
    QVERIFY(sandbox.start());
    Wizard::Plan *plan = makePlan(sandbox, sandbox.inputs(Sandbox::StorageScenarios::vaultName()), nullptr);
    Runner runner(*plan, sandbox.clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Failed);
    QCOMPARE(runner.state(5).status, StepStatus::Failed);
    QVERIFY(runner.state(5).error->message().contains(QStringLiteral("firewall")));
    QVERIFY(runner.state(5).error->hint().contains(QStringLiteral("AzureServices")));
    QVERIFY(runner.state(1).evidence.join(QLatin1Char(' ')).contains(QStringLiteral("Firewall")));
}

QTEST_GUILESS_MAIN(tst_CustomerGrant)
#include "tst_customergrant.moc"
