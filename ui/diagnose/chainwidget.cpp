// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnose/chainwidget.h"

#include "ui/diagnose/findingtreemodel.h"
#include "ui/statusicons.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace CrossKey::Ui {

using Wizard::Finding;

namespace {
constexpr int kNodeWidth = 112;
constexpr int kGap = 18;
constexpr int kHeight = 84;
} // namespace

ChainWidget::ChainWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chainWidget"));
    setAccessibleName(tr("Chain of the key"));
    // Reachable by Tab so a keyboard or screen reader user meets the picture's description.
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFindings({});
}

const QList<ChainWidget::Node> &ChainWidget::nodes()
{
    static const QList<Node> list = {
        {QT_TR_NOOP("ISV tenant"), {QStringLiteral("isv-tenant")}},
        {QT_TR_NOOP("Identity"), {QStringLiteral("identity")}},
        {QT_TR_NOOP("App + credential"), {QStringLiteral("app"), QStringLiteral("credential")}},
        {QT_TR_NOOP("Customer tenant"), {QStringLiteral("customer-tenant")}},
        {QT_TR_NOOP("Service principal"), {QStringLiteral("service-principal")}},
        {QT_TR_NOOP("Vault"), {QStringLiteral("vault")}},
        {QT_TR_NOOP("Key"), {QStringLiteral("key")}},
        {QT_TR_NOOP("Storage account"), {QStringLiteral("storage-account"), QStringLiteral("data")}},
    };
    return list;
}

void ChainWidget::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    const QString text = summary();
    setAccessibleDescription(text);
    setToolTip(text);
    update();
}

int ChainWidget::nodeCount() const
{
    return int(nodes().size());
}

QString ChainWidget::nodeTitle(int node) const
{
    return tr(nodes().at(node).title);
}

std::optional<Finding::Status> ChainWidget::nodeStatus(int node) const
{
    return FindingTreeModel::worst(m_findings, nodes().at(node).links);
}

QString ChainWidget::nodeStateText(int node) const
{
    const auto status = nodeStatus(node);
    return status ? Finding::statusTitle(*status) : tr("waiting");
}

QString ChainWidget::summary() const
{
    QStringList parts;
    for (int i = 0; i < nodeCount(); ++i) {
        parts.append(tr("%1: %2").arg(nodeTitle(i), nodeStateText(i)));
    }
    return parts.join(QStringLiteral("; "));
}

QSize ChainWidget::sizeHint() const
{
    return {nodeCount() * (kNodeWidth + kGap), kHeight};
}

QSize ChainWidget::minimumSizeHint() const
{
    return {nodeCount() * 70, kHeight};
}

void ChainWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        update();
    }
    QWidget::changeEvent(event);
}

void ChainWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int count = nodeCount();
    const qreal slot = qreal(width()) / count;
    const qreal gap = qMin<qreal>(kGap, slot * 0.15);
    const qreal boxWidth = slot - gap;
    const QRectF area(0, 4, width(), height() - 8);
    for (int i = 0; i < count; ++i) {
        const QRectF box(i * slot + gap / 2, area.top(), boxWidth, area.height());
        const auto status = nodeStatus(i);
        const bool failed = status == Finding::Fail;
        // The state is drawn three ways: the border (solid, dashed while waiting, thick on a failure), the icon's
        // shape and the label.
        QPen border(palette().color(failed ? QPalette::WindowText : QPalette::Mid), failed ? 2.4 : 1.2);
        if (!status || *status == Finding::NotChecked) {
            border.setStyle(Qt::DashLine);
        }
        p.setPen(border);
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6);

        const int iconSize = 18;
        const Wizard::StepStatus iconStatus =
            status ? FindingTreeModel::iconStatus(*status) : Wizard::StepStatus::Pending;
        const QPixmap icon = StatusIcons::paint(iconStatus, palette(), iconSize, devicePixelRatioF());
        p.drawPixmap(QPointF(box.center().x() - iconSize / 2.0, box.top() + 6), icon);

        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        const QRectF titleRect(box.left() + 3, box.top() + 26, box.width() - 6, 30);
        p.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, nodeTitle(i));
        p.setFont(font());
        const QRectF stateRect(box.left() + 3, box.bottom() - 20, box.width() - 6, 18);
        p.drawText(stateRect, Qt::AlignCenter, nodeStateText(i));

        if (i + 1 < count) { // the arrow to the next link
            const qreal y = box.center().y();
            const qreal x0 = box.right() + 1;
            const qreal x1 = box.right() + gap - 1;
            p.setPen(QPen(palette().color(QPalette::WindowText), 1.2));
            p.drawLine(QPointF(x0, y), QPointF(x1, y));
            p.drawLine(QPointF(x1, y), QPointF(x1 - 4, y - 3));
            p.drawLine(QPointF(x1, y), QPointF(x1 - 4, y + 3));
        }
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

} // namespace CrossKey::Ui
