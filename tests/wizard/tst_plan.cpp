// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/scriptedstep.h"
#include "wizard/plan.h"

#include <QTest>

using namespace CrossKey::Wizard;
using CrossKey::Tests::Script;
using CrossKey::Tests::ScriptedStep;

class tst_Plan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputsFromPlanOrEarlierSteps_valid();
    void inputProducedLater_invalid();
    void duplicateIds_invalid();
    void fingerprint_changesWithInputsAndSteps();
};

void tst_Plan::inputsFromPlanOrEarlierSteps_valid()
{
    RunContext inputs;
    inputs.tenantId = QStringLiteral("t");
    Plan plan(QStringLiteral("p"), QStringLiteral("P"), inputs);
    plan.addStep(
        new ScriptedStep(QStringLiteral("a"), Script{}, Script{}, {ContextField::TenantId}, {ContextField::AppId}));
    plan.addStep(
        new ScriptedStep(QStringLiteral("b"), Script{}, Script{}, {ContextField::AppId, ContextField::TenantId}));

    QVERIFY(plan.validate().hasValue());
    QCOMPARE(plan.indexOf(QStringLiteral("b")), 1);
    QCOMPARE(plan.indexOf(QStringLiteral("zzz")), -1);
}

void tst_Plan::inputProducedLater_invalid()
{
    Plan plan(QStringLiteral("p"), QStringLiteral("P"), {});
    plan.addStep(new ScriptedStep(QStringLiteral("b"), Script{}, Script{}, {ContextField::AppId}));
    plan.addStep(new ScriptedStep(QStringLiteral("a"), Script{}, Script{}, {}, {ContextField::AppId}));

    const auto valid = plan.validate();

    QVERIFY(!valid.hasValue());
    QVERIFY(valid.error().message().contains(QStringLiteral("appId")));
}

void tst_Plan::duplicateIds_invalid()
{
    Plan plan(QStringLiteral("p"), QStringLiteral("P"), {});
    plan.addStep(new ScriptedStep(QStringLiteral("a"), Script{}));
    plan.addStep(new ScriptedStep(QStringLiteral("a"), Script{}));

    QVERIFY(!plan.validate().hasValue());
}

void tst_Plan::fingerprint_changesWithInputsAndSteps()
{
    RunContext one;
    one.tenantId = QStringLiteral("1");
    RunContext two;
    two.tenantId = QStringLiteral("2");
    Plan a(QStringLiteral("p"), QStringLiteral("P"), one);
    Plan b(QStringLiteral("p"), QStringLiteral("P"), one);
    Plan c(QStringLiteral("p"), QStringLiteral("P"), two);
    for (Plan *plan : {&a, &b, &c}) {
        plan->addStep(new ScriptedStep(QStringLiteral("a"), Script{}));
    }
    QCOMPARE(a.fingerprint(), b.fingerprint());
    QVERIFY(a.fingerprint() != c.fingerprint());

    b.addStep(new ScriptedStep(QStringLiteral("b"), Script{}));
    QVERIFY(a.fingerprint() != b.fingerprint());
}

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_plan.moc"
