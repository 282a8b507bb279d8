// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/stepstatus.h"

#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QPixmap>

namespace CrossKey::Ui {

// StatusIcons paints one icon per step status from the palette's roles, each a different shape
// (circle, magnifier, play, hourglass, check, ringed check, cross, warning sign, chevrons, stop) so
// the status never rests on colour alone. Icons are always shown beside the status text.
class StatusIcons final
{
public:
    explicit StatusIcons(QPalette palette = {});

    QIcon icon(Wizard::StepStatus status) const;
    void setPalette(const QPalette &palette);

    static QPixmap paint(Wizard::StepStatus status, const QPalette &palette, int size, qreal devicePixelRatio = 1.0);

private:
    QPalette m_palette;
    mutable QHash<int, QIcon> m_cache;
};

} // namespace CrossKey::Ui
