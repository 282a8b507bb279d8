// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"
#include "wizard/runner.h"

#include <QPlainTextEdit>
#include <QPointer>

namespace CrossKey::Ui {

// LogView is the read-only log pane: one timestamped line per step status change of the runner it
// follows, and one per message from the app.
class LogView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(const Azure::Clock &clock, QWidget *parent = nullptr);

    void setRunner(Wizard::Runner *runner);

public Q_SLOTS:
    void appendMessage(const QString &message);

private:
    void logStepState(int index, const Wizard::StepState &state);

    const Azure::Clock &m_clock;
    QPointer<Wizard::Runner> m_runner;
};

} // namespace CrossKey::Ui
