// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspacepage.h"

#include "ui/runview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

WorkspacePage::WorkspacePage(const Azure::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(tr("&Back to modes"), this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_runView(new RunView(clock, this))
{
    setObjectName(QStringLiteral("workspacePage"));

    const QKeySequence backKey(Qt::ALT | Qt::Key_Left);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back to modes"));
    m_back->setAccessibleDescription(tr("Return to the start page to choose another mode."));
    m_back->setToolTip(tr("Back to modes (%1)").arg(backKey.toString(QKeySequence::NativeText)));
    connect(m_back, &QPushButton::clicked, this, &WorkspacePage::backRequested);
    auto *backAction = new QAction(tr("Back to modes"), this);
    backAction->setObjectName(QStringLiteral("backAction"));
    backAction->setShortcut(backKey);
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(backAction, &QAction::triggered, this, &WorkspacePage::backRequested);
    addAction(backAction);

    m_title->setObjectName(QStringLiteral("workspaceTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("workspaceSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(QStringLiteral("notBuiltNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    m_notice->setAutoFillBackground(true);
    m_notice->setAccessibleName(tr("Notice"));
    m_runView->setObjectName(QStringLiteral("runView"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_back, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
    layout->addWidget(m_runView, 1);
    setTabOrder(m_back, m_runView);
}

void WorkspacePage::showMode(ModeCatalog::Mode mode)
{
    m_mode = mode;
    const ModeCatalog::Entry entry = ModeCatalog::entry(mode);
    m_title->setText(entry.plainTitle());
    m_summary->setText(tr("%1 %2", "mode: audience, then summary").arg(entry.audience, entry.summary));
    m_notice->setText(tr("The pages of this mode are not built yet. Nothing runs here and nothing is changed in "
                         "Azure; its steps will appear below once they exist."));
    m_notice->setVisible(!entry.pagesBuilt);
    m_runView->setEmptyText(entry.pagesBuilt ? tr("No plan is loaded.") : tr("This mode has no steps yet."));
    QWidget *flow = m_modeWidgets.value(mode);
    for (const QPointer<QWidget> &widget : std::as_const(m_modeWidgets)) {
        if (widget && widget != flow) {
            widget->setVisible(false);
        }
    }
    if (flow) {
        m_notice->setVisible(false);
        m_runView->setVisible(false);
        flow->setVisible(true);
        setTabOrder(m_back, flow);
    } else {
        m_runView->setVisible(true);
        setTabOrder(m_back, m_runView);
    }
}

void WorkspacePage::setModeWidget(ModeCatalog::Mode mode, QWidget *widget)
{
    if (QWidget *old = m_modeWidgets.value(mode)) {
        delete old;
    }
    m_modeWidgets.insert(mode, widget);
    widget->setParent(this);
    widget->setVisible(false);
    static_cast<QVBoxLayout *>(layout())->addWidget(widget, 1);
    if (m_mode == mode && isVisible()) {
        showMode(mode);
    }
}

} // namespace CrossKey::Ui
