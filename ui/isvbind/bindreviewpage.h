// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/plancheckjob.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace CrossKey::Ui {

class IsvBindSession;
class RetryBanner;
class StatusIcons;

// Page 4: the bind plan for the grant and the choices — every step with what the read-only check pass
// (PlanCheckJob) found — and the equivalent Azure CLI script. Nothing is changed before Bind is chosen.
class BindReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindReviewPage)

public:
    explicit BindReviewPage(IsvBindSession *session, QWidget *parent = nullptr);
    ~BindReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isChecking() const { return bool(m_check); }

public Q_SLOTS:
    void recheck();
    void copyScript();

private:
    void readCheck(int index, Wizard::PlanCheckJob::Finding finding, const Wizard::StepOutcome &outcome);
    void checkFinished();

    IsvBindSession *m_session;
    RetryBanner *m_error;
    QLabel *m_status;
    QProgressBar *m_busy;
    QListWidget *m_steps;
    QPushButton *m_copy;
    QPlainTextEdit *m_script;
    StatusIcons *m_icons;
    QPointer<Wizard::PlanCheckJob> m_check;
    bool m_ready = false;
    int m_failedChecks = 0;
};

} // namespace CrossKey::Ui
