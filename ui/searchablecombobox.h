// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace CrossKey::Ui {

// SearchableComboBox is an editable combo box for long live lists (subscriptions, regions, groups): typing
// filters the items by any part of their text, case-insensitively, in a popup. Typed text never becomes an
// item; currentValue() is the chosen item's data, or empty while the text names no item.
class SearchableComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchableComboBox)

public:
    explicit SearchableComboBox(QWidget *parent = nullptr);

    // Replaces the items with (text, value) pairs and keeps the current value when it is still there.
    void setItems(const QList<std::pair<QString, QString>> &items);
    // The value of the item whose text is typed exactly (case-insensitive), or empty.
    QString currentValue() const;
    // Picks the item with this value; false when there is none.
    bool selectValue(const QString &value);

Q_SIGNALS:
    // The chosen item changed: typing a full item name, picking one, or clearing the text.
    void currentValueChanged(const QString &value);

private:
    void noteChange();

    QString m_lastValue;
};

} // namespace CrossKey::Ui
