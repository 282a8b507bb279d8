// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/formbody.h"

#include <QStringDecoder>
#include <QUrl>

namespace CrossKey::Sandbox {

namespace {

bool decode(QByteArray part, QString *out)
{
    part.replace('+', ' ');
    const QByteArray raw = QByteArray::fromPercentEncoding(part);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = utf8.decode(raw);
    return !utf8.hasError();
}

} // namespace

FormBody FormBody::parse(const QByteArray &encoded)
{
    FormBody body;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        QString key;
        QString value;
        const bool keyOk = decode(equals < 0 ? pair : pair.left(equals), &key);
        const bool valueOk = equals < 0 || decode(pair.mid(equals + 1), &value);
        if (!keyOk || !valueOk || key.contains(QChar(0)) || value.contains(QChar(0))) {
            body.m_valid = false;
            continue;
        }
        body.m_items.append({key, value});
    }
    return body;
}

bool FormBody::contains(const QString &key) const
{
    return count(key) > 0;
}

QString FormBody::value(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key) {
            return item.second;
        }
    }
    return {};
}

int FormBody::count(const QString &key) const
{
    int n = 0;
    for (const auto &item : m_items) {
        n += item.first == key ? 1 : 0;
    }
    return n;
}

QByteArray FormBody::encode(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &item : items) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return out;
}

} // namespace CrossKey::Sandbox
