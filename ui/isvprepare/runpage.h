// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/runner.h"

#include <QWizardPage>

class QLabel;

namespace CrossKey::Ui {

class IsvPrepareSession;
class RunView;

// Page 6: the run, in the shared RunView (live step list, cancel, retry). It starts when the page opens and
// resumes from saved progress; the page is complete once every step is done or already done.
class RunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    RunPage(IsvPrepareSession *session, const Azure::Clock &clock, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    RunView *runView() const { return m_view; }

private:
    void readOutcome(Wizard::Runner::Outcome outcome);

    IsvPrepareSession *m_session;
    QLabel *m_status;
    RunView *m_view;
    bool m_completed = false;
};

} // namespace CrossKey::Ui
