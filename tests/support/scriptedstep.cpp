// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/scriptedstep.h"

#include <QTimer>

namespace CrossKey::Tests {

namespace {

class ScriptedJob final : public Wizard::StepJob
{
public:
    explicit ScriptedJob(Script script)
        : m_script(std::move(script))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ScriptedJob::complete);
    }

protected:
    void doStart() override
    {
        if (!m_script.waitReason.isEmpty()) {
            reportWaiting(m_script.waitReason, m_script.waitUntil);
        }
        if (m_script.synchronous) {
            complete();
        } else if (m_script.delayMs >= 0) {
            m_timer.start(m_script.delayMs);
        }
    }
    void doCancel() override { m_timer.stop(); }

private:
    void complete()
    {
        if (!m_script.waitReason.isEmpty()) {
            reportResumed();
        }
        finish(m_script.outcome);
    }

    Script m_script;
    QTimer m_timer;
};

} // namespace

ScriptedStep::ScriptedStep(const QString &id, Script check, Script apply, QList<Wizard::ContextField> inputs,
                           QList<Wizard::ContextField> outputs, QObject *parent)
    : Wizard::Step(id, QStringLiteral("Step %1").arg(id), QStringLiteral("Test step %1.").arg(id), parent)
    , m_check(std::move(check))
    , m_apply(std::move(apply))
    , m_inputs(std::move(inputs))
    , m_outputs(std::move(outputs))
{}

Wizard::StepJob *ScriptedStep::check(const Wizard::RunContext &context)
{
    ++checkCount;
    lastContext = context;
    return makeJob(m_check);
}

Wizard::StepJob *ScriptedStep::apply(const Wizard::RunContext &context)
{
    ++applyCount;
    lastContext = context;
    return makeJob(m_apply);
}

QString ScriptedStep::equivalentCli(const Wizard::RunContext &) const
{
    return QStringLiteral("az test %1").arg(id());
}

Wizard::StepJob *ScriptedStep::makeJob(const Script &script)
{
    auto *job = new ScriptedJob(script);
    lastJob = job;
    return job;
}

} // namespace CrossKey::Tests
