// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logview.h"

#include <QFontDatabase>

namespace CrossKey::Ui {

LogView::LogView(const Azure::Clock &clock, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("logPlainTextEdit"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setMaximumBlockCount(5000);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Log"));
    setAccessibleDescription(tr("Every status change and message, newest last."));
}

void LogView::setRunner(Wizard::Runner *runner)
{
    if (m_runner) {
        m_runner->disconnect(this);
    }
    m_runner = runner;
    if (runner) {
        connect(runner, &Wizard::Runner::stepStateChanged, this, &LogView::logStepState);
        connect(runner, &Wizard::Runner::progressNotSaved, this, [this](const Azure::AzureError &error) {
            appendMessage(tr("Progress not saved: %1").arg(error.summary()));
        });
        appendMessage(tr("Plan: %1 (%n step(s))", nullptr, runner->stepCount()).arg(runner->plan().title()));
    }
}

void LogView::appendMessage(const QString &message)
{
    const QString time = m_clock.now().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    appendPlainText(tr("%1  %2", "log line: time, message").arg(time, message));
}

void LogView::logStepState(int index, const Wizard::StepState &state)
{
    if (!m_runner || index < 0 || index >= m_runner->stepCount()) {
        return;
    }
    const QString title = m_runner->plan().steps().at(index)->title();
    QString line = tr("%1: %2", "log: step title: status").arg(title, Wizard::StepStatusText::display(state.status));
    if (!state.reason.isEmpty()) {
        line = tr("%1 (%2)", "log: status (reason)").arg(line, state.reason);
    }
    if (state.status == Wizard::StepStatus::Failed && state.error) {
        line = tr("%1: %2", "log: status: error").arg(line, state.error->summary());
    }
    appendMessage(line);
}

} // namespace CrossKey::Ui
