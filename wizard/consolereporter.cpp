// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/consolereporter.h"

#include "wizard/errorcatalogue.h"
#include "wizard/plan.h"
#include "wizard/runner.h"

namespace CrossKey::Wizard {

namespace {

const QString kIndent = QStringLiteral("      ");

// What failed, in a few words; the message itself follows on the cause line.
QString errorLabel(const Azure::AzureError &error)
{
    if (error.httpStatus() > 0 && !error.code().isEmpty()) {
        return ConsoleReporter::tr("HTTP %1, %2").arg(error.httpStatus()).arg(error.code());
    }
    if (error.httpStatus() > 0) {
        return ConsoleReporter::tr("HTTP %1").arg(error.httpStatus());
    }
    return error.code().isEmpty() ? Azure::AzureError::kindName(error.kind()) : error.code();
}

bool sameLine(const StepState &before, const StepState &now)
{
    return before.status == now.status && before.reason == now.reason && before.waitUntil == now.waitUntil;
}

} // namespace

ConsoleReporter::ConsoleReporter(Runner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    for (int i = 0; i < runner->stepCount(); ++i) {
        m_last.append(runner->state(i));
    }
    connect(runner, &Runner::stepStateChanged, this, &ConsoleReporter::report);
}

void ConsoleReporter::report(int index, const StepState &state)
{
    if (index < 0 || index >= m_last.size() || !m_runner) {
        return;
    }
    if (sameLine(m_last.at(index), state)) {
        return;
    }
    m_last[index] = state;
    if (state.status == StepStatus::Pending) {
        return; // a reset, not news
    }
    for (const QString &line : format(m_runner->plan(), index, state)) {
        Q_EMIT lineReady(line);
    }
}

QStringList ConsoleReporter::format(const Plan &plan, int index, const StepState &state)
{
    const QString title = index >= 0 && index < plan.steps().size() ? plan.steps().at(index)->title() : QString();
    QString line =
        tr("[%1/%2] %3: %4").arg(index + 1).arg(plan.steps().size()).arg(title, StepStatusText::key(state.status));
    QString detail;
    switch (state.status) {
    case StepStatus::Waiting:
        detail = state.waitUntil.isValid()
                     ? tr("%1 (until %2 UTC)")
                           .arg(state.reason, state.waitUntil.toUTC().toString(QStringLiteral("HH:mm:ss")))
                     : state.reason;
        break;
    case StepStatus::NeedsYou:
    case StepStatus::Skipped:
        detail = state.reason;
        break;
    case StepStatus::Done:
    case StepStatus::AlreadyDone:
        detail = state.evidence.join(QStringLiteral("; "));
        break;
    case StepStatus::Failed:
        detail = state.error ? errorLabel(*state.error) : QString();
        break;
    case StepStatus::Cancelled:
        detail = state.error ? state.error->message() : QString();
        break;
    default:
        break;
    }
    if (!detail.isEmpty()) {
        line = tr("%1 — %2").arg(line, detail);
    }
    QStringList lines{line};
    if (state.status == StepStatus::Failed && state.error) {
        lines.append(errorLines(*state.error, kIndent));
    }
    return lines;
}

QStringList ConsoleReporter::errorLines(const Azure::AzureError &error, const QString &indent)
{
    QStringList lines;
    if (!error.message().isEmpty()) {
        lines.append(tr("%1cause: %2").arg(indent, error.message()));
    }
    if (!error.hint().isEmpty()) {
        lines.append(tr("%1fix: %2").arg(indent, error.hint()));
    }
    // The catalogue knows what this error usually means in a cross-tenant setup; the step's hint above is
    // about this one call, so both are shown.
    if (const auto known = ErrorCatalogue::explain(error)) {
        lines.append(tr("%1known error: %2 — %3").arg(indent, known->title, known->cause));
        if (error.hint().isEmpty() && !known->fix.isEmpty()) {
            lines.append(tr("%1fix: %2").arg(indent, known->fix));
        }
        if (!known->link.isEmpty()) {
            lines.append(tr("%1more: %2").arg(indent, known->link));
        }
    }
    for (const QString &detail : error.details()) {
        lines.append(tr("%1detail: %2").arg(indent, detail));
    }
    const auto ids = error.requestIds();
    if (!ids.isEmpty()) {
        QStringList pairs;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            pairs.append(QString(it.key() + QLatin1Char('=') + it.value()));
        }
        lines.append(tr("%1request ids: %2").arg(indent, pairs.join(QStringLiteral(", "))));
    }
    return lines;
}

} // namespace CrossKey::Wizard
