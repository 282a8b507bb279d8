// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/isvpreparepreflight.h"
#include "wizard/plancheckjob.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace CrossKey::Ui {

class IsvPrepareSession;
class RetryBanner;
class StatusIcons;

// Page 5: the plan for the choices made — every step, what the read-only check pass found (exists and will be
// reused, will be created) — and the equivalent Azure CLI script. The preflight runs first: a problem (a group
// in another region, an unknown app…) keeps the user here with its message, before anything is created.
class ReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(IsvPrepareSession *session, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // True while the preflight or the check pass runs.
    bool isChecking() const { return m_preflight || m_check; }

public Q_SLOTS:
    void recheck();
    void copyScript();

private:
    void readPreflight(const Wizard::PreflightProblems &problems);
    void readCheck(int index, Wizard::PlanCheckJob::Finding finding, const Wizard::StepOutcome &outcome);
    void checkFinished();
    void stopJobs();
    void setBusy(const QString &text);

    IsvPrepareSession *m_session;
    RetryBanner *m_error;
    QLabel *m_problems;
    QLabel *m_status;
    QProgressBar *m_busy;
    QListWidget *m_steps;
    QPushButton *m_copy;
    QPlainTextEdit *m_script;
    StatusIcons *m_icons;
    QPointer<Wizard::IsvPreparePreflight> m_preflight;
    QPointer<Wizard::PlanCheckJob> m_check;
    bool m_ready = false;
    int m_failedChecks = 0;
};

} // namespace CrossKey::Ui
