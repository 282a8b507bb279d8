// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/runner.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace CrossKey::Wizard {

Q_LOGGING_CATEGORY(lcRunner, "crosskey.wizard.runner")

namespace {

constexpr auto kFormat = "crosskey-progress";
constexpr int kFormatVersion = 1;

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list) {
        array.append(item);
    }
    return array;
}

// Active states are never saved: a step that was interrupted is simply checked again.
StepStatus persistedStatus(StepStatus status)
{
    return StepStatusText::isActive(status) ? StepStatus::Pending : status;
}

} // namespace

Runner::Runner(Plan &plan, const Azure::Clock &clock, std::optional<ProgressStore> store, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_clock(clock)
    , m_store(std::move(store))
    , m_states(plan.steps().size())
{}

Runner::~Runner()
{
    if (m_job) {
        // Nobody is left to hear about it; the job still aborts its requests.
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void Runner::reset()
{
    if (isRunning()) {
        return;
    }
    m_plan.context() = m_plan.inputs();
    m_current = -1;
    m_lastError.reset();
    for (int i = 0; i < m_states.size(); ++i) {
        setState(i, StepState{});
    }
    if (m_store) {
        m_store->remove(m_plan.id());
    }
}

void Runner::start()
{
    if (isRunning()) {
        return;
    }
    if (const auto valid = m_plan.validate(); !valid) {
        stop(Outcome::Failed, valid.error());
        return;
    }
    m_lastError.reset();
    m_running = true;
    Q_EMIT started();
    Q_EMIT runningChanged(true);
    runFrom(0);
}

void Runner::rerun()
{
    if (isRunning()) {
        return;
    }
    reset();
    start();
}

void Runner::cancel()
{
    if (m_job) {
        m_job->cancel(); // finishes with a Cancelled error, handled like any outcome
    }
}

void Runner::runFrom(int index)
{
    while (index < m_states.size() && StepStatusText::isComplete(m_states.at(index).status)) {
        ++index;
    }
    if (index >= m_states.size()) {
        m_current = int(m_states.size()) - 1;
        if (m_store) {
            m_store->remove(m_plan.id()); // a finished plan is checked afresh next time
        }
        stop(Outcome::Completed);
        return;
    }
    m_current = index;
    StepState state;
    state.status = StepStatus::Checking;
    state.startedAt = m_clock.now();
    setState(index, state);
    startJob(index, Phase::Check);
}

void Runner::startJob(int index, Phase phase)
{
    Step *step = m_plan.steps().at(index);
    m_phase = phase;
    StepJob *job = phase == Phase::Check ? step->check(m_plan.context()) : step->apply(m_plan.context());
    if (!job) {
        handleOutcome(index, phase,
                      StepOutcome::failed(Azure::AzureError(Azure::AzureError::Kind::Internal,
                                                            tr("Step \"%1\" could not start.").arg(step->id()))));
        return;
    }
    m_job = job;
    connect(job, &StepJob::waiting, this, [this, index](const QString &reason, const QDateTime &until) {
        StepState state = m_states.at(index);
        state.status = StepStatus::Waiting;
        state.reason = reason;
        state.waitUntil = until;
        setState(index, state);
    });
    connect(job, &StepJob::resumed, this, [this, index] {
        StepState state = m_states.at(index);
        state.status = m_phase == Phase::Check ? StepStatus::Checking : StepStatus::Running;
        state.reason.clear();
        state.waitUntil = {};
        setState(index, state);
    });
    connect(job, &StepJob::finished, this, [this, index, phase](const StepOutcome &outcome) {
        m_job.clear();
        handleOutcome(index, phase, outcome);
    });
    job->start(); // may finish at once; nothing may follow this line
}

void Runner::handleOutcome(int index, Phase phase, const StepOutcome &outcome)
{
    const QString stepId = m_plan.steps().at(index)->id();
    switch (outcome.kind) {
    case StepOutcome::Kind::Done:
        m_plan.context().merge(outcome.outputs);
        finishStep(index, phase == Phase::Check ? StepStatus::AlreadyDone : StepStatus::Done, outcome);
        runFrom(index + 1);
        return;
    case StepOutcome::Kind::Missing:
        if (phase == Phase::Apply) {
            const Azure::AzureError error(Azure::AzureError::Kind::Internal,
                                          tr("Step \"%1\" finished without making its change.").arg(stepId));
            finishStep(index, StepStatus::Failed, StepOutcome::failed(error));
            stop(Outcome::Failed, error);
            return;
        }
        {
            StepState state = m_states.at(index);
            state.status = StepStatus::Running;
            state.evidence = outcome.evidence;
            setState(index, state);
        }
        startJob(index, Phase::Apply);
        return;
    case StepOutcome::Kind::NotApplicable:
        finishStep(index, StepStatus::Skipped, outcome);
        runFrom(index + 1);
        return;
    case StepOutcome::Kind::NeedsYou:
        finishStep(index, StepStatus::NeedsYou, outcome);
        stop(Outcome::NeedsYou);
        return;
    case StepOutcome::Kind::Failed:
        if (outcome.error.isCancelled()) {
            finishStep(index, StepStatus::Cancelled, outcome);
            stop(Outcome::Cancelled, outcome.error);
        } else {
            finishStep(index, StepStatus::Failed, outcome);
            stop(Outcome::Failed, outcome.error);
        }
        return;
    }
}

void Runner::finishStep(int index, StepStatus status, const StepOutcome &outcome)
{
    StepState state = m_states.at(index);
    state.status = status;
    state.evidence = outcome.evidence.isEmpty() ? state.evidence : outcome.evidence;
    state.reason = outcome.reason;
    state.waitUntil = {};
    state.error.reset();
    if (status == StepStatus::Failed || status == StepStatus::Cancelled) {
        state.error = outcome.error;
    }
    state.finishedAt = m_clock.now();
    setState(index, state);
    save();
}

void Runner::setState(int index, StepState state)
{
    m_states[index] = std::move(state);
    const StepState &current = m_states.at(index);
    qCDebug(lcRunner) << m_plan.id() << m_plan.steps().at(index)->id() << StepStatusText::key(current.status);
    Q_EMIT stepStateChanged(index, current);
}

void Runner::stop(Outcome outcome, std::optional<Azure::AzureError> error)
{
    m_lastError = std::move(error);
    const bool wasRunning = std::exchange(m_running, false);
    qCInfo(lcRunner) << m_plan.id() << "stopped:" << outcome;
    Q_EMIT finished(outcome);
    if (wasRunning) {
        Q_EMIT runningChanged(false);
    }
}

void Runner::save()
{
    if (!m_store) {
        return;
    }
    if (const auto saved = m_store->save(m_plan.id(), progressDocument()); !saved) {
        qCWarning(lcRunner) << "progress not saved:" << saved.error().summary();
        Q_EMIT progressNotSaved(saved.error());
    }
}

QJsonObject Runner::progressDocument() const
{
    QJsonArray steps;
    for (int i = 0; i < m_states.size(); ++i) {
        const StepState &state = m_states.at(i);
        QJsonObject step{
            {QStringLiteral("id"), m_plan.steps().at(i)->id()},
            {QStringLiteral("status"), StepStatusText::key(persistedStatus(state.status))},
            {QStringLiteral("evidence"), toJsonArray(state.evidence)},
            {QStringLiteral("reason"), state.reason},
        };
        if (state.error) {
            step.insert(QStringLiteral("error"), state.error->toJson());
        }
        if (state.startedAt.isValid()) {
            step.insert(QStringLiteral("startedAt"), state.startedAt.toString(Qt::ISODateWithMs));
        }
        if (state.finishedAt.isValid()) {
            step.insert(QStringLiteral("finishedAt"), state.finishedAt.toString(Qt::ISODateWithMs));
        }
        steps.append(step);
    }
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("planId"), m_plan.id()},
        {QStringLiteral("fingerprint"), m_plan.fingerprint()},
        {QStringLiteral("savedAt"), m_clock.now().toString(Qt::ISODateWithMs)},
        {QStringLiteral("context"), m_plan.context().toJson()},
        {QStringLiteral("steps"), steps},
    };
}

Azure::Result<int> Runner::restore()
{
    if (isRunning() || !m_store) {
        return 0;
    }
    const auto loaded = m_store->load(m_plan.id());
    if (!loaded) {
        m_store->remove(m_plan.id());
        return loaded.error();
    }
    if (!loaded.value()) {
        return 0;
    }
    const auto applied = applyProgressDocument(*loaded.value());
    if (!applied) {
        m_store->remove(m_plan.id());
        return Azure::AzureError::invalidFile(m_store->pathFor(m_plan.id()), applied.error().message())
            .setHint(tr("The saved progress was set aside; the plan starts from the beginning and checks "
                        "what is already in place."));
    }
    return applied;
}

Azure::Result<int> Runner::applyProgressDocument(const QJsonObject &document)
{
    const auto invalid = [](const QString &why) {
        return Azure::AzureError(Azure::AzureError::Kind::InvalidFile, why);
    };
    if (document.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) ||
        document.value(QStringLiteral("version")).toInt(-1) != kFormatVersion) {
        return invalid(tr("it is not a CrossKey progress file of a known version"));
    }
    if (document.value(QStringLiteral("planId")).toString() != m_plan.id() ||
        document.value(QStringLiteral("fingerprint")).toString() != m_plan.fingerprint()) {
        // Saved for other steps or other choices: not wrong, just not this run's.
        m_store->remove(m_plan.id());
        return 0;
    }
    const auto context = RunContext::fromJson(document.value(QStringLiteral("context")).toObject());
    if (!context) {
        return invalid(context.error().message());
    }
    const QJsonArray steps = document.value(QStringLiteral("steps")).toArray();
    if (steps.size() != m_states.size()) {
        return invalid(tr("it lists %1 steps, the plan has %2").arg(steps.size()).arg(m_states.size()));
    }
    QList<StepState> states(m_states.size());
    int complete = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        if (step.value(QStringLiteral("id")).toString() != m_plan.steps().at(i)->id()) {
            return invalid(tr("step %1 is not \"%2\"").arg(i + 1).arg(m_plan.steps().at(i)->id()));
        }
        const auto status = StepStatusText::fromKey(step.value(QStringLiteral("status")).toString());
        if (!status || StepStatusText::isActive(*status)) {
            return invalid(tr("step \"%1\" has an unknown status").arg(m_plan.steps().at(i)->id()));
        }
        const QJsonValue evidence = step.value(QStringLiteral("evidence"));
        if (!evidence.isArray() && !evidence.isUndefined()) {
            return invalid(tr("step \"%1\" has malformed evidence").arg(m_plan.steps().at(i)->id()));
        }
        StepState &state = states[i];
        state.status = *status;
        for (const QJsonValue &line : evidence.toArray()) {
            state.evidence.append(line.toString());
        }
        state.reason = step.value(QStringLiteral("reason")).toString();
        if (step.contains(QStringLiteral("error"))) {
            state.error = Azure::AzureError::fromJson(step.value(QStringLiteral("error")).toObject());
        }
        state.startedAt = QDateTime::fromString(step.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
        state.finishedAt =
            QDateTime::fromString(step.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
        if (StepStatusText::isComplete(*status)) {
            ++complete;
        }
    }
    m_plan.context() = m_plan.inputs();
    m_plan.context().merge(context.value());
    for (int i = 0; i < states.size(); ++i) {
        setState(i, states.at(i));
    }
    m_current = -1;
    return complete;
}

} // namespace CrossKey::Wizard
