// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statusicons.h"

#include <QPainter>
#include <QPainterPath>

namespace CrossKey::Ui {

using Wizard::StepStatus;

namespace {

constexpr int kSizes[] = {16, 20, 24, 32, 48};

// All shapes are drawn on a 16 × 16 grid and scaled.
void drawCheck(QPainter &p, const QColor &color, qreal width)
{
    QPen pen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(QPolygonF{QPointF(4.5, 8.3), QPointF(7.0, 10.8), QPointF(11.5, 5.5)});
}

void drawStatus(QPainter &p, StepStatus status, const QPalette &pal)
{
    const QColor accent = pal.color(QPalette::Active, QPalette::Highlight);
    const QColor onAccent = pal.color(QPalette::Active, QPalette::HighlightedText);
    const QColor text = pal.color(QPalette::Active, QPalette::WindowText);
    const QColor quiet = pal.color(QPalette::Active, QPalette::PlaceholderText);

    switch (status) {
    case StepStatus::Pending: // dashed empty circle: nothing has happened yet
        p.setPen(QPen(quiet, 1.4, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(8, 8), 5.8, 5.8);
        return;
    case StepStatus::Checking: // magnifier
        p.setPen(QPen(accent, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(6.8, 6.8), 4.2, 4.2);
        p.drawLine(QPointF(9.9, 9.9), QPointF(14, 14));
        return;
    case StepStatus::Running: // play triangle
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawPolygon(QPolygonF{QPointF(4, 2.5), QPointF(13.5, 8), QPointF(4, 13.5)});
        return;
    case StepStatus::Waiting: // hourglass
        p.setPen(QPen(accent, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(3.5, 1.8), QPointF(12.5, 1.8));
        p.drawLine(QPointF(3.5, 14.2), QPointF(12.5, 14.2));
        p.drawPolygon(QPolygonF{QPointF(4.5, 2), QPointF(11.5, 2), QPointF(8, 8), QPointF(11.5, 14), QPointF(4.5, 14),
                                QPointF(8, 8)});
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawPolygon(QPolygonF{QPointF(5.6, 13.4), QPointF(10.4, 13.4), QPointF(8, 10.4)});
        return;
    case StepStatus::Done: // check on a filled disc
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawEllipse(QPointF(8, 8), 7, 7);
        drawCheck(p, onAccent, 1.9);
        return;
    case StepStatus::AlreadyDone: // check inside a ring: found in place
        p.setPen(QPen(accent, 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(8, 8), 6.3, 6.3);
        drawCheck(p, accent, 1.7);
        return;
    case StepStatus::Failed: // cross on a filled disc
        p.setPen(Qt::NoPen);
        p.setBrush(text);
        p.drawEllipse(QPointF(8, 8), 7, 7);
        p.setCompositionMode(QPainter::CompositionMode_Clear); // a see-through cross, readable on any row
        p.setPen(QPen(text, 1.9, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7));
        p.drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7));
        return;
    case StepStatus::NeedsYou: { // warning sign
        QPainterPath triangle;
        triangle.addPolygon(QPolygonF{QPointF(8, 1.2), QPointF(15.2, 14.5), QPointF(0.8, 14.5), QPointF(8, 1.2)});
        p.setPen(QPen(text, 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(text);
        p.drawPath(triangle);
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.setPen(QPen(text, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 5.6), QPointF(8, 9.6));
        p.drawPoint(QPointF(8, 12.3));
        return;
    }
    case StepStatus::Skipped: // double chevron: passed over
        p.setPen(QPen(quiet, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF{QPointF(3, 4), QPointF(7, 8), QPointF(3, 12)});
        p.drawPolyline(QPolygonF{QPointF(9, 4), QPointF(13, 8), QPointF(9, 12)});
        return;
    case StepStatus::Cancelled: // stop square
        p.setPen(QPen(text, 1.4, Qt::SolidLine, Qt::SquareCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 1.5, 1.5);
        p.setPen(Qt::NoPen);
        p.setBrush(text);
        p.drawRect(QRectF(5.5, 5.5, 5, 5));
        return;
    }
}

} // namespace

StatusIcons::StatusIcons(QPalette palette)
    : m_palette(std::move(palette))
{}

void StatusIcons::setPalette(const QPalette &palette)
{
    if (palette != m_palette) {
        m_palette = palette;
        m_cache.clear();
    }
}

QIcon StatusIcons::icon(StepStatus status) const
{
    const int key = int(status);
    if (const auto found = m_cache.constFind(key); found != m_cache.cend()) {
        return *found;
    }
    QIcon icon;
    for (const int size : kSizes) {
        icon.addPixmap(paint(status, m_palette, size, 1.0));
        icon.addPixmap(paint(status, m_palette, size, 2.0));
    }
    m_cache.insert(key, icon);
    return icon;
}

QPixmap StatusIcons::paint(StepStatus status, const QPalette &palette, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    drawStatus(painter, status, palette);
    return pixmap;
}

} // namespace CrossKey::Ui
