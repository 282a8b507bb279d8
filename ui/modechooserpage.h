// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/modecatalog.h"

#include <QList>
#include <QWidget>

class QCommandLinkButton;

namespace CrossKey::Ui {

// ModeChooserPage is the start page: one large button per mode, saying who it is for and what it
// does. Each button activates with Space, Enter or Return, or its mnemonic.
class ModeChooserPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeChooserPage)

public:
    explicit ModeChooserPage(QWidget *parent = nullptr);

    QCommandLinkButton *button(ModeCatalog::Mode mode) const;
    // "isv-prepare" → "isvPrepareModeButton"
    static QString buttonObjectName(const QString &modeId);

Q_SIGNALS:
    void modeChosen(CrossKey::Ui::ModeCatalog::Mode mode);

private:
    QList<QCommandLinkButton *> m_buttons;
};

} // namespace CrossKey::Ui
