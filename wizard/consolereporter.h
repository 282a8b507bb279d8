// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/stepstate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace CrossKey::Wizard {

class Plan;
class Runner;

// ConsoleReporter turns a Runner's state changes into text lines for a console or a log (headless runs):
// one line per status change — "[2/6] <step title>: <status key>" with the wait reason, the evidence of a
// finished step, or what failed (HTTP status and code) — and, for a failure, indented lines with its cause
// (the service's message), fix, details and request ids. Status keys are StepStatusText::key() (stable, for scripts);
// everything else is translated. Repeats of the same status (a new evidence line, the same wait) give no line.
class ConsoleReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleReporter)

public:
    // `runner` must outlive the reporter.
    explicit ConsoleReporter(Runner *runner, QObject *parent = nullptr);

    // The lines for step `index` of `plan` entering `state`.
    static QStringList format(const Plan &plan, int index, const StepState &state);
    // The indented lines that explain an error: cause, fix, details, request ids.
    static QStringList errorLines(const Azure::AzureError &error, const QString &indent);

Q_SIGNALS:
    void lineReady(const QString &line);

private:
    void report(int index, const StepState &state);

    QPointer<Runner> m_runner;
    QList<StepState> m_last;
};

} // namespace CrossKey::Wizard
