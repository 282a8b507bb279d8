// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/plancheckjob.h"

#include "wizard/stepjob.h"

#include <QTimer>

namespace CrossKey::Wizard {

PlanCheckJob::PlanCheckJob(Plan *plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{}

PlanCheckJob::~PlanCheckJob()
{
    if (m_job) {
        m_job->cancel();
    }
}

void PlanCheckJob::start()
{
    if (m_index >= 0 || !m_plan) {
        return;
    }
    m_context = m_plan->inputs();
    m_index = 0;
    // Later, so a caller that connects after start() still hears every step.
    QTimer::singleShot(0, this, &PlanCheckJob::next);
}

void PlanCheckJob::cancel()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_job) {
        m_job->cancel();
    }
    Q_EMIT finished();
    deleteLater();
}

void PlanCheckJob::next()
{
    if (m_finished) {
        return;
    }
    if (!m_plan || m_index >= m_plan->steps().size()) {
        m_finished = true;
        Q_EMIT finished();
        deleteLater();
        return;
    }
    Step *step = m_plan->steps().at(m_index);
    for (const ContextField field : step->inputs()) {
        if (!m_context.has(field)) {
            Q_EMIT stepChecked(m_index, Finding::NotChecked, StepOutcome::notApplicable({}));
            ++m_index;
            QTimer::singleShot(0, this, &PlanCheckJob::next);
            return;
        }
    }
    m_job = step->check(m_context);
    connect(m_job, &StepJob::finished, this, &PlanCheckJob::read);
    m_job->start();
}

void PlanCheckJob::read(const StepOutcome &outcome)
{
    if (m_finished) {
        return;
    }
    Finding finding = Finding::Failed;
    switch (outcome.kind) {
    case StepOutcome::Kind::Done:
        finding = Finding::Exists;
        m_context.merge(outcome.outputs);
        break;
    case StepOutcome::Kind::Missing:
        finding = Finding::WillCreate;
        break;
    case StepOutcome::Kind::NeedsYou:
        finding = Finding::NeedsYou;
        break;
    case StepOutcome::Kind::NotApplicable:
        finding = Finding::NotApplicable;
        break;
    case StepOutcome::Kind::Failed:
        finding = Finding::Failed;
        break;
    }
    Q_EMIT stepChecked(m_index, finding, outcome);
    ++m_index;
    QTimer::singleShot(0, this, &PlanCheckJob::next);
}

} // namespace CrossKey::Wizard
