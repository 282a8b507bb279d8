// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customergrant/grantreviewpage.h"

#include "ui/customergrant/customergrantsession.h"
#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"
#include "wizard/customergrantplan.h"
#include "wizard/plan.h"
#include "wizard/step.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

using Finding = Wizard::PlanCheckJob::Finding;

GrantReviewPage::GrantReviewPage(CustomerGrantSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new RetryBanner(this))
    , m_status(PageWidgets::fieldMessage(QStringLiteral("reviewStatusLabel"), tr("Review status"), this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("reviewBusyBar"), tr("Checking"), this))
    , m_steps(new QListWidget(this))
    , m_copy(new QPushButton(tr("Cop&y script"), this))
    , m_script(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("grantReviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("What the run will do in your tenant, and what is in place already. Nothing has been changed "
                   "yet. The same as Azure CLI commands is below."));
    setCommitPage(true);
    m_error->setObjectName(QStringLiteral("reviewRetryBanner"));
    m_steps->setObjectName(QStringLiteral("reviewStepList"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyScriptButton"));
    m_copy->setAccessibleName(tr("Copy script"));
    m_script->setObjectName(QStringLiteral("scriptTextEdit"));
    m_script->setAccessibleName(tr("Equivalent Azure CLI script"));
    m_script->setReadOnly(true);
    m_script->setTabChangesFocus(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *scriptRow = new QHBoxLayout;
    scriptRow->addWidget(new QLabel(tr("Equivalent Azure CLI:"), this), 1);
    scriptRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_steps, 2);
    layout->addLayout(scriptRow);
    layout->addWidget(m_script, 1);
    setTabOrder(m_status, m_steps);
    setTabOrder(m_steps, m_copy);
    setTabOrder(m_copy, m_script);

    connect(m_error, &RetryBanner::retryRequested, this, &GrantReviewPage::recheck);
    connect(m_copy, &QPushButton::clicked, this, &GrantReviewPage::copyScript);
}

GrantReviewPage::~GrantReviewPage()
{
    PageWidgets::stop(m_check);
}

void GrantReviewPage::initializePage()
{
    recheck();
}

void GrantReviewPage::cleanupPage()
{
    PageWidgets::stop(m_check);
}

bool GrantReviewPage::isComplete() const
{
    return m_ready && !m_check;
}

void GrantReviewPage::recheck()
{
    PageWidgets::stop(m_check);
    m_ready = false;
    m_failedChecks = 0;
    m_error->setError(std::nullopt);
    m_steps->clear();
    Wizard::Plan *plan = m_session->rebuildPlan();
    if (!plan) {
        m_status->setText(tr("There is no plan: open an invitation and sign in first."));
        m_script->clear();
        Q_EMIT completeChanged();
        return;
    }
    for (const Wizard::Step *step : plan->steps()) {
        auto *item = new QListWidgetItem(step->title(), m_steps);
        item->setData(Qt::AccessibleTextRole, step->title());
    }
    m_script->setPlainText(Wizard::CustomerGrant::equivalentScript(*plan));
    m_check = new Wizard::PlanCheckJob(plan, this);
    connect(m_check, &Wizard::PlanCheckJob::stepChecked, this, &GrantReviewPage::readCheck);
    connect(m_check, &Wizard::PlanCheckJob::finished, this, &GrantReviewPage::checkFinished);
    m_busy->setVisible(true);
    m_status->setText(tr("Checking what already exists…"));
    m_check->start();
    Q_EMIT completeChanged();
}

void GrantReviewPage::copyScript()
{
    QApplication::clipboard()->setText(m_script->toPlainText());
    m_status->setText(tr("The script was copied."));
}

void GrantReviewPage::readCheck(int index, Finding finding, const Wizard::StepOutcome &outcome)
{
    QListWidgetItem *item = m_steps->item(index);
    if (!item) {
        return;
    }
    QString found;
    switch (finding) {
    case Finding::Exists:
        found = outcome.evidence.isEmpty() ? tr("Already in place: it will be reused.")
                                           : tr("Already in place: %1").arg(outcome.evidence.join(u' '));
        break;
    case Finding::WillCreate:
        found = outcome.reason.isEmpty() ? tr("Not in place yet: the run will do it.")
                                         : tr("The run will do it: %1").arg(outcome.reason);
        break;
    case Finding::NotChecked:
        found = tr("Checked when it runs: it depends on an earlier step.");
        break;
    case Finding::NotApplicable:
        found = tr("Not needed: %1").arg(outcome.reason);
        break;
    case Finding::NeedsYou:
        found = tr("Needs you: %1").arg(outcome.reason);
        break;
    case Finding::Failed:
        ++m_failedChecks;
        found = tr("Could not be checked: %1").arg(outcome.error.summary());
        if (!m_error->error()) {
            m_error->setError(outcome.error);
        }
        break;
    }
    const QString title = item->data(Qt::AccessibleTextRole).toString();
    item->setText(tr("%1\n%2", "step title, what the check found").arg(title, found));
    item->setData(Qt::AccessibleDescriptionRole, found);
}

void GrantReviewPage::checkFinished()
{
    m_check = nullptr;
    m_busy->setVisible(false);
    m_ready = m_failedChecks == 0;
    m_status->setText(
        m_ready ? tr("Ready. Choose Create to make these changes in your tenant.")
                : tr("%n step(s) could not be checked. Fix the cause shown above and retry.", nullptr, m_failedChecks));
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
