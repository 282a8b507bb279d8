// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/runpage.h"

#include "ui/flow/flowsession.h"
#include "ui/flow/pagewidgets.h"
#include "ui/runview.h"

#include <QLabel>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace CrossKey::Ui {

RunPage::RunPage(FlowSession *session, const Azure::Clock &clock, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(PageWidgets::fieldMessage(QStringLiteral("runStatusLabel"), tr("Run status"), this))
    , m_view(new RunView(clock, this))
    , m_doneText(tr("Done. Choose Next."))
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Run"));
    setSubTitle(tr("Each step checks first and changes only what is missing. You may cancel, and retry a failed "
                   "step; closing CrossKey keeps the progress for the next start."));
    m_view->setObjectName(QStringLiteral("runView"));
    m_view->setEmptyText(tr("No plan is loaded."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
}

void RunPage::initializePage()
{
    m_completed = false;
    Wizard::Runner *runner = m_session->runner();
    m_view->setRunner(runner);
    if (!runner) {
        m_status->setText(tr("There is no plan to run. Go back to the review."));
        return;
    }
    connect(runner, &Wizard::Runner::finished, this, &RunPage::readOutcome, Qt::UniqueConnection);
    // The first start says what was found from an earlier run; later ones (Retry, Check again) just run.
    const QString note = m_session->restoreNote();
    connect(runner, &Wizard::Runner::started, this, [this, first = std::make_shared<bool>(true), note] {
        m_completed = false;
        m_status->setText(std::exchange(*first, false) && !note.isEmpty() ? note : tr("Running…"));
        Q_EMIT completeChanged();
    });
    runner->start();
}

bool RunPage::isComplete() const
{
    return m_completed;
}

void RunPage::readOutcome(Wizard::Runner::Outcome outcome)
{
    m_completed = outcome == Wizard::Runner::Outcome::Completed;
    switch (outcome) {
    case Wizard::Runner::Outcome::Completed:
        m_status->setText(m_doneText);
        break;
    case Wizard::Runner::Outcome::Failed:
        m_status->setText(tr("A step failed. Its cause and what to do are shown below; fix it and choose Retry."));
        break;
    case Wizard::Runner::Outcome::NeedsYou:
        m_status->setText(tr("A step needs you. Do what it says below, then choose Retry."));
        break;
    case Wizard::Runner::Outcome::Cancelled:
        m_status->setText(tr("Cancelled. Choose Retry to continue where the run stopped."));
        break;
    }
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
