// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"
#include "azure/result.h"
#include "wizard/plan.h"
#include "wizard/progressstore.h"
#include "wizard/stepstate.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace CrossKey::Wizard {

// Runner walks a plan: for every step it checks before it applies, reports each state change, stops
// at the first failure or at a step that needs the user, cancels cleanly, and saves progress after
// every step so that a run can be resumed after the program was closed.
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    enum class Outcome
    {
        Completed,
        Failed,
        NeedsYou,
        Cancelled,
    };
    Q_ENUM(Outcome)

    // `store` may be empty: then nothing is saved (dry runs, Diagnose).
    Runner(Plan &plan, const Azure::Clock &clock, std::optional<ProgressStore> store, QObject *parent = nullptr);
    ~Runner() override;

    const Plan &plan() const { return m_plan; }
    int stepCount() const { return int(m_states.size()); }
    StepState state(int index) const { return m_states.at(index); }
    // True from started() until finished(), including between a step's check and its apply.
    bool isRunning() const { return m_running; }
    // The step being worked on, or the one the last run stopped at; -1 before any run.
    int currentIndex() const { return m_current; }
    std::optional<Azure::AzureError> lastError() const { return m_lastError; }

    // Loads saved progress for this plan. Returns how many steps were found complete. Progress saved
    // for other choices is dropped (0); an unreadable or malformed file is dropped with an error, and
    // the plan starts fresh.
    Azure::Result<int> restore();

    // Forgets all progress: every step pending, the context back to the plan's inputs.
    void reset();

public Q_SLOTS:
    // Starts, or continues from the first step that is not complete (after a failure, a cancel,
    // a step that needed the user, or a restore).
    void start();
    void cancel();
    // Forgets all progress and starts again: every step is checked afresh.
    void rerun();

Q_SIGNALS:
    void stepStateChanged(int index, const CrossKey::Wizard::StepState &state);
    void started();
    void finished(CrossKey::Wizard::Runner::Outcome outcome);
    void runningChanged(bool running);
    // Progress could not be written; the run goes on, but may not be resumable.
    void progressNotSaved(const CrossKey::Azure::AzureError &error);

private:
    enum class Phase
    {
        Check,
        Apply,
    };

    void runFrom(int index);
    void startJob(int index, Phase phase);
    void handleOutcome(int index, Phase phase, const StepOutcome &outcome);
    void setState(int index, StepState state);
    void finishStep(int index, StepStatus status, const StepOutcome &outcome);
    void stop(Outcome outcome, std::optional<Azure::AzureError> error = std::nullopt);
    void save();
    QJsonObject progressDocument() const;
    Azure::Result<int> applyProgressDocument(const QJsonObject &document);

    Plan &m_plan;
    const Azure::Clock &m_clock;
    std::optional<ProgressStore> m_store;
    QList<StepState> m_states;
    QPointer<StepJob> m_job;
    Phase m_phase = Phase::Check;
    int m_current = -1;
    bool m_running = false;
    std::optional<Azure::AzureError> m_lastError;
};

} // namespace CrossKey::Wizard
