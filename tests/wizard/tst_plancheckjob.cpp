// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/scriptedstep.h"
#include "wizard/plan.h"
#include "wizard/plancheckjob.h"

#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using namespace CrossKey::Wizard;
using CrossKey::Tests::Script;
using CrossKey::Tests::ScriptedStep;
using Finding = PlanCheckJob::Finding;

class tst_PlanCheckJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mixedPlan_reportsEachStepAndNeverApplies();
    void cancel_finishesOnceWithoutFurtherSteps();
};

void tst_PlanCheckJob::mixedPlan_reportsEachStepAndNeverApplies()
{
    RunContext appOutputs;
    appOutputs.appId = QStringLiteral("app-id");
    Plan plan(QStringLiteral("check-test"), QStringLiteral("Check test"), {});
    auto *app =
        new ScriptedStep(QStringLiteral("app"), Script{StepOutcome::done({QStringLiteral("found")}, appOutputs)}, {},
                         {}, {ContextField::AppId});
    auto *identity = new ScriptedStep(QStringLiteral("identity"), Script{StepOutcome::missing(), 5}, {}, {},
                                      {ContextField::IdentityPrincipalId});
    auto *credential = new ScriptedStep(QStringLiteral("credential"), Script{StepOutcome::done()}, {},
                                        {ContextField::AppId, ContextField::IdentityPrincipalId});
    auto *broken = new ScriptedStep(
        QStringLiteral("broken"),
        Script{StepOutcome::failed(Azure::AzureError(Azure::AzureError::Kind::Network, QStringLiteral("down")))});
    auto *usesApp =
        new ScriptedStep(QStringLiteral("uses-app"), Script{StepOutcome::done()}, {}, {ContextField::AppId});
    for (ScriptedStep *step : {app, identity, credential, broken, usesApp}) {
        plan.addStep(step);
    }

    auto *job = new PlanCheckJob(&plan);
    QSignalSpy checked(job, &PlanCheckJob::stepChecked);
    QSignalSpy finished(job, &PlanCheckJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(checked.count(), 5);
    const QList<Finding> expected{Finding::Exists, Finding::WillCreate, Finding::NotChecked, Finding::Failed,
                                  Finding::Exists};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(checked.at(i).at(0).toInt(), i);
        QCOMPARE(checked.at(i).at(1).value<Finding>(), expected.at(i));
    }
    // The credential needed the identity's output, which only the run makes: never checked.
    QCOMPARE(credential->checkCount, 0);
    // A later step saw the outputs of a step found done.
    QCOMPARE(usesApp->lastContext.appId, std::optional<QString>(QStringLiteral("app-id")));
    for (ScriptedStep *step : {app, identity, credential, broken, usesApp}) {
        QCOMPARE(step->applyCount, 0);
    }
    QCOMPARE(plan.context(), RunContext()); // the plan's own context is untouched
}

void tst_PlanCheckJob::cancel_finishesOnceWithoutFurtherSteps()
{
    Plan plan(QStringLiteral("check-cancel"), QStringLiteral("Check cancel"), {});
    auto *slow = new ScriptedStep(QStringLiteral("slow"), Script{StepOutcome::done(), -1});
    auto *next = new ScriptedStep(QStringLiteral("next"), Script{StepOutcome::done()});
    plan.addStep(slow);
    plan.addStep(next);
    auto *job = new PlanCheckJob(&plan);
    QSignalSpy checked(job, &PlanCheckJob::stepChecked);
    QSignalSpy finished(job, &PlanCheckJob::finished);
    job->start();
    QTRY_COMPARE(slow->checkCount, 1);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(checked.count(), 0);
    QCOMPARE(next->checkCount, 0);
}

QTEST_GUILESS_MAIN(tst_PlanCheckJob)
#include "tst_plancheckjob.moc"
