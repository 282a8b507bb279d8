// SPDX-License-Identifier: GPL-3.0-or-later
#include "isvsandbox.h"
#include "sandbox/request.h"
#include "sandbox/requestlog.h"
#include "wizard/ensurefederatedcredentialstep.h"
#include "wizard/ensuremultitenantappstep.h"
#include "wizard/invitation.h"
#include "wizard/isvprepareplan.h"
#include "wizard/registerprovidersstep.h"
#include "wizard/registerstoragefeaturestep.h"
#include "wizard/runner.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace CrossKey;
using Wizard::Runner;
using Wizard::StepStatus;

// The ISV prepare plan (issue 7) through the real Runner against the sandbox over HTTP.
class tst_IsvPrepare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plan_validatesAndHasTheSteps();
    void fromFresh_everyStepDone_oneAppIdentityAndCredential();
    void secondRun_isAlreadyDoneAndCreatesNothing();
    void isvReady_reusesAppIdentityAndCredential();
    void userWithoutAppRights_failsAtAppStepWithCauseAndFix();
    void singleTenantApp_isMadeMultitenant();
    void unknownAppId_fails();
    void twoAppsWithTheName_askForTheAppId();
    void mismatchedCredential_isExplained();
    void twentyCredentials_isTheLimit();
    void equivalentScript_hasEveryStepAndVariables();
    void invitationLink_installsTheAppInTheCustomerTenant();
    void credentialStep_waitsForAnAppNotYetVisible();

private:
    struct Run
    {
        Runner::Outcome outcome = Runner::Outcome::Failed;
        QList<Wizard::StepState> states;
        QStringList waitReasons;
        Wizard::RunContext context;
    };
    Run run(Tests::IsvSandbox &sandbox, const Wizard::RunContext &inputs);
    static QString describe(const Run &run);
};

void tst_IsvPrepare::initTestCase()
{
    qRegisterMetaType<Wizard::StepState>();
    qRegisterMetaType<Runner::Outcome>();
    qRegisterMetaType<Wizard::StepOutcome>();
}

tst_IsvPrepare::Run tst_IsvPrepare::run(Tests::IsvSandbox &sandbox, const Wizard::RunContext &inputs)
{
    std::unique_ptr<Wizard::Plan> plan(Wizard::IsvPrepare::createPlan(inputs, sandbox.connection.get()));
    for (Wizard::Step *step : plan->steps()) {
        if (auto *providers = qobject_cast<Wizard::RegisterProvidersStep *>(step)) {
            providers->setPollInterval(std::chrono::milliseconds(40));
        } else if (auto *feature = qobject_cast<Wizard::RegisterStorageFeatureStep *>(step)) {
            feature->setPollInterval(std::chrono::milliseconds(40));
        } else if (auto *credential = qobject_cast<Wizard::EnsureFederatedCredentialStep *>(step)) {
            credential->setFirstRetryDelay(std::chrono::milliseconds(20));
            credential->setConsistencyBudget(std::chrono::milliseconds(500));
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
    result.context = plan->context();
    return result;
}

QString tst_IsvPrepare::describe(const Run &run)
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

void tst_IsvPrepare::plan_validatesAndHasTheSteps()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    std::unique_ptr<Wizard::Plan> plan(Wizard::IsvPrepare::createPlan(sandbox.inputs(), sandbox.connection.get()));
    QCOMPARE(plan->id(), QStringLiteral("isv-prepare"));
    const auto valid = plan->validate();
    QVERIFY2(valid.hasValue(), qPrintable(valid ? QString() : valid.error().message()));
    QStringList ids;
    for (const auto *step : plan->steps()) {
        ids.append(step->id());
    }
    QCOMPARE(ids, (QStringList{"resource-group", "providers", "app", "identity", "federated-credential",
                               "storage-feature"}));
    Wizard::RunContext withAppId = sandbox.inputs();
    withAppId.appId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Wizard::Plan> other(Wizard::IsvPrepare::createPlan(withAppId, sandbox.connection.get()));
    QVERIFY(other->validate().hasValue());
}

void tst_IsvPrepare::fromFresh_everyStepDone_oneAppIdentityAndCredential()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    const Run result = run(sandbox, sandbox.inputs());
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    for (const auto &state : result.states) {
        QVERIFY2(state.status == StepStatus::Done, qPrintable(describe(result)));
    }
    // Registration in `fresh` takes a while: the provider and feature steps said why they waited.
    QVERIFY(result.waitReasons.size() >= 2);
    QVERIFY(result.waitReasons.first().contains(QLatin1String("Microsoft.ManagedIdentity")));

    const auto apps = sandbox.appsOfIsv();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first().displayName, QStringLiteral("Contoso CMK"));
    QCOMPARE(apps.first().signInAudience, QStringLiteral("AzureADMultipleOrgs"));
    QCOMPARE(*result.context.appId, apps.first().appId);
    QCOMPARE(*result.context.appObjectId, apps.first().id);

    QList<Sandbox::UserAssignedIdentity> identities;
    for (const auto &identity : sandbox.world().resourceManager().identities) {
        if (identity.tenantId == sandbox.tenantId()) {
            identities.append(identity);
        }
    }
    QCOMPARE(identities.size(), 1);
    QCOMPARE(identities.first().name, QStringLiteral("id-contoso-cmk"));
    QCOMPARE(identities.first().location, QStringLiteral("eastus"));
    QCOMPARE(*result.context.identityPrincipalId, identities.first().principalId);
    QCOMPARE(*result.context.identityClientId, identities.first().clientId);

    const auto &credentials = apps.first().federatedIdentityCredentials;
    QCOMPARE(credentials.size(), 1);
    const QString issuer =
        sandbox.server->baseUrl().toString() + QLatin1Char('/') + sandbox.tenantId() + QStringLiteral("/v2.0");
    QCOMPARE(credentials.first().issuer, issuer);
    QCOMPARE(credentials.first().subject, identities.first().principalId);
    QCOMPARE(credentials.first().audiences, QStringList{sandbox.cloud.ficAudience()});
    QCOMPARE(credentials.first().name, QStringLiteral("crosskey-id-contoso-cmk"));
    QCOMPARE(*result.context.ficIssuer, issuer);
    QCOMPARE(*result.context.federatedCredentialName, QStringLiteral("crosskey-id-contoso-cmk"));

    bool groupMade = false;
    for (const auto &group : sandbox.world().resourceGroups()) {
        groupMade = groupMade || (group.name == QLatin1String("rg-cmk") && group.location == QLatin1String("eastus"));
    }
    QVERIFY(groupMade);
}

void tst_IsvPrepare::secondRun_isAlreadyDoneAndCreatesNothing()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    const Run first = run(sandbox, sandbox.inputs());
    QVERIFY2(first.outcome == Runner::Outcome::Completed, qPrintable(describe(first)));

    const_cast<Sandbox::RequestLog &>(sandbox.server->requestLog()).clear();
    const Run second = run(sandbox, sandbox.inputs());
    QVERIFY2(second.outcome == Runner::Outcome::Completed, qPrintable(describe(second)));
    for (const auto &state : second.states) {
        QVERIFY2(state.status == StepStatus::AlreadyDone, qPrintable(describe(second)));
    }
    for (const auto &entry : sandbox.server->requestLog().entries()) {
        QVERIFY2(entry.method == QLatin1String("GET"), qPrintable(entry.method + QLatin1Char(' ') + entry.path));
    }
    QCOMPARE(sandbox.appsOfIsv().size(), 1);
    QCOMPARE(sandbox.appsOfIsv().first().federatedIdentityCredentials.size(), 1);
    QCOMPARE(*second.context.appId, *first.context.appId);
    QCOMPARE(*second.context.identityPrincipalId, *first.context.identityPrincipalId);
}

void tst_IsvPrepare::isvReady_reusesAppIdentityAndCredential()
{
    Tests::IsvSandbox sandbox(QStringLiteral("isv-ready"));
    QVERIFY(sandbox.start());
    const Run result = run(sandbox, sandbox.inputs(QStringLiteral("CrossKey CMK"), QStringLiteral("id-crosskey-cmk"),
                                                   QStringLiteral("rg-crosskey-isv")));
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    // The scenario is what ISV prepare leaves behind (reply address and preview feature included): nothing to do.
    for (int i = 0; i < result.states.size(); ++i) {
        QVERIFY2(result.states.at(i).status == StepStatus::AlreadyDone, qPrintable(describe(result)));
    }
    QCOMPARE(sandbox.appsOfIsv().first().webRedirectUris.size(), 1);
    // The scenario's credential has its own name; it is matched by issuer and subject and reused.
    QCOMPARE(*result.context.federatedCredentialName, QStringLiteral("crosskey-cmk"));
    QCOMPARE(sandbox.appsOfIsv().size(), 1);
    QCOMPARE(sandbox.appsOfIsv().first().federatedIdentityCredentials.size(), 1);
}

void tst_IsvPrepare::userWithoutAppRights_failsAtAppStepWithCauseAndFix()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start(QStringLiteral("owner")));
    const Run result = run(sandbox, sandbox.inputs());
    QCOMPARE(result.outcome, Runner::Outcome::Failed);
    QCOMPARE(result.states.at(0).status, StepStatus::Done);
    QCOMPARE(result.states.at(1).status, StepStatus::Done);
    const auto &app = result.states.at(2);
    QCOMPARE(app.status, StepStatus::Failed);
    QVERIFY(app.error);
    QCOMPARE(app.error->code(), QStringLiteral("Authorization_RequestDenied"));
    QVERIFY2(app.error->hint().contains(QLatin1String("Application Developer")), qPrintable(app.error->hint()));
    QVERIFY(app.error->hint().contains(QLatin1String("Users can register applications")));
    QCOMPARE(result.states.at(3).status, StepStatus::Pending);
    QVERIFY(sandbox.appsOfIsv().isEmpty());
}

void tst_IsvPrepare::singleTenantApp_isMadeMultitenant()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    Sandbox::Application app;
    app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    app.appId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    app.tenantId = sandbox.tenantId();
    app.displayName = QStringLiteral("Legacy app");
    app.signInAudience = QStringLiteral("AzureADMyOrg");
    app.owners = {Sandbox::Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("admin"))};
    sandbox.world().editApplications().append(app);

    Wizard::RunContext inputs = sandbox.inputs(QStringLiteral("ignored name"));
    inputs.appId = app.appId;
    const Run result = run(sandbox, inputs);
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    QCOMPARE(result.states.at(2).status, StepStatus::Done);
    QVERIFY(result.states.at(2).evidence.join(QLatin1Char(' ')).contains(QLatin1String("multitenant")));
    const auto *stored = sandbox.world().findApplication(app.appId);
    QVERIFY(stored);
    QCOMPARE(stored->signInAudience, QStringLiteral("AzureADMultipleOrgs"));
    QCOMPARE(*result.context.appName, QStringLiteral("Legacy app"));
    QCOMPARE(stored->federatedIdentityCredentials.size(), 1);
    QCOMPARE(sandbox.appsOfIsv().size(), 1);
}

void tst_IsvPrepare::unknownAppId_fails()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    Wizard::RunContext inputs = sandbox.inputs();
    inputs.appId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Run result = run(sandbox, inputs);
    QCOMPARE(result.outcome, Runner::Outcome::Failed);
    QCOMPARE(result.states.at(2).status, StepStatus::Failed);
    QVERIFY2(result.states.at(2).error->message().contains(*inputs.appId),
             qPrintable(result.states.at(2).error->message()));
    QVERIFY(sandbox.appsOfIsv().isEmpty());
}

void tst_IsvPrepare::twoAppsWithTheName_askForTheAppId()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    for (int i = 0; i < 2; ++i) {
        Sandbox::Application app;
        app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        app.appId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        app.tenantId = sandbox.tenantId();
        app.displayName = QStringLiteral("Contoso CMK");
        sandbox.world().editApplications().append(app);
    }
    const Run result = run(sandbox, sandbox.inputs());
    QCOMPARE(result.outcome, Runner::Outcome::Failed);
    QCOMPARE(result.states.at(2).status, StepStatus::Failed);
    QVERIFY(result.states.at(2).error->hint().contains(QLatin1String("app id")));
    QCOMPARE(sandbox.appsOfIsv().size(), 2);
}

void tst_IsvPrepare::mismatchedCredential_isExplained()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    const Run first = run(sandbox, sandbox.inputs());
    QVERIFY2(first.outcome == Runner::Outcome::Completed, qPrintable(describe(first)));

    // Someone pointed the credential at another issuer: the trust would fail at token exchange.
    for (auto &app : sandbox.world().editApplications()) {
        for (auto &credential : app.federatedIdentityCredentials) {
            credential.issuer = QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(sandbox.tenantId());
        }
    }
    Run second = run(sandbox, sandbox.inputs());
    QCOMPARE(second.outcome, Runner::Outcome::Failed);
    auto fic = second.states.at(4);
    QCOMPARE(fic.status, StepStatus::Failed);
    QVERIFY2(fic.error->message().contains(QLatin1String("issuer")), qPrintable(fic.error->message()));
    QVERIFY(fic.error->hint().contains(QLatin1String("federated-credential delete")));

    // The right issuer but the wrong audience.
    const QString issuer = *first.context.ficIssuer;
    for (auto &app : sandbox.world().editApplications()) {
        for (auto &credential : app.federatedIdentityCredentials) {
            credential.issuer = issuer;
            credential.audiences = {QStringLiteral("api://AzureADTokenExchangeChina")};
        }
    }
    second = run(sandbox, sandbox.inputs());
    fic = second.states.at(4);
    QCOMPARE(fic.status, StepStatus::Failed);
    QVERIFY2(fic.error->message().contains(QLatin1String("audience")), qPrintable(fic.error->message()));
    QCOMPARE(sandbox.appsOfIsv().first().federatedIdentityCredentials.size(), 1);
}

void tst_IsvPrepare::twentyCredentials_isTheLimit()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    const Run first = run(sandbox, sandbox.inputs());
    QVERIFY2(first.outcome == Runner::Outcome::Completed, qPrintable(describe(first)));
    for (auto &app : sandbox.world().editApplications()) {
        if (app.appId != *first.context.appId) {
            continue;
        }
        app.federatedIdentityCredentials.clear();
        for (int i = 0; i < 20; ++i) {
            app.federatedIdentityCredentials.append(Sandbox::FederatedIdentityCredential{
                QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("other-%1").arg(i),
                QStringLiteral("https://token.actions.githubusercontent.com"), QStringLiteral("repo:x/y:%1").arg(i),
                QString(), QStringList{QStringLiteral("api://AzureADTokenExchange")}});
        }
    }
    const_cast<Sandbox::RequestLog &>(sandbox.server->requestLog()).clear();
    const Run second = run(sandbox, sandbox.inputs());
    QCOMPARE(second.outcome, Runner::Outcome::Failed);
    const auto fic = second.states.at(4);
    QCOMPARE(fic.status, StepStatus::Failed);
    QVERIFY2(fic.error->message().contains(QLatin1String("20")), qPrintable(fic.error->message()));
    // Checked before adding: no credential was posted.
    for (const auto &entry : sandbox.server->requestLog().entries()) {
        QVERIFY(!entry.path.contains(QLatin1String("federatedIdentityCredentials")) ||
                entry.method == QLatin1String("GET"));
    }
    QCOMPARE(sandbox.world().findApplication(*first.context.appId)->federatedIdentityCredentials.size(), 20);
}

void tst_IsvPrepare::equivalentScript_hasEveryStepAndVariables()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    std::unique_ptr<Wizard::Plan> plan(
        Wizard::IsvPrepare::createPlan(sandbox.inputs(QStringLiteral("Contoso's CMK")), sandbox.connection.get()));
    const QString script = Wizard::IsvPrepare::equivalentScript(*plan);
    QVERIFY(script.startsWith(QLatin1String("#!/usr/bin/env bash")));
    QVERIFY(script.contains(QLatin1String("az group create")));
    QVERIFY(script.contains(QLatin1String("az provider register")));
    QVERIFY(script.contains(QLatin1String("APP_ID=$(az ad app create --display-name 'Contoso'\\''s CMK'")));
    QVERIFY(script.contains(QLatin1String("IDENTITY_PRINCIPAL_ID=$(az identity create")));
    QVERIFY(script.contains(QLatin1String("az ad app federated-credential create --id \"$APP_OBJECT_ID\"")));
    QVERIFY(script.contains(QLatin1String("\\\"subject\\\":\\\"$IDENTITY_PRINCIPAL_ID\\\"")));
    QVERIFY(script.contains(QLatin1String("az feature register")));
    QVERIFY(script.contains(sandbox.subscriptionId()));
}

void tst_IsvPrepare::invitationLink_installsTheAppInTheCustomerTenant()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    const Run result = run(sandbox, sandbox.inputs());
    QVERIFY2(result.outcome == Runner::Outcome::Completed, qPrintable(describe(result)));
    const auto invitation = Wizard::Invitation::fromContext(result.context, sandbox.cloud);
    QVERIFY2(invitation.hasValue(), qPrintable(invitation ? QString() : invitation.error().message()));
    QVERIFY(invitation.value().checkCloud(sandbox.cloud).hasValue());

    // The customer's administrator opens the link and picks their account on the page (a form post).
    const QUrl link = invitation.value().adminConsentUrl;
    QCOMPARE(link.path(), QStringLiteral("/organizations/adminconsent"));
    QUrlQuery form(link);
    form.addQueryItem(QStringLiteral("sandbox_user"), QStringLiteral("admin@fabrikam.onmicrosoft.com"));
    auto request = Sandbox::Request::make("POST", link.path(), form.toString(QUrl::FullyEncoded).toUtf8());
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    const auto response = sandbox.server->dispatch(request);
    QCOMPARE(response.status, 302);
    const QUrl landing(QString::fromUtf8(response.header("Location")));
    const QUrlQuery answer(landing);
    QVERIFY2(answer.queryItemValue(QStringLiteral("admin_consent")) == QLatin1String("True"),
             qPrintable(landing.toString()));
    const QString fabrikam = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    QCOMPARE(answer.queryItemValue(QStringLiteral("tenant")), fabrikam);
    QVERIFY(sandbox.world().findServicePrincipal(fabrikam, *result.context.appId));
}

void tst_IsvPrepare::credentialStep_waitsForAnAppNotYetVisible()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    Wizard::EnsureFederatedCredentialStep step(sandbox.connection.get());
    step.setFirstRetryDelay(std::chrono::milliseconds(20));
    step.setConsistencyBudget(std::chrono::milliseconds(2000));
    Wizard::RunContext context = sandbox.inputs();
    context.appObjectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    context.identityPrincipalId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    // Graph answers 404 for an app created a moment ago on another replica; here the app appears while the
    // step waits, as it would once replication catches up.
    Wizard::StepJob *job = step.check(context);
    QStringList reasons;
    connect(job, &Wizard::StepJob::waiting, this, [&](const QString &reason) {
        reasons.append(reason);
        if (reasons.size() == 2) {
            Sandbox::Application app;
            app.id = *context.appObjectId;
            app.appId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            app.tenantId = sandbox.tenantId();
            app.displayName = QStringLiteral("Contoso CMK");
            app.signInAudience = QStringLiteral("AzureADMultipleOrgs");
            app.owners = {Sandbox::Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("admin"))};
            sandbox.world().editApplications().append(app);
        }
    });
    QSignalSpy finished(job, &Wizard::StepJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.first().first().value<Wizard::StepOutcome>();
    QVERIFY2(outcome.kind == Wizard::StepOutcome::Kind::Missing, qPrintable(outcome.error.summary()));
    QCOMPARE(reasons.size(), 2);
    QVERIFY(reasons.first().contains(QLatin1String("Microsoft Graph")));

    // An app that never appears: the step gives up after its budget with the cause and a fix.
    step.setConsistencyBudget(std::chrono::milliseconds(100));
    context.appObjectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Wizard::StepJob *missing = step.check(context);
    QSignalSpy gaveUp(missing, &Wizard::StepJob::finished);
    missing->start();
    QVERIFY(gaveUp.wait(10000));
    const auto failed = gaveUp.first().first().value<Wizard::StepOutcome>();
    QCOMPARE(failed.kind, Wizard::StepOutcome::Kind::Failed);
    QCOMPARE(failed.error.httpStatus(), 404);
    QVERIFY(failed.error.hint().contains(QLatin1String("Multitenant application")));
}

QTEST_GUILESS_MAIN(tst_IsvPrepare)
#include "tst_isvprepare.moc"
