// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/manualclock.h"
#include "tests/support/scriptedstep.h"
#include "ui/runview.h"
#include "ui/steplistmodel.h"
#include "wizard/plan.h"
#include "wizard/runner.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using namespace CrossKey::Wizard;
using CrossKey::Tests::Script;
using CrossKey::Tests::ScriptedStep;

class tst_RunView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noRunner_showsEmptyStateAndDisabledButtons();
    void runnerSignals_listFollowsStatusesAndWaitReason();
    void cancelButton_cancelsRunningStep();
    void failedStep_bannerShowsErrorHintAndRequestIds();
    void completedPlan_runButtonChecksAgain();
    void runnerDestroyed_viewEmpties();
    void tab_followsReadingOrder();

private:
    template<typename T>
    static T *child(const QWidget &view, const char *name)
    {
        auto *found = view.findChild<T *>(QLatin1String(name));
        if (!found) {
            qFatal("no child %s", name);
        }
        return found;
    }
    static QString statusesOf(const Ui::StepListModel &model);

    Tests::ManualClock m_clock;
};

QString tst_RunView::statusesOf(const Ui::StepListModel &model)
{
    QStringList keys;
    for (int i = 0; i < model.rowCount(); ++i) {
        keys.append(StepStatusText::key(model.index(i).data(Ui::StepListModel::StatusRole).value<StepStatus>()));
    }
    return keys.join(u' ');
}

void tst_RunView::noRunner_showsEmptyStateAndDisabledButtons()
{
    Ui::RunView view(m_clock);
    view.setEmptyText(QStringLiteral("This mode has no steps yet."));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QVERIFY(child<QLabel>(view, "emptyStateLabel")->isVisible());
    QCOMPARE(child<QLabel>(view, "emptyStateLabel")->text(), QStringLiteral("This mode has no steps yet."));
    QVERIFY(!child<QListView>(view, "stepListView")->isVisible());
    QVERIFY(!child<QPushButton>(view, "runButton")->isEnabled());
    QVERIFY(!child<QPushButton>(view, "cancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>(view, "retryButton")->isEnabled());
}

void tst_RunView::runnerSignals_listFollowsStatusesAndWaitReason()
{
    Plan plan(QStringLiteral("ui-test"), QStringLiteral("UI test"), {});
    plan.addStep(new ScriptedStep(QStringLiteral("app"), Script{StepOutcome::done({QStringLiteral("App exists")})}));
    const QString reason = QStringLiteral("Waiting for the role assignment to propagate");
    plan.addStep(new ScriptedStep(QStringLiteral("role"), Script{StepOutcome::missing()},
                                  Script{StepOutcome::done(), -1, false, reason}));
    plan.addStep(new ScriptedStep(QStringLiteral("key"), Script{StepOutcome::missing()}));
    Runner runner(plan, m_clock, std::nullopt);
    Ui::RunView view(m_clock);
    view.setRunner(&runner);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    Ui::StepListModel &model = *view.model();
    QCOMPARE(child<QListView>(view, "stepListView")->model(), &model);
    QVERIFY(child<QListView>(view, "stepListView")->isVisible());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(statusesOf(model), QStringLiteral("pending pending pending"));
    QVERIFY(child<QPushButton>(view, "runButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(view, "runButton"), Qt::LeftButton);
    QTRY_COMPARE(statusesOf(model), QStringLiteral("already-done waiting pending"));

    const QModelIndex waiting = model.index(1);
    QVERIFY(waiting.data(Qt::DisplayRole).toString().contains(QStringLiteral("Step role")));
    QVERIFY(waiting.data(Qt::DisplayRole).toString().contains(reason));
    QCOMPARE(waiting.data(Ui::StepListModel::ReasonRole).toString(), reason);
    QVERIFY(!waiting.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString spoken = waiting.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("Step 2 of 3")) && spoken.contains(QStringLiteral("Waiting")) &&
                 spoken.contains(reason),
             qPrintable(spoken));
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Already done")));

    // Elapsed time comes from the clock, refreshed by a timer only while a step is active.
    QVERIFY(model.isTicking());
    QCOMPARE(waiting.data(Ui::StepListModel::ElapsedRole).toString(), QStringLiteral("0:00"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_clock.advance(65'000);
    QTRY_VERIFY(changed.count() > 0); // the one-second tick
    QCOMPARE(waiting.data(Ui::StepListModel::ElapsedRole).toString(), QStringLiteral("1:05"));
    QVERIFY(waiting.data(Qt::DisplayRole).toString().contains(QStringLiteral("1:05")));

    // The detail pane follows the step being worked on.
    QCOMPARE(child<QListView>(view, "stepListView")->currentIndex().row(), 1);
    QCOMPARE(child<QLabel>(view, "stepTitleLabel")->text(), QStringLiteral("Step role"));
    QVERIFY(child<QLabel>(view, "stepStatusLabel")->text().contains(reason));
    QCOMPARE(child<QPlainTextEdit>(view, "cliPlainTextEdit")->toPlainText(), QStringLiteral("az test role"));
    runner.cancel();
    QTRY_VERIFY(!model.isTicking());
}

void tst_RunView::cancelButton_cancelsRunningStep()
{
    Plan plan(QStringLiteral("ui-test"), QStringLiteral("UI test"), {});
    plan.addStep(new ScriptedStep(QStringLiteral("slow"), Script{StepOutcome::done(), -1}));
    plan.addStep(new ScriptedStep(QStringLiteral("next"), Script{StepOutcome::done()}));
    Runner runner(plan, m_clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);
    Ui::RunView view(m_clock);
    view.setRunner(&runner);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *run = child<QPushButton>(view, "runButton");
    auto *cancel = child<QPushButton>(view, "cancelButton");
    auto *retry = child<QPushButton>(view, "retryButton");
    QVERIFY(!cancel->isEnabled());

    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE(statusesOf(*view.model()), QStringLiteral("checking pending"));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!run->isEnabled());
    QVERIFY(!retry->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Cancelled);
    QCOMPARE(statusesOf(*view.model()), QStringLiteral("cancelled pending"));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(retry->isEnabled());
    QVERIFY(!run->isEnabled());
    QVERIFY(!view.model()->isTicking());
    QVERIFY(view.model()->index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Cancelled")));
}

void tst_RunView::failedStep_bannerShowsErrorHintAndRequestIds()
{
    Plan plan(QStringLiteral("ui-test"), QStringLiteral("UI test"), {});
    Azure::AzureError error = Azure::AzureError::service(403, QStringLiteral("AuthorizationFailed"),
                                                         QStringLiteral("The client does not have authorization."));
    error.setHint(QStringLiteral("Ask an owner to grant you Contributor."))
        .addRequestId(QStringLiteral("x-ms-request-id"), QStringLiteral("req-123"));
    plan.addStep(new ScriptedStep(QStringLiteral("ok"), Script{StepOutcome::done()}));
    plan.addStep(
        new ScriptedStep(QStringLiteral("denied"), Script{StepOutcome::missing()}, Script{StepOutcome::failed(error)}));
    Runner runner(plan, m_clock, std::nullopt);
    Ui::RunView view(m_clock);
    view.setRunner(&runner);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *banner = view.findChild<QWidget *>(QStringLiteral("errorBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    QTest::mouseClick(child<QPushButton>(view, "runButton"), Qt::LeftButton);
    QTRY_COMPARE(statusesOf(*view.model()), QStringLiteral("already-done failed"));

    QCOMPARE(child<QListView>(view, "stepListView")->currentIndex().row(), 1);
    QVERIFY(banner->isVisible());
    QCOMPARE(child<QLabel>(view, "errorSummaryLabel")->text(), error.summary());
    QCOMPARE(child<QLabel>(view, "errorHintLabel")->text(), error.hint());
    QVERIFY(child<QLabel>(view, "errorRequestIdsLabel")->text().contains(QStringLiteral("req-123")));
    QVERIFY(!banner->accessibleName().isEmpty());
    QVERIFY(child<QPushButton>(view, "retryButton")->isEnabled());
    QVERIFY(!child<QPushButton>(view, "runButton")->isEnabled());

    // Selecting a step that did not fail hides the banner.
    child<QListView>(view, "stepListView")->setCurrentIndex(view.model()->index(0));
    QVERIFY(!banner->isVisible());
    QCOMPARE(child<QLabel>(view, "stepStatusLabel")->text(), StepStatusText::display(StepStatus::AlreadyDone));
}

void tst_RunView::completedPlan_runButtonChecksAgain()
{
    Plan plan(QStringLiteral("ui-test"), QStringLiteral("UI test"), {});
    auto *only = new ScriptedStep(QStringLiteral("app"), Script{StepOutcome::missing()});
    plan.addStep(only);
    Runner runner(plan, m_clock, std::nullopt);
    Ui::RunView view(m_clock);
    view.setRunner(&runner);
    auto *run = child<QPushButton>(view, "runButton");

    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE(statusesOf(*view.model()), QStringLiteral("done"));
    QTRY_VERIFY(run->isEnabled());
    QCOMPARE(run->text(), QStringLiteral("Check &again"));

    only->setCheck(Script{StepOutcome::done()});
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE(statusesOf(*view.model()), QStringLiteral("already-done"));
    QCOMPARE(only->checkCount, 2);
}

void tst_RunView::runnerDestroyed_viewEmpties()
{
    Plan plan(QStringLiteral("ui-test"), QStringLiteral("UI test"), {});
    plan.addStep(new ScriptedStep(QStringLiteral("a"), Script{StepOutcome::done()}));
    auto *runner = new Runner(plan, m_clock, std::nullopt);
    Ui::RunView view(m_clock);
    view.setRunner(runner);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 1);

    delete runner;
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(child<QLabel>(view, "emptyStateLabel")->isVisible());
    QVERIFY(!child<QPushButton>(view, "runButton")->isEnabled());
}

void tst_RunView::tab_followsReadingOrder()
{
    Plan plan(QStringLiteral("ui-test"), QStringLiteral("UI test"), {});
    Azure::AzureError error = Azure::AzureError::service(409, QStringLiteral("Conflict"), QStringLiteral("Busy."));
    error.setHint(QStringLiteral("Retry later.")).addRequestId(QStringLiteral("x-ms-request-id"), QStringLiteral("r1"));
    plan.addStep(new ScriptedStep(QStringLiteral("busy"), Script{StepOutcome::failed(error)}));
    Runner runner(plan, m_clock, std::nullopt);
    QSignalSpy finished(&runner, &Runner::finished);
    Ui::RunView view(m_clock);
    view.setRunner(&runner);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    runner.start();
    QTRY_COMPARE(finished.count(), 1);

    // Run and Cancel are disabled after a failure, so Tab skips them.
    const QStringList expected{
        QStringLiteral("retryButton"),          QStringLiteral("errorSummaryLabel"),  QStringLiteral("errorHintLabel"),
        QStringLiteral("errorRequestIdsLabel"), QStringLiteral("evidenceListWidget"), QStringLiteral("copyCliButton"),
        QStringLiteral("cliPlainTextEdit"),
    };
    auto *list = child<QListView>(view, "stepListView");
    list->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), list);
    for (const QString &name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), name);
        QVERIFY2(!QApplication::focusWidget()->accessibleName().isEmpty(), qPrintable(name));
    }
}

QTEST_MAIN(tst_RunView)
#include "tst_runview.moc"
