// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runview.h"

#include "ui/stepdetailview.h"
#include "ui/steplistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace CrossKey::Ui {

using Wizard::StepStatus;
using Wizard::StepStatusText;

RunView::RunView(const Azure::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new StepListModel(clock, this))
    , m_pages(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    // Created in reading order, which is the Tab order: the list and its buttons, then the details.
    , m_list(new QListView(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_retry(new QPushButton(tr("Re&try"), this))
    , m_detail(new StepDetailView(this))
{
    m_model->setPalette(palette());
    m_emptyState->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setText(tr("There are no steps to show."));

    auto *stepsLabel = new QLabel(tr("&Steps:"), this);
    m_list->setObjectName(QStringLiteral("stepListView"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Steps"));
    m_list->setAccessibleDescription(tr("Every step of the plan with its live status."));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(24, 24));
    m_list->setWordWrap(true);
    stepsLabel->setBuddy(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RunView::updateDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_list->currentIndex().row()) {
            updateDetail();
        }
    });

    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setAccessibleName(tr("Run"));
    m_run->setAccessibleDescription(tr("Check every step and make the changes that are missing."));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Stop the step that is running; nothing further is changed."));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setAccessibleDescription(tr("Run again from the step that stopped."));
    connect(m_run, &QPushButton::clicked, this, &RunView::run);
    connect(m_cancel, &QPushButton::clicked, this, &RunView::cancel);
    connect(m_retry, &QPushButton::clicked, this, &RunView::retry);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(stepsLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("stepDetailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_detail->setObjectName(QStringLiteral("stepDetailView"));
    scroll->setWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("runSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    updateState();
}

void RunView::setRunner(Wizard::Runner *runner)
{
    if (m_runner) {
        m_runner->disconnect(this);
    }
    m_runner = runner;
    m_model->setRunner(runner);
    if (runner) {
        connect(runner, &Wizard::Runner::runningChanged, this, &RunView::updateState);
        connect(runner, &Wizard::Runner::stepStateChanged, this, &RunView::followStep);
        connect(runner, &QObject::destroyed, this, &RunView::updateState);
        if (m_model->rowCount() > 0) {
            m_list->setCurrentIndex(m_model->index(0));
        }
    }
    updateState();
}

void RunView::setEmptyText(const QString &text)
{
    m_emptyState->setText(text);
}

void RunView::run()
{
    if (!m_runner || m_runner->isRunning()) {
        return;
    }
    if (allStepsComplete()) {
        m_runner->rerun(); // check everything again
    } else {
        m_runner->start();
    }
}

bool RunView::allStepsComplete() const
{
    for (int i = 0; m_runner && i < m_runner->stepCount(); ++i) {
        if (!StepStatusText::isComplete(m_runner->state(i).status)) {
            return false;
        }
    }
    return m_runner && m_runner->stepCount() > 0;
}

void RunView::cancel()
{
    if (m_runner) {
        m_runner->cancel();
    }
}

void RunView::retry()
{
    run(); // the runner continues from the step that stopped, earlier steps are not repeated
}

void RunView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
    }
}

void RunView::updateState()
{
    const bool hasPlan = m_runner && m_runner->stepCount() > 0;
    m_pages->setCurrentIndex(hasPlan ? 1 : 0);
    const bool running = hasPlan && m_runner->isRunning();
    bool stopped = false; // a step failed, was cancelled or needs the user
    for (int i = 0; hasPlan && i < m_runner->stepCount(); ++i) {
        const StepStatus status = m_runner->state(i).status;
        stopped = stopped || status == StepStatus::Failed || status == StepStatus::Cancelled ||
                  status == StepStatus::NeedsYou;
    }
    m_run->setText(allStepsComplete() ? tr("Check &again") : tr("&Run"));
    m_run->setEnabled(hasPlan && !running && !stopped);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(hasPlan && !running && stopped);
    updateDetail();
}

void RunView::updateDetail()
{
    const QModelIndex current = m_list->currentIndex();
    if (!m_runner || !current.isValid() || current.row() >= m_runner->stepCount()) {
        m_detail->clear();
        return;
    }
    m_detail->showStep(*m_runner->plan().steps().at(current.row()), m_runner->state(current.row()),
                       m_runner->plan().context());
}

void RunView::followStep(int index)
{
    // Follow the run: the step being worked on, or the one that stopped it, is shown in detail.
    if (m_runner && index >= 0 && index < m_runner->stepCount()) {
        const StepStatus status = m_runner->state(index).status;
        if (status != StepStatus::Pending && !StepStatusText::isComplete(status)) {
            m_list->setCurrentIndex(m_model->index(index));
        }
    }
    updateState();
}

} // namespace CrossKey::Ui
