// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/manualclock.h"
#include "tests/support/scriptedstep.h"
#include "wizard/consolereporter.h"
#include "wizard/plan.h"
#include "wizard/runner.h"

#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using Tests::Script;
using Tests::ScriptedStep;
using Wizard::StepOutcome;

// ConsoleReporter prints what a headless run shows: one line per status change, stable status keys, the wait
// reason, the evidence, and a failure's cause, fix and request ids.
class tst_ConsoleReporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run_printsOneLinePerStatusChange();
    void format_waitWithEndTime();

private:
    Tests::ManualClock m_clock;
};

void tst_ConsoleReporter::run_printsOneLinePerStatusChange()
{
    Wizard::Plan plan(QStringLiteral("test"), QStringLiteral("Test"), {});
    plan.addStep(new ScriptedStep(QStringLiteral("there"), Script(StepOutcome::done({QStringLiteral("It exists.")}))));
    plan.addStep(new ScriptedStep(QStringLiteral("make"), Script(StepOutcome::missing()),
                                  Script(StepOutcome::done({QStringLiteral("Made it."), QStringLiteral("Twice.")}), 5,
                                         false, QStringLiteral("Azure is slow"))));
    Azure::AzureError error =
        Azure::AzureError::service(403, QStringLiteral("AuthorizationFailed"), QStringLiteral("The client may not."));
    error.setHint(QStringLiteral("Ask for the Owner role."));
    error.addRequestId(QStringLiteral("x-ms-request-id"), QStringLiteral("r-1"));
    plan.addStep(new ScriptedStep(QStringLiteral("broken"), Script(StepOutcome::failed(error))));

    Wizard::Runner runner(plan, m_clock, std::nullopt);
    Wizard::ConsoleReporter reporter(&runner);
    QStringList lines;
    connect(&reporter, &Wizard::ConsoleReporter::lineReady, this, [&lines](const QString &line) { lines << line; });
    QSignalSpy finished(&runner, &Wizard::Runner::finished);
    runner.start();
    QTRY_COMPARE(finished.count(), 1);

    const QString failure = QStringLiteral("[3/3] Step broken: failed — HTTP 403, AuthorizationFailed");
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("[1/3] Step there: checking"),
                        QStringLiteral("[1/3] Step there: already-done — It exists."),
                        QStringLiteral("[2/3] Step make: checking"),
                        QStringLiteral("[2/3] Step make: running"),
                        QStringLiteral("[2/3] Step make: waiting — Azure is slow"),
                        QStringLiteral("[2/3] Step make: running"),
                        QStringLiteral("[2/3] Step make: done — Made it.; Twice."),
                        QStringLiteral("[3/3] Step broken: checking"),
                        failure,
                        QStringLiteral("      cause: The client may not."),
                        QStringLiteral("      fix: Ask for the Owner role."),
                        // The error catalogue's general explanation follows the step's own hint.
                        QStringLiteral("      known error: You lack a role for this action — Your account has no "
                                       "role that allows the action named in the message at that scope."),
                        QStringLiteral("      request ids: x-ms-request-id=r-1"),
                    }));
}

void tst_ConsoleReporter::format_waitWithEndTime()
{
    Wizard::Plan plan(QStringLiteral("test"), QStringLiteral("Test"), {});
    plan.addStep(new ScriptedStep(QStringLiteral("wait"), Script()));
    Wizard::StepState state;
    state.status = Wizard::StepStatus::Waiting;
    state.reason = QStringLiteral("Registering");
    state.waitUntil = QDateTime(QDate(2026, 1, 1), QTime(12, 5, 30), Qt::UTC);
    QCOMPARE(Wizard::ConsoleReporter::format(plan, 0, state),
             QStringList{QStringLiteral("[1/1] Step wait: waiting — Registering (until 12:05:30 UTC)")});
}

QTEST_GUILESS_MAIN(tst_ConsoleReporter)
#include "tst_consolereporter.moc"
