// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvbind/bindreviewpage.h"

#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"
#include "ui/isvbind/explainederror.h"
#include "ui/isvbind/isvbindsession.h"
#include "ui/statusicons.h"
#include "wizard/isvbindplan.h"
#include "wizard/plan.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace CrossKey::Ui {

using Finding = Wizard::PlanCheckJob::Finding;
using Wizard::StepStatus;

BindReviewPage::BindReviewPage(IsvBindSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new RetryBanner(this))
    , m_status(PageWidgets::fieldMessage(QStringLiteral("reviewStatusLabel"), tr("Review status"), this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("reviewBusyBar"), tr("Checking"), this))
    , m_steps(new QListWidget(this))
    , m_copy(new QPushButton(tr("&Copy script"), this))
    , m_script(new QPlainTextEdit(this))
    , m_icons(new StatusIcons(palette()))
{
    setObjectName(QStringLiteral("bindReviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("What the bind will do, checked against your tenant. Nothing has been changed yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Bind"));
    m_steps->setObjectName(QStringLiteral("reviewStepListWidget"));
    m_steps->setAccessibleName(tr("Steps that will run"));
    m_steps->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyScriptButton"));
    m_copy->setAccessibleName(tr("Copy the Azure CLI script"));
    m_script->setObjectName(QStringLiteral("cliScriptPlainTextEdit"));
    m_script->setAccessibleName(tr("Equivalent Azure CLI script"));
    m_script->setReadOnly(true);
    m_script->setTabChangesFocus(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *stepsLabel = new QLabel(tr("S&teps:"), this);
    stepsLabel->setBuddy(m_steps);
    auto *scriptLabel = new QLabel(tr("Equivalent Azure C&LI:"), this);
    scriptLabel->setBuddy(m_script);
    auto *scriptHeader = new QHBoxLayout;
    scriptHeader->addWidget(scriptLabel, 1);
    scriptHeader->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addLayout(scriptHeader);
    layout->addWidget(m_script, 1);
    setTabOrder(m_error->retryButton(), m_status);
    setTabOrder(m_status, m_steps);
    setTabOrder(m_steps, m_copy);
    setTabOrder(m_copy, m_script);

    connect(m_error, &RetryBanner::retryRequested, this, &BindReviewPage::recheck);
    connect(m_copy, &QPushButton::clicked, this, &BindReviewPage::copyScript);
}

BindReviewPage::~BindReviewPage()
{
    PageWidgets::stop(m_check);
    delete m_icons;
}

void BindReviewPage::initializePage()
{
    recheck();
}

void BindReviewPage::cleanupPage()
{
    PageWidgets::stop(m_check);
}

bool BindReviewPage::isComplete() const
{
    return m_ready;
}

void BindReviewPage::recheck()
{
    PageWidgets::stop(m_check);
    m_ready = false;
    m_failedChecks = 0;
    m_error->setError(std::nullopt);
    m_steps->clear();
    m_script->clear();
    Q_EMIT completeChanged();

    Wizard::Plan *plan = m_session->rebuildPlan();
    if (!plan) {
        m_status->setText(tr("Open the key grant and sign in first."));
        return;
    }
    m_icons->setPalette(palette());
    for (const Wizard::Step *step : plan->steps()) {
        auto *item = new QListWidgetItem(
            m_icons->icon(StepStatus::Checking),
            tr("%1\n%2", "step title, what the check found").arg(step->title(), tr("Checking…")), m_steps);
        item->setData(Qt::AccessibleTextRole, step->title());
    }
    m_script->setPlainText(Wizard::IsvBind::equivalentScript(*plan));
    m_check = new Wizard::PlanCheckJob(plan, this);
    connect(m_check, &Wizard::PlanCheckJob::stepChecked, this, &BindReviewPage::readCheck);
    connect(m_check, &Wizard::PlanCheckJob::finished, this, &BindReviewPage::checkFinished);
    m_busy->setVisible(true);
    m_status->setText(tr("Checking what is already in place…"));
    m_check->start();
}

void BindReviewPage::copyScript()
{
    QApplication::clipboard()->setText(m_script->toPlainText());
    m_status->setText(tr("The script was copied."));
}

void BindReviewPage::readCheck(int index, Finding finding, const Wizard::StepOutcome &outcome)
{
    QListWidgetItem *item = m_steps->item(index);
    if (!item) {
        return;
    }
    QString found;
    StepStatus status = StepStatus::Pending;
    switch (finding) {
    case Finding::Exists:
        status = StepStatus::AlreadyDone;
        found = outcome.evidence.isEmpty() ? tr("Already in place.")
                                           : tr("Already in place: %1").arg(outcome.evidence.join(u' '));
        break;
    case Finding::WillCreate:
        found = tr("Not in place yet: the run will do it.");
        break;
    case Finding::NotChecked:
        status = StepStatus::Skipped;
        found = tr("Checked when it runs: it depends on an earlier step.");
        break;
    case Finding::NotApplicable:
        status = StepStatus::Skipped;
        found = tr("Not needed: %1").arg(outcome.reason);
        break;
    case Finding::NeedsYou:
        status = StepStatus::NeedsYou;
        found = tr("Needs you: %1").arg(outcome.reason);
        break;
    case Finding::Failed:
        status = StepStatus::Failed;
        ++m_failedChecks;
        found = tr("Could not be checked: %1").arg(outcome.error.summary());
        if (!m_error->error()) {
            m_error->setError(explainedError(outcome.error));
        }
        break;
    }
    item->setIcon(m_icons->icon(status));
    item->setText(
        tr("%1\n%2", "step title, what the check found").arg(item->data(Qt::AccessibleTextRole).toString(), found));
    item->setData(Qt::AccessibleDescriptionRole, found);
}

void BindReviewPage::checkFinished()
{
    m_check = nullptr;
    m_busy->setVisible(false);
    m_ready = m_failedChecks == 0;
    m_status->setText(
        m_ready ? tr("Ready. Choose Bind to make these changes in your tenant.")
                : tr("%n step(s) could not be checked. Fix the cause shown above and retry.", nullptr, m_failedChecks));
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
