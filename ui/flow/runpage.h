// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/runner.h"

#include <QWizardPage>

class QLabel;

namespace CrossKey::Ui {

class FlowSession;
class RunView;

// The run page every flow shares: the run, in the shared RunView (live step list, cancel, retry). It starts when the
// page opens and resumes from saved progress; the page is complete once every step is done or already done.
class RunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    RunPage(FlowSession *session, const Azure::Clock &clock, QWidget *parent = nullptr);

    // What the status says when every step is done (what Next leads to).
    void setDoneText(const QString &text) { m_doneText = text; }

    void initializePage() override;
    bool isComplete() const override;
    RunView *runView() const { return m_view; }

private:
    void readOutcome(Wizard::Runner::Outcome outcome);

    FlowSession *m_session;
    QLabel *m_status;
    RunView *m_view;
    QString m_doneText;
    bool m_completed = false;
};

} // namespace CrossKey::Ui
