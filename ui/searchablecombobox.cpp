// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/searchablecombobox.h"

#include <QCompleter>
#include <QLineEdit>

namespace CrossKey::Ui {

SearchableComboBox::SearchableComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    connect(this, &QComboBox::editTextChanged, this, &SearchableComboBox::noteChange);
    connect(this, &QComboBox::currentIndexChanged, this, &SearchableComboBox::noteChange);
}

void SearchableComboBox::setItems(const QList<std::pair<QString, QString>> &items)
{
    const QString keep = currentValue();
    QSignalBlocker blocker(this);
    clear();
    for (const auto &[text, value] : items) {
        addItem(text, value);
    }
    setCurrentIndex(-1);
    lineEdit()->clear();
    if (!keep.isEmpty()) {
        selectValue(keep);
    }
    blocker.unblock();
    noteChange();
}

QString SearchableComboBox::currentValue() const
{
    const int index = findText(currentText(), Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toString() : QString();
}

bool SearchableComboBox::selectValue(const QString &value)
{
    const int index = findData(value);
    if (index < 0) {
        return false;
    }
    setCurrentIndex(index);
    setEditText(itemText(index));
    return true;
}

void SearchableComboBox::noteChange()
{
    const QString value = currentValue();
    if (value != m_lastValue) {
        m_lastValue = value;
        Q_EMIT currentValueChanged(value);
    }
}

} // namespace CrossKey::Ui
