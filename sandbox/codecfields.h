// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

// CodecFields are the small readers and writers every state-file codec (WorldCodec, ArmStateCodec,
// KeyVaultStateCodec, StorageStateCodec) uses, so the state file has one notion of a time or a list.
namespace CrossKey::Sandbox::CodecFields {

// Times are UTC ISO 8601 with milliseconds; an invalid time is written as null.
inline QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

inline QDateTime time(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

inline QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

inline bool b(const QJsonObject &o, const char *key, bool fallback = false)
{
    return o.value(QLatin1String(key)).toBool(fallback);
}

inline QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

inline QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

template<typename T, typename F>
QJsonArray array(const QList<T> &items, F toJson)
{
    QJsonArray out;
    for (const T &item : items) {
        out.append(toJson(item));
    }
    return out;
}

template<typename T, typename F>
QList<T> list(const QJsonValue &value, F fromJson)
{
    QList<T> out;
    for (const QJsonValue &item : value.toArray()) {
        out.append(fromJson(item.toObject()));
    }
    return out;
}

} // namespace CrossKey::Sandbox::CodecFields
