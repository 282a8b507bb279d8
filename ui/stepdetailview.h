// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/runcontext.h"
#include "wizard/step.h"
#include "wizard/stepstate.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace CrossKey::Ui {

class ErrorBanner;

// StepDetailView shows one step: title, description, status, evidence, the error banner when it
// failed, and the equivalent Azure CLI commands with a Copy button.
class StepDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepDetailView)

public:
    explicit StepDetailView(QWidget *parent = nullptr);

    void showStep(const Wizard::Step &step, const Wizard::StepState &state, const Wizard::RunContext &context);
    void clear();

public Q_SLOTS:
    void copyCli();

private:
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_statusIcon;
    QLabel *m_status;
    ErrorBanner *m_error;
    QLabel *m_evidenceLabel;
    QListWidget *m_evidence;
    QLabel *m_cliLabel;
    QPushButton *m_copy;
    QPlainTextEdit *m_cli;
};

} // namespace CrossKey::Ui
