// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvprepare/reviewpage.h"

#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"
#include "ui/isvprepare/isvpreparesession.h"
#include "ui/statusicons.h"
#include "wizard/isvprepareplan.h"
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

namespace {

StepStatus statusOf(Finding finding)
{
    switch (finding) {
    case Finding::Exists:
        return StepStatus::AlreadyDone;
    case Finding::WillCreate:
        return StepStatus::Pending;
    case Finding::NotChecked:
    case Finding::NotApplicable:
        return StepStatus::Skipped;
    case Finding::NeedsYou:
        return StepStatus::NeedsYou;
    case Finding::Failed:
        return StepStatus::Failed;
    }
    return StepStatus::Pending;
}

} // namespace

ReviewPage::ReviewPage(IsvPrepareSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new RetryBanner(this))
    , m_problems(PageWidgets::fieldMessage(QStringLiteral("reviewProblemsLabel"), tr("Problems"), this))
    , m_status(PageWidgets::fieldMessage(QStringLiteral("reviewStatusLabel"), tr("Review status"), this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("reviewBusyBar"), tr("Checking"), this))
    , m_steps(new QListWidget(this))
    , m_copy(new QPushButton(tr("&Copy script"), this))
    , m_script(new QPlainTextEdit(this))
    , m_icons(new StatusIcons(palette()))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("What will run, checked against your tenant. Nothing has been created yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));

    m_problems->setVisible(false);
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
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addLayout(scriptHeader);
    layout->addWidget(m_script, 1);
    setTabOrder(m_error->retryButton(), m_problems);
    setTabOrder(m_problems, m_status);
    setTabOrder(m_status, m_steps);
    setTabOrder(m_steps, m_copy);
    setTabOrder(m_copy, m_script);

    connect(m_error, &RetryBanner::retryRequested, this, &ReviewPage::recheck);
    connect(m_copy, &QPushButton::clicked, this, &ReviewPage::copyScript);
}

ReviewPage::~ReviewPage()
{
    stopJobs();
    delete m_icons;
}

void ReviewPage::initializePage()
{
    recheck();
}

void ReviewPage::cleanupPage()
{
    stopJobs();
}

bool ReviewPage::isComplete() const
{
    return m_ready;
}

void ReviewPage::recheck()
{
    stopJobs();
    m_ready = false;
    m_failedChecks = 0;
    m_error->setError(std::nullopt);
    m_problems->setVisible(false);
    m_steps->clear();
    m_script->clear();
    Q_EMIT completeChanged();

    Wizard::Plan *plan = m_session->rebuildPlan();
    if (!plan) {
        m_status->setText(tr("Sign in first."));
        return;
    }
    m_icons->setPalette(palette());
    for (const Wizard::Step *step : plan->steps()) {
        auto *item = new QListWidgetItem(
            m_icons->icon(StepStatus::Checking),
            tr("%1\n%2", "step title, what the check found").arg(step->title(), tr("Checking…")), m_steps);
        item->setData(Qt::AccessibleTextRole, step->title());
    }
    m_script->setPlainText(Wizard::IsvPrepare::equivalentScript(*plan));

    m_preflight = new Wizard::IsvPreparePreflight(m_session->inputs(), m_session->connection(), this);
    connect(m_preflight, &Wizard::IsvPreparePreflight::finished, this, &ReviewPage::readPreflight);
    setBusy(tr("Checking your choices against the tenant…"));
    m_preflight->start();
}

void ReviewPage::copyScript()
{
    QApplication::clipboard()->setText(m_script->toPlainText());
    m_status->setText(tr("The script was copied."));
}

void ReviewPage::readPreflight(const Wizard::PreflightProblems &problems)
{
    m_preflight = nullptr;
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Wizard::PreflightProblem &problem : problems) {
            lines.append(tr("• %1", "a problem in a list").arg(problem.error.message()));
        }
        m_problems->setText(tr("Nothing was created. Go back and change your choices:\n%1").arg(lines.join(u'\n')));
        m_problems->setVisible(true);
        m_error->setError(problems.first().error);
        setBusy({});
        m_status->setText(tr("%n problem(s) must be fixed before anything is created.", nullptr, int(problems.size())));
        for (int row = 0; row < m_steps->count(); ++row) {
            QListWidgetItem *item = m_steps->item(row);
            item->setIcon(m_icons->icon(StepStatus::Pending));
            item->setText(item->data(Qt::AccessibleTextRole).toString());
        }
        return;
    }
    m_check = new Wizard::PlanCheckJob(m_session->plan(), this);
    connect(m_check, &Wizard::PlanCheckJob::stepChecked, this, &ReviewPage::readCheck);
    connect(m_check, &Wizard::PlanCheckJob::finished, this, &ReviewPage::checkFinished);
    setBusy(tr("Checking what already exists…"));
    m_check->start();
}

void ReviewPage::readCheck(int index, Finding finding, const Wizard::StepOutcome &outcome)
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
        found = tr("Not in place yet: the run will do it.");
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
    item->setIcon(m_icons->icon(statusOf(finding)));
    const QString title = item->data(Qt::AccessibleTextRole).toString();
    item->setText(tr("%1\n%2", "step title, what the check found").arg(title, found));
    item->setData(Qt::AccessibleDescriptionRole, found);
}

void ReviewPage::checkFinished()
{
    m_check = nullptr;
    setBusy({});
    m_ready = m_failedChecks == 0;
    m_status->setText(
        m_ready ? tr("Ready. Choose Create to make these changes in your tenant.")
                : tr("%n step(s) could not be checked. Fix the cause shown above and retry.", nullptr, m_failedChecks));
    Q_EMIT completeChanged();
}

void ReviewPage::stopJobs()
{
    PageWidgets::stop(m_preflight);
    PageWidgets::stop(m_check);
}

void ReviewPage::setBusy(const QString &text)
{
    m_busy->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        m_status->setText(text);
    }
}

} // namespace CrossKey::Ui
