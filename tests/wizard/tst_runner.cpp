// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/manualclock.h"
#include "tests/support/scriptedstep.h"
#include "wizard/plan.h"
#include "wizard/runner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey;
using namespace CrossKey::Wizard;
using CrossKey::Tests::Script;
using CrossKey::Tests::ScriptedStep;

class tst_Runner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void threeMissingSteps_checkThenApplyInOrder();
    void checkFindsResult_applySkipped();
    void applyFails_planStopsWithError();
    void cancelDuringCheck_stepCancelledNothingApplied();
    void cancelDuringApply_stepCancelledPlanStops();
    void jobWaits_stateShowsReasonThenResumes();
    void needsYou_stopsThenContinuesOnStart();
    void notApplicable_stepSkipped();
    void synchronousJobs_completeInOneCall();
    void outputs_reachLaterSteps();
    void failedStepRetried_earlierStepsNotRepeated();
    void newRunner_resumesFromSavedProgress();
    void completedPlan_progressRemoved();
    void otherInputs_savedProgressIgnored();
    void corruptProgress_clearErrorAndFreshStart_data();
    void corruptProgress_clearErrorAndFreshStart();
    void missingInput_planRefused();
    void runnerDestroyedMidRun_jobCancelled();
    void progressNeverHoldsActiveStates();
    void running_trueFromStartUntilFinished();
    void rerun_checksEveryStepAgain();

private:
    // A plan of `count` steps that all need applying.
    Plan *makePlan(int count, RunContext inputs = {});
    ScriptedStep *step(Plan *plan, int index) { return static_cast<ScriptedStep *>(plan->steps().at(index)); }
    QList<StepStatus> statusesOf(const QSignalSpy &spy, int index) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    Tests::ManualClock m_clock;
};

void tst_Runner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Plan *tst_Runner::makePlan(int count, RunContext inputs)
{
    auto *plan = new Plan(QStringLiteral("test-plan"), QStringLiteral("Test plan"), std::move(inputs), this);
    for (int i = 0; i < count; ++i) {
        plan->addStep(new ScriptedStep(QStringLiteral("s%1").arg(i), Script{StepOutcome::missing()}));
    }
    return plan;
}

QList<StepStatus> tst_Runner::statusesOf(const QSignalSpy &spy, int index) const
{
    QList<StepStatus> statuses;
    for (const auto &args : spy) {
        if (args.at(0).toInt() == index) {
            statuses.append(args.at(1).value<StepState>().status);
        }
    }
    return statuses;
}

void tst_Runner::threeMissingSteps_checkThenApplyInOrder()
{
    Plan *plan = makePlan(3);
    Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
    QSignalSpy changes(&runner, &Runner::stepStateChanged);
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Completed);
    QList<int> order;
    for (const auto &args : changes) {
        order.append(args.at(0).toInt());
    }
    // Each step goes checking → running → done before the next one starts.
    QCOMPARE(order, (QList<int>{0, 0, 0, 1, 1, 1, 2, 2, 2}));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(statusesOf(changes, i),
                 (QList<StepStatus>{StepStatus::Checking, StepStatus::Running, StepStatus::Done}));
        QCOMPARE(step(plan, i)->checkCount, 1);
        QCOMPARE(step(plan, i)->applyCount, 1);
        QVERIFY(runner.state(i).finishedAt.isValid());
    }
    QVERIFY(!runner.isRunning());
}

void tst_Runner::checkFindsResult_applySkipped()
{
    Plan *plan = makePlan(2);
    step(plan, 0)->setCheck(Script{StepOutcome::done({QStringLiteral("App exists")})});
    Runner runner(*plan, m_clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(runner.state(0).status, StepStatus::AlreadyDone);
    QCOMPARE(runner.state(0).evidence, QStringList{QStringLiteral("App exists")});
    QCOMPARE(step(plan, 0)->applyCount, 0);
    QCOMPARE(runner.state(1).status, StepStatus::Done);
}

void tst_Runner::applyFails_planStopsWithError()
{
    Plan *plan = makePlan(3);
    const auto error = Azure::AzureError::service(403, QStringLiteral("AuthorizationFailed"), QStringLiteral("No."))
                           .addRequestId(QStringLiteral("x-ms-request-id"), QStringLiteral("r-1"));
    step(plan, 1)->setApply(Script{StepOutcome::failed(error)});
    Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Failed);
    QCOMPARE(runner.state(0).status, StepStatus::Done);
    QCOMPARE(runner.state(1).status, StepStatus::Failed);
    QVERIFY(runner.state(1).error.has_value());
    QCOMPARE(*runner.state(1).error, error);
    QCOMPARE(runner.lastError(), std::optional(error));
    QCOMPARE(runner.state(2).status, StepStatus::Pending);
    QCOMPARE(step(plan, 2)->checkCount, 0);
    QCOMPARE(runner.currentIndex(), 1);
}

void tst_Runner::cancelDuringCheck_stepCancelledNothingApplied()
{
    Plan *plan = makePlan(2);
    step(plan, 0)->setCheck(Script{StepOutcome::missing(), -1});
    Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();
    QCOMPARE(runner.state(0).status, StepStatus::Checking);
    QVERIFY(runner.isRunning());
    runner.cancel();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Cancelled);
    QCOMPARE(runner.state(0).status, StepStatus::Cancelled);
    QVERIFY(runner.state(0).error && runner.state(0).error->isCancelled());
    QCOMPARE(step(plan, 0)->applyCount, 0);
    QCOMPARE(runner.state(1).status, StepStatus::Pending);
    QVERIFY(!runner.isRunning());
}

void tst_Runner::cancelDuringApply_stepCancelledPlanStops()
{
    Plan *plan = makePlan(2);
    step(plan, 0)->setApply(Script{StepOutcome::done(), -1});
    Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();
    QTRY_COMPARE(runner.state(0).status, StepStatus::Running);
    QPointer<StepJob> job = step(plan, 0)->lastJob;
    QVERIFY(job);
    runner.cancel();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Cancelled);
    QCOMPARE(runner.state(0).status, StepStatus::Cancelled);
    QCOMPARE(step(plan, 1)->checkCount, 0);
    QTRY_VERIFY(job.isNull()); // the job deleted itself
}

void tst_Runner::jobWaits_stateShowsReasonThenResumes()
{
    Plan *plan = makePlan(1);
    const QDateTime until = m_clock.now().addSecs(30);
    step(plan, 0)->setApply(
        Script{StepOutcome::done(), 20, false, QStringLiteral("Role assignment propagating"), until});
    Runner runner(*plan, m_clock, std::nullopt);
    QSignalSpy changes(&runner, &Runner::stepStateChanged);
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();
    QTRY_COMPARE(runner.state(0).status, StepStatus::Waiting);
    QCOMPARE(runner.state(0).reason, QStringLiteral("Role assignment propagating"));
    QCOMPARE(runner.state(0).waitUntil, until);
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(statusesOf(changes, 0), (QList<StepStatus>{StepStatus::Checking, StepStatus::Running, StepStatus::Waiting,
                                                        StepStatus::Running, StepStatus::Done}));
    QVERIFY(runner.state(0).reason.isEmpty());
}

void tst_Runner::needsYou_stopsThenContinuesOnStart()
{
    Plan *plan = makePlan(2);
    step(plan, 0)->setCheck(Script{StepOutcome::needsYou(QStringLiteral("Ask an admin to consent"))});
    Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::NeedsYou);
    QCOMPARE(runner.state(0).status, StepStatus::NeedsYou);
    QCOMPARE(runner.state(0).reason, QStringLiteral("Ask an admin to consent"));
    QCOMPARE(step(plan, 1)->checkCount, 0);

    step(plan, 0)->setCheck(Script{StepOutcome::done()});
    runner.start();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.last().first().value<Runner::Outcome>(), Runner::Outcome::Completed);
    QCOMPARE(step(plan, 0)->checkCount, 2);
    QCOMPARE(runner.state(0).status, StepStatus::AlreadyDone);
    QCOMPARE(runner.state(1).status, StepStatus::Done);
}

void tst_Runner::notApplicable_stepSkipped()
{
    Plan *plan = makePlan(2);
    step(plan, 0)->setCheck(Script{StepOutcome::notApplicable(QStringLiteral("Vault uses RBAC"))});
    Runner runner(*plan, m_clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(runner.state(0).status, StepStatus::Skipped);
    QCOMPARE(runner.state(0).reason, QStringLiteral("Vault uses RBAC"));
    QCOMPARE(step(plan, 0)->applyCount, 0);
    QCOMPARE(runner.state(1).status, StepStatus::Done);
}

void tst_Runner::synchronousJobs_completeInOneCall()
{
    Plan *plan = makePlan(50);
    for (int i = 0; i < 50; ++i) {
        step(plan, i)->setCheck(Script{StepOutcome::missing(), 0, true});
        step(plan, i)->setApply(Script{StepOutcome::done(), 0, true});
    }
    Runner runner(*plan, m_clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();

    QCOMPARE(finished.count(), 1); // no event loop turn was needed
    QCOMPARE(runner.state(49).status, StepStatus::Done);
}

void tst_Runner::outputs_reachLaterSteps()
{
    RunContext produced;
    produced.appId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    auto *plan = new Plan(QStringLiteral("test-plan"), QStringLiteral("Test"), {}, this);
    plan->addStep(new ScriptedStep(QStringLiteral("app"), Script{StepOutcome::missing()},
                                   Script{StepOutcome::done({}, produced)}, {}, {ContextField::AppId}));
    plan->addStep(
        new ScriptedStep(QStringLiteral("fic"), Script{StepOutcome::missing()}, Script{}, {ContextField::AppId}));
    Runner runner(*plan, m_clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(step(plan, 1)->lastContext.appId, produced.appId);
    QCOMPARE(plan->context().appId, produced.appId);
}

void tst_Runner::failedStepRetried_earlierStepsNotRepeated()
{
    Plan *plan = makePlan(3);
    step(plan, 1)->setApply(Script{StepOutcome::failed(Azure::AzureError::timeout(QStringLiteral("create")))});
    Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(runner.state(1).status, StepStatus::Failed);

    step(plan, 1)->setApply(Script{});
    runner.start();
    QTRY_COMPARE(finished.count(), 2);

    QCOMPARE(finished.last().first().value<Runner::Outcome>(), Runner::Outcome::Completed);
    QCOMPARE(step(plan, 0)->checkCount, 1);
    QCOMPARE(step(plan, 1)->checkCount, 2);
    QCOMPARE(runner.state(1).status, StepStatus::Done);
    QVERIFY(!runner.state(1).error.has_value());
}

void tst_Runner::newRunner_resumesFromSavedProgress()
{
    RunContext inputs;
    inputs.tenantId = QStringLiteral("tenant-1");
    RunContext produced;
    produced.appId = QStringLiteral("app-1");
    {
        Plan *plan = makePlan(3, inputs);
        step(plan, 0)->setApply(Script{StepOutcome::done({QStringLiteral("created")}, produced)});
        step(plan, 1)->setApply(Script{StepOutcome::done(), -1}); // the program "closes" mid-apply
        Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
        runner.start();
        QTRY_COMPARE(runner.state(1).status, StepStatus::Running);
    } // the runner is gone, as when the program is closed

    Plan *plan = makePlan(3, inputs);
    Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
    QSignalSpy finished(&runner, &Runner::finished);
    const auto restored = runner.restore();
    QVERIFY(restored.hasValue());
    QCOMPARE(restored.value(), 1);
    QCOMPARE(runner.state(0).status, StepStatus::Done);
    QCOMPARE(runner.state(0).evidence, QStringList{QStringLiteral("created")});
    QCOMPARE(runner.state(1).status, StepStatus::Pending);
    QCOMPARE(plan->context().appId, produced.appId);

    runner.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Completed);
    QCOMPARE(step(plan, 0)->checkCount, 0);
    QCOMPARE(step(plan, 1)->checkCount, 1);
    QCOMPARE(step(plan, 1)->lastContext.appId, produced.appId);
}

void tst_Runner::completedPlan_progressRemoved()
{
    Plan *plan = makePlan(2);
    const ProgressStore store(m_dir->path());
    Runner runner(*plan, m_clock, store);
    QSignalSpy finished(&runner, &Runner::finished);
    step(plan, 1)->setApply(Script{StepOutcome::done(), -1});
    runner.start();
    QTRY_COMPARE(runner.state(1).status, StepStatus::Running);
    QVERIFY(QFile::exists(store.pathFor(plan->id())));
    step(plan, 1)->lastJob->cancel();
    QTRY_COMPARE(finished.count(), 1);

    step(plan, 1)->setApply(Script{});
    runner.start();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(!QFile::exists(store.pathFor(plan->id())));
}

void tst_Runner::otherInputs_savedProgressIgnored()
{
    RunContext first;
    first.tenantId = QStringLiteral("tenant-1");
    Plan *plan = makePlan(2, first);
    step(plan, 1)->setApply(Script{StepOutcome::failed(Azure::AzureError::timeout(QStringLiteral("x")))});
    Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QTRY_COMPARE(finished.count(), 1);

    RunContext second;
    second.tenantId = QStringLiteral("tenant-2");
    Plan *other = makePlan(2, second);
    Runner otherRunner(*other, m_clock, ProgressStore(m_dir->path()));
    const auto restored = otherRunner.restore();
    QVERIFY(restored.hasValue());
    QCOMPARE(restored.value(), 0);
    QCOMPARE(otherRunner.state(0).status, StepStatus::Pending);
}

void tst_Runner::corruptProgress_clearErrorAndFreshStart_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\x13garbage", 10);
    QTest::newRow("truncated json") << QByteArray(R"({"format":"crosskey-progress","ver)");
    QTest::newRow("json array") << QByteArray("[1,2,3]");
    QTest::newRow("unknown version") << QByteArray(R"({"format":"crosskey-progress","version":99})");
    QTest::newRow("not ours") << QByteArray(R"({"hello":"world"})");
    QTest::newRow("oversized") << QByteArray(2 * 1024 * 1024, ' ');
}

void tst_Runner::corruptProgress_clearErrorAndFreshStart()
{
    QFETCH(QByteArray, content);
    Plan *plan = makePlan(2);
    const ProgressStore store(m_dir->path());
    QFile file(store.pathFor(plan->id()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    Runner runner(*plan, m_clock, store);
    const auto restored = runner.restore();

    QVERIFY(!restored.hasValue());
    QCOMPARE(restored.error().kind(), Azure::AzureError::Kind::InvalidFile);
    QVERIFY(restored.error().message().contains(store.pathFor(plan->id())));
    QVERIFY(!QFile::exists(store.pathFor(plan->id())));
    QCOMPARE(runner.state(0).status, StepStatus::Pending);

    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Completed);
}

void tst_Runner::missingInput_planRefused()
{
    auto *plan = new Plan(QStringLiteral("test-plan"), QStringLiteral("Test"), {}, this);
    plan->addStep(new ScriptedStep(QStringLiteral("fic"), Script{}, Script{}, {ContextField::AppId}));
    Runner runner(*plan, m_clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);

    runner.start();

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Failed);
    QVERIFY(runner.lastError().has_value());
    QCOMPARE(runner.lastError()->kind(), Azure::AzureError::Kind::Internal);
    QCOMPARE(step(plan, 0)->checkCount, 0);
}

void tst_Runner::runnerDestroyedMidRun_jobCancelled()
{
    Plan *plan = makePlan(1);
    step(plan, 0)->setCheck(Script{StepOutcome::missing(), -1});
    QPointer<StepJob> job;
    {
        Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
        runner.start();
        job = step(plan, 0)->lastJob;
        QVERIFY(job);
    }
    QVERIFY(job.isNull() || job->isFinished());
    QTRY_VERIFY(job.isNull());
}

void tst_Runner::progressNeverHoldsActiveStates()
{
    Plan *plan = makePlan(2);
    const ProgressStore store(m_dir->path());
    step(plan, 1)->setCheck(Script{StepOutcome::missing(), -1, false, QStringLiteral("waiting")});
    Runner runner(*plan, m_clock, store);
    runner.start();
    QTRY_COMPARE(runner.state(1).status, StepStatus::Waiting);

    QFile file(store.pathFor(plan->id()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("\"done\""));
    QVERIFY(!saved.contains("\"waiting\""));
    QVERIFY(!saved.contains("\"checking\""));
    runner.cancel();
}

void tst_Runner::running_trueFromStartUntilFinished()
{
    Plan *plan = makePlan(2);
    Runner runner(*plan, m_clock, std::nullopt);
    QSignalSpy running(&runner, &Runner::runningChanged);
    QSignalSpy finished(&runner, &Runner::finished);
    QList<bool> seen;
    connect(&runner, &Runner::stepStateChanged, this, [&] { seen.append(runner.isRunning()); });

    runner.start();
    QVERIFY(runner.isRunning());
    QTRY_COMPARE(finished.count(), 1);

    QVERIFY(!runner.isRunning());
    QCOMPARE(running.count(), 2);
    QCOMPARE(running.at(0).first().toBool(), true);
    QCOMPARE(running.at(1).first().toBool(), false);
    QVERIFY(!seen.isEmpty());
    QVERIFY(!seen.contains(false)); // every state change happened while running
}

void tst_Runner::rerun_checksEveryStepAgain()
{
    Plan *plan = makePlan(2);
    Runner runner(*plan, m_clock, ProgressStore(m_dir->path()));
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QTRY_COMPARE(finished.count(), 1);

    step(plan, 0)->setCheck(Script{StepOutcome::done()});
    step(plan, 1)->setCheck(Script{StepOutcome::done()});
    runner.rerun();
    QTRY_COMPARE(finished.count(), 2);

    QCOMPARE(step(plan, 0)->checkCount, 2);
    QCOMPARE(step(plan, 1)->checkCount, 2);
    QCOMPARE(runner.state(0).status, StepStatus::AlreadyDone);
    QCOMPARE(runner.state(1).status, StepStatus::AlreadyDone);
}

QTEST_GUILESS_MAIN(tst_Runner)
#include "tst_runner.moc"
