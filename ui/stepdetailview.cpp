// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/stepdetailview.h"

#include "ui/errorbanner.h"
#include "ui/statusicons.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

StepDetailView::StepDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    // Created in reading order, which is the Tab order.
    , m_error(new ErrorBanner(this))
    , m_evidenceLabel(new QLabel(tr("&Evidence:"), this))
    , m_evidence(new QListWidget(this))
    , m_cliLabel(new QLabel(tr("Equivalent Azure C&LI:"), this))
    , m_copy(new QPushButton(tr("Cop&y"), this))
    , m_cli(new QPlainTextEdit(this))
{
    m_title->setObjectName(QStringLiteral("stepTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_description->setObjectName(QStringLiteral("stepDescriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_statusIcon->setObjectName(QStringLiteral("stepStatusIconLabel"));
    m_status->setObjectName(QStringLiteral("stepStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Status"));

    m_evidence->setObjectName(QStringLiteral("evidenceListWidget"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setAccessibleDescription(tr("What the check or the change found, one finding per line."));
    m_evidence->setSelectionMode(QAbstractItemView::SingleSelection);
    m_evidence->setWordWrap(true);
    m_evidenceLabel->setBuddy(m_evidence);
    m_error->setObjectName(QStringLiteral("errorBanner"));

    m_cli->setObjectName(QStringLiteral("cliPlainTextEdit"));
    m_cli->setReadOnly(true);
    m_cli->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_cli->setTabChangesFocus(true);
    m_cli->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_cli->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cli->setAccessibleName(tr("Equivalent Azure CLI"));
    m_cli->setAccessibleDescription(tr("The Azure CLI commands that make the same change, for review."));
    m_cliLabel->setBuddy(m_cli);
    m_copy->setObjectName(QStringLiteral("copyCliButton"));
    m_copy->setAccessibleName(tr("Copy the CLI commands"));
    m_copy->setToolTip(tr("Copy the equivalent Azure CLI commands to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &StepDetailView::copyCli);

    // Evidence and CLI share the height left over; their size hints must not push the pane into
    // scrolling, so only a few lines are guaranteed.
    const int lines = fontMetrics().lineSpacing() * 4;
    for (QAbstractScrollArea *area :
         {static_cast<QAbstractScrollArea *>(m_evidence), static_cast<QAbstractScrollArea *>(m_cli)}) {
        area->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        area->setMinimumHeight(lines);
    }

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);
    auto *cliRow = new QHBoxLayout;
    cliRow->addWidget(m_cliLabel, 1);
    cliRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addWidget(m_evidenceLabel);
    layout->addWidget(m_evidence, 1);
    layout->addLayout(cliRow);
    layout->addWidget(m_cli, 1);

    clear();
}

void StepDetailView::showStep(const Wizard::Step &step, const Wizard::StepState &state,
                              const Wizard::RunContext &context)
{
    setEnabled(true);
    m_title->setText(step.title());
    m_description->setText(step.description());
    const int iconSize = qMax(16, fontMetrics().height());
    m_statusIcon->setPixmap(StatusIcons::paint(state.status, palette(), iconSize, devicePixelRatioF()));
    m_statusIcon->setAccessibleName(Wizard::StepStatusText::display(state.status));
    QString status = Wizard::StepStatusText::display(state.status);
    if (!state.reason.isEmpty()) {
        status = tr("%1: %2", "status: reason").arg(status, state.reason);
    }
    m_status->setText(status);
    m_evidence->clear();
    m_evidence->addItems(state.evidence);
    if (state.evidence.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No evidence yet."), m_evidence);
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_error->setError(state.status == Wizard::StepStatus::Failed ? state.error : std::nullopt);
    m_cli->setPlainText(step.equivalentCli(context));
    m_copy->setEnabled(!m_cli->toPlainText().isEmpty());
}

void StepDetailView::clear()
{
    m_title->setText(tr("No step selected"));
    m_description->setText(tr("Select a step in the list to see what it checks and changes."));
    m_statusIcon->clear();
    m_status->clear();
    m_evidence->clear();
    m_error->setError(std::nullopt);
    m_cli->clear();
    m_copy->setEnabled(false);
}

void StepDetailView::copyCli()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(m_cli->toPlainText());
    }
}

} // namespace CrossKey::Ui
