// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/plan.h"
#include "wizard/stepoutcome.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace CrossKey::Wizard {

class StepJob;

// PlanCheckJob runs every step's check() in order, and never apply(), so a review page can say what already
// exists and will be reused before anything is created. Outputs of steps found done feed later checks; a step
// whose inputs only an earlier, missing step would make is not checked (Skipped, with the reason). It stops at
// nothing: a failed check is reported and the next step checked. It finishes once and deletes itself.
class PlanCheckJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanCheckJob)

public:
    enum class Finding
    {
        Exists,     // the check found the result in place: it will be reused
        WillCreate, // missing: the run will make it
        NotChecked, // depends on something the run creates first
        NeedsYou,
        NotApplicable,
        Failed,
    };
    Q_ENUM(Finding)

    // `plan` must outlive the job.
    explicit PlanCheckJob(Plan *plan, QObject *parent = nullptr);
    ~PlanCheckJob() override;

    void start();
    void cancel();

Q_SIGNALS:
    void stepChecked(int index, CrossKey::Wizard::PlanCheckJob::Finding finding,
                     const CrossKey::Wizard::StepOutcome &outcome);
    void finished();

private:
    void next();
    void read(const StepOutcome &outcome);

    QPointer<Plan> m_plan;
    RunContext m_context;
    QPointer<StepJob> m_job;
    int m_index = -1;
    bool m_finished = false;
};

} // namespace CrossKey::Wizard
