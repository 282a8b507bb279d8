// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

namespace CrossKey::Tests {

// How one scripted check or apply behaves.
struct Script
{
    Script(Wizard::StepOutcome outcome = Wizard::StepOutcome::done(), int delayMs = 0, bool synchronous = false,
           QString waitReason = {}, QDateTime waitUntil = {})
        : outcome(std::move(outcome))
        , delayMs(delayMs)
        , synchronous(synchronous)
        , waitReason(std::move(waitReason))
        , waitUntil(std::move(waitUntil))
    {}

    Wizard::StepOutcome outcome;
    int delayMs;        // finish after this long on the event loop; -1: never, until cancelled
    bool synchronous;   // finish inside start()
    QString waitReason; // report a wait first, and resume just before finishing
    QDateTime waitUntil;
};

// ScriptedStep is a test step whose check and apply follow a script, counting the calls.
class ScriptedStep final : public Wizard::Step
{
    Q_OBJECT

public:
    ScriptedStep(const QString &id, Script check, Script apply = {}, QList<Wizard::ContextField> inputs = {},
                 QList<Wizard::ContextField> outputs = {}, QObject *parent = nullptr);

    QList<Wizard::ContextField> inputs() const override { return m_inputs; }
    QList<Wizard::ContextField> outputs() const override { return m_outputs; }
    Wizard::StepJob *check(const Wizard::RunContext &context) override;
    Wizard::StepJob *apply(const Wizard::RunContext &context) override;
    QString equivalentCli(const Wizard::RunContext &context) const override;

    void setCheck(Script script) { m_check = std::move(script); }
    void setApply(Script script) { m_apply = std::move(script); }

    int checkCount = 0;
    int applyCount = 0;
    Wizard::RunContext lastContext;
    QPointer<Wizard::StepJob> lastJob;

private:
    Wizard::StepJob *makeJob(const Script &script);

    Script m_check;
    Script m_apply;
    QList<Wizard::ContextField> m_inputs;
    QList<Wizard::ContextField> m_outputs;
};

} // namespace CrossKey::Tests
