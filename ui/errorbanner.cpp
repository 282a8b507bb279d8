// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errorbanner.h"

#include "ui/statusicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace CrossKey::Ui {

namespace {

QLabel *makeTextLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // Azure's messages are shown verbatim, never as markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so request ids can be copied without a mouse
    return label;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_summary(makeTextLabel(QStringLiteral("errorSummaryLabel"), this))
    , m_hint(makeTextLabel(QStringLiteral("errorHintLabel"), this))
    , m_requestIds(makeTextLabel(QStringLiteral("errorRequestIdsLabel"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));

    m_icon->setObjectName(QStringLiteral("errorIconLabel"));
    m_icon->setAccessibleName(tr("Failed"));
    m_icon->setAlignment(Qt::AlignTop);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setAccessibleName(tr("Error"));
    m_hint->setAccessibleName(tr("What to do"));
    m_requestIds->setAccessibleName(tr("Request ids"));
    m_requestIds->setForegroundRole(QPalette::PlaceholderText);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_summary);
    texts->addWidget(m_hint);
    texts->addWidget(m_requestIds);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);

    updateIcon();
    setVisible(false);
}

void ErrorBanner::setError(const std::optional<Azure::AzureError> &error)
{
    m_error = error;
    if (!error) {
        m_summary->clear();
        m_hint->clear();
        m_requestIds->clear();
        setVisible(false);
        setAccessibleDescription({});
        return;
    }
    m_summary->setText(error->summary());
    m_hint->setText(error->hint());
    m_hint->setVisible(!error->hint().isEmpty());
    QStringList ids;
    const auto requestIds = error->requestIds();
    for (auto it = requestIds.cbegin(); it != requestIds.cend(); ++it) {
        ids.append(tr("%1: %2", "request id header: value").arg(it.key(), it.value()));
    }
    m_requestIds->setText(ids.isEmpty() ? QString() : tr("Request ids for support:\n%1").arg(ids.join(u'\n')));
    m_requestIds->setVisible(!ids.isEmpty());
    setAccessibleDescription(error->hint().isEmpty()
                                 ? error->summary()
                                 : tr("%1 %2", "error summary, hint").arg(error->summary(), error->hint()));
    setVisible(true);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateIcon();
    }
}

void ErrorBanner::updateIcon()
{
    const int size = style() ? qMax(16, fontMetrics().height()) : 16;
    m_icon->setPixmap(StatusIcons::paint(Wizard::StepStatus::Failed, palette(), size, devicePixelRatioF()));
}

} // namespace CrossKey::Ui
