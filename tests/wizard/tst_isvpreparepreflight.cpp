// SPDX-License-Identifier: GPL-3.0-or-later
#include "isvsandbox.h"
#include "wizard/isvpreparepreflight.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace CrossKey;
using Wizard::ContextField;
using Wizard::IsvPreparePreflight;
using Wizard::PreflightProblems;

// The checks that stop bad ISV prepare inputs before anything is created (issue 7, "Bad input").
class tst_IsvPreparePreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodInputs_haveNoProblems();
    void badNames_areNamedByField();
    void groupInAnotherRegion_isStopped();
    void unknownSubscription_isStopped();
    void unknownAppId_isStopped();
    void foreignApp_isStopped();
    void twoAppsWithTheName_areStopped();
    void cancel_finishesCancelled();
    void readsOnly();

private:
    PreflightProblems run(Tests::IsvSandbox &sandbox, const Wizard::RunContext &inputs);
    static QString describe(const PreflightProblems &problems);
    static bool has(const PreflightProblems &problems, ContextField field, const QString &text);
};

void tst_IsvPreparePreflight::initTestCase()
{
    qRegisterMetaType<PreflightProblems>();
}

PreflightProblems tst_IsvPreparePreflight::run(Tests::IsvSandbox &sandbox, const Wizard::RunContext &inputs)
{
    auto *job = new IsvPreparePreflight(inputs, sandbox.connection.get());
    QSignalSpy finished(job, &IsvPreparePreflight::finished);
    job->start();
    if (!finished.wait(20000)) {
        return {{std::nullopt, Azure::AzureError(Azure::AzureError::Kind::Internal, QStringLiteral("no answer"))}};
    }
    return finished.first().first().value<PreflightProblems>();
}

QString tst_IsvPreparePreflight::describe(const PreflightProblems &problems)
{
    QStringList lines;
    for (const auto &problem : problems) {
        lines.append((problem.field ? Wizard::RunContext::fieldKey(*problem.field) : QStringLiteral("-")) +
                     QStringLiteral(": ") + problem.error.message());
    }
    return lines.join(QLatin1Char('\n'));
}

bool tst_IsvPreparePreflight::has(const PreflightProblems &problems, ContextField field, const QString &text)
{
    for (const auto &problem : problems) {
        if (problem.field == field && problem.error.message().contains(text)) {
            return true;
        }
    }
    return false;
}

void tst_IsvPreparePreflight::goodInputs_haveNoProblems()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    auto problems = run(sandbox, sandbox.inputs());
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    // An existing group in the chosen region is fine too.
    problems = run(sandbox, sandbox.inputs(QStringLiteral("Contoso CMK"), QStringLiteral("id-x"),
                                           QStringLiteral("rg-crosskey-isv"), QStringLiteral("eastus")));
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void tst_IsvPreparePreflight::badNames_areNamedByField()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    Wizard::RunContext inputs =
        sandbox.inputs(QStringLiteral("   "), QStringLiteral("-bad.identity"), QStringLiteral("rg-ends-with."));
    inputs.subscriptionId = QStringLiteral("not-a-guid");
    const auto problems = run(sandbox, inputs);
    QVERIFY2(has(problems, ContextField::ResourceGroup, QStringLiteral("resource group")),
             qPrintable(describe(problems)));
    QVERIFY(has(problems, ContextField::IdentityName, QStringLiteral("managed identity")));
    QVERIFY(has(problems, ContextField::AppName, QStringLiteral("application name")));
    QVERIFY(has(problems, ContextField::SubscriptionId, QStringLiteral("GUID")));
    // The same without a connection: the offline part alone.
    QCOMPARE(IsvPreparePreflight::checkInputs(inputs).size(), problems.size());
    Wizard::RunContext empty;
    QVERIFY(IsvPreparePreflight::checkInputs(empty).size() >= 6);
}

void tst_IsvPreparePreflight::groupInAnotherRegion_isStopped()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    // rg-shared is in westeurope.
    const auto problems = run(sandbox, sandbox.inputs(QStringLiteral("Contoso CMK"), QStringLiteral("id-x"),
                                                      QStringLiteral("rg-shared"), QStringLiteral("eastus")));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(has(problems, ContextField::Location, QStringLiteral("westeurope")), qPrintable(describe(problems)));
    QVERIFY(problems.first().error.hint().contains(QLatin1String("westeurope")));
    QCOMPARE(problems.first().error.kind(), Azure::AzureError::Kind::InvalidInput);
}

void tst_IsvPreparePreflight::unknownSubscription_isStopped()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    Wizard::RunContext inputs = sandbox.inputs();
    inputs.subscriptionId = Sandbox::Scenarios::subscriptionId(QStringLiteral("fabrikam"));
    const auto problems = run(sandbox, inputs);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(has(problems, ContextField::SubscriptionId, *inputs.subscriptionId), qPrintable(describe(problems)));
}

void tst_IsvPreparePreflight::unknownAppId_isStopped()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    Wizard::RunContext inputs = sandbox.inputs();
    inputs.appId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto problems = run(sandbox, inputs);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(has(problems, ContextField::AppId, QStringLiteral("no app with id %1").arg(*inputs.appId)),
             qPrintable(describe(problems)));
}

void tst_IsvPreparePreflight::foreignApp_isStopped()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    const QString fabrikam = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    Sandbox::Application app;
    app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    app.appId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    app.tenantId = fabrikam;
    app.displayName = QStringLiteral("Fabrikam tool");
    app.signInAudience = QStringLiteral("AzureADMultipleOrgs");
    sandbox.world().editApplications().append(app);
    sandbox.world().editServicePrincipals().append(
        Sandbox::ServicePrincipal{QUuid::createUuid().toString(QUuid::WithoutBraces), app.appId, sandbox.tenantId(),
                                  app.displayName, fabrikam, true, QDateTime::currentDateTimeUtc()});

    Wizard::RunContext inputs = sandbox.inputs();
    inputs.appId = app.appId;
    const auto problems = run(sandbox, inputs);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(has(problems, ContextField::AppId, QStringLiteral("another tenant")), qPrintable(describe(problems)));
    QVERIFY(problems.first().error.message().contains(fabrikam));
}

void tst_IsvPreparePreflight::twoAppsWithTheName_areStopped()
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
    const auto problems = run(sandbox, sandbox.inputs());
    QVERIFY2(has(problems, ContextField::AppName, QStringLiteral("2 apps")), qPrintable(describe(problems)));
}

void tst_IsvPreparePreflight::cancel_finishesCancelled()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    auto *job = new IsvPreparePreflight(sandbox.inputs(), sandbox.connection.get());
    QSignalSpy finished(job, &IsvPreparePreflight::finished);
    job->start();
    job->cancel();
    QCOMPARE(finished.size(), 1);
    const auto problems = finished.first().first().value<PreflightProblems>();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().error.isCancelled());
    QTest::qWait(50); // nothing more arrives
    QCOMPARE(finished.size(), 1);
}

void tst_IsvPreparePreflight::readsOnly()
{
    Tests::IsvSandbox sandbox;
    QVERIFY(sandbox.start());
    const int apps = sandbox.world().applications().size();
    const int groups = sandbox.world().resourceGroups().size();
    QVERIFY(run(sandbox, sandbox.inputs()).isEmpty());
    QCOMPARE(sandbox.world().applications().size(), apps);
    QCOMPARE(sandbox.world().resourceGroups().size(), groups);
}

QTEST_GUILESS_MAIN(tst_IsvPreparePreflight)
#include "tst_isvpreparepreflight.moc"
