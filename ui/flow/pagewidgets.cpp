// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/pagewidgets.h"

#include <QLabel>
#include <QProgressBar>

namespace CrossKey::Ui::PageWidgets {

QProgressBar *busyBar(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setAccessibleName(accessibleName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->setVisible(false);
    return bar;
}

QLabel *fieldMessage(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = note(objectName, parent);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

QLabel *note(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace CrossKey::Ui::PageWidgets
