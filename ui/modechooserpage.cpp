// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modechooserpage.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace CrossKey::Ui {

ModeChooserPage::ModeChooserPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("modeChooserPage"));

    // A readable line length: the column stays narrow and centred on wide windows.
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("modeColumnWidget"));
    column->setMaximumWidth(880);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->addStretch(1);
    outer->addWidget(column, 100);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *heading = new QLabel(tr("What do you want to do?"), column);
    heading->setObjectName(QStringLiteral("modeChooserHeadingLabel"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);
    heading->setAccessibleName(tr("Choose a mode"));

    auto *intro = new QLabel(tr("CrossKey sets up and diagnoses Azure Storage encryption with a customer-managed "
                                "key that lives in another tenant. Each mode is for one person and one phase."),
                             column);
    intro->setObjectName(QStringLiteral("modeChooserIntroLabel"));
    intro->setWordWrap(true);

    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(12);

    for (const ModeCatalog::Mode mode : ModeCatalog::modes()) {
        const ModeCatalog::Entry entry = ModeCatalog::entry(mode);
        const QString description = tr("%1 %2", "mode: audience, then summary").arg(entry.audience, entry.summary);
        auto *button = new QCommandLinkButton(entry.title, description, column);
        button->setObjectName(buttonObjectName(entry.id));
        button->setAccessibleName(entry.plainTitle());
        button->setAccessibleDescription(description);
        button->setAutoDefault(true); // Enter and Return activate it, not only Space
        button->setFocusPolicy(Qt::StrongFocus);
        connect(button, &QCommandLinkButton::clicked, this, [this, mode] { Q_EMIT modeChosen(mode); });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    layout->addStretch(1);
}

QCommandLinkButton *ModeChooserPage::button(ModeCatalog::Mode mode) const
{
    const int index = int(ModeCatalog::modes().indexOf(mode));
    return index >= 0 && index < m_buttons.size() ? m_buttons.at(index) : nullptr;
}

QString ModeChooserPage::buttonObjectName(const QString &modeId)
{
    QString name;
    bool upper = false;
    for (const QChar c : modeId) {
        if (c == u'-') {
            upper = true;
            continue;
        }
        name.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return name + QStringLiteral("ModeButton");
}

} // namespace CrossKey::Ui
