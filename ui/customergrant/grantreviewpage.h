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

class CustomerGrantSession;
class RetryBanner;

// Page 7: the customer grant plan for the choices made — every step with what the read-only check pass found
// (in place and reused, to be done, needs you) — and the equivalent Azure CLI script, copyable. The commit page:
// Create starts the run. A step whose check failed (an app owned by another tenant…) keeps the user here.
class GrantReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantReviewPage)

public:
    explicit GrantReviewPage(CustomerGrantSession *session, QWidget *parent = nullptr);
    ~GrantReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isChecking() const { return m_check; }

public Q_SLOTS:
    void recheck();
    void copyScript();

private:
    void readCheck(int index, Wizard::PlanCheckJob::Finding finding, const Wizard::StepOutcome &outcome);
    void checkFinished();

    CustomerGrantSession *m_session;
    RetryBanner *m_error;
    QLabel *m_status;
    QProgressBar *m_busy;
    QListWidget *m_steps;
    QPushButton *m_copy;
    QPlainTextEdit *m_script;
    QPointer<Wizard::PlanCheckJob> m_check;
    bool m_ready = false;
    int m_failedChecks = 0;
};

} // namespace CrossKey::Ui
