// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace CrossKey::Sandbox {

// FormBody decodes application/x-www-form-urlencoded text ('+' is a space), as posted to the
// token endpoint and as found in query strings. Bytes that are not UTF-8 make it invalid.
class FormBody final
{
public:
    FormBody() = default;
    static FormBody parse(const QByteArray &encoded);

    bool isValid() const { return m_valid; }
    bool contains(const QString &key) const;
    QString value(const QString &key) const;
    int count(const QString &key) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }

    static QByteArray encode(const QList<QPair<QString, QString>> &items);

private:
    QList<QPair<QString, QString>> m_items;
    bool m_valid = true;
};

} // namespace CrossKey::Sandbox
