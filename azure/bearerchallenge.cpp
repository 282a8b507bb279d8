// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/bearerchallenge.h"

namespace CrossKey::Azure {

BearerChallenge BearerChallenge::parse(const QByteArray &header)
{
    BearerChallenge challenge;
    const QString text = QString::fromUtf8(header).trimmed();
    if (!text.startsWith(QLatin1String("Bearer"), Qt::CaseInsensitive)) {
        return challenge;
    }
    challenge.m_bearer = true;
    qsizetype i = 6;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text[i] == QLatin1Char(' ') || text[i] == QLatin1Char(','))) {
            ++i;
        }
        const qsizetype keyStart = i;
        while (i < n && text[i] != QLatin1Char('=') && text[i] != QLatin1Char(',')) {
            ++i;
        }
        const QString key = text.mid(keyStart, i - keyStart).trimmed().toLower();
        if (i >= n || text[i] != QLatin1Char('=')) {
            continue;
        }
        ++i;
        QString value;
        if (i < n && text[i] == QLatin1Char('"')) {
            ++i;
            while (i < n && text[i] != QLatin1Char('"')) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n) {
                    ++i;
                }
                value += text[i++];
            }
            ++i; // closing quote
        } else {
            const qsizetype valueStart = i;
            while (i < n && text[i] != QLatin1Char(',')) {
                ++i;
            }
            value = text.mid(valueStart, i - valueStart).trimmed();
        }
        if (!key.isEmpty()) {
            challenge.m_params.insert(key, value);
        }
    }
    return challenge;
}

} // namespace CrossKey::Azure
