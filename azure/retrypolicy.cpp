// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace CrossKey::Azure {

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(seconds * 1000));
    }
    // RFC 9110 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid()) {
        return std::nullopt;
    }
    at.setTimeZone(QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

std::chrono::milliseconds RetryPolicy::delayFor(int retry, const QByteArray &retryAfter, const QDateTime &now) const
{
    if (const auto serverDelay = parseRetryAfter(retryAfter, now)) {
        return std::min(*serverDelay, maxRetryAfter);
    }
    const int exponent = std::clamp(retry - 1, 0, 20);
    const qint64 full = std::min<qint64>(baseDelay.count() << exponent, maxDelay.count());
    const qint64 jitter = full > 0 ? QRandomGenerator::global()->bounded(full / 5 + 1) : 0;
    return std::chrono::milliseconds(full - jitter);
}

} // namespace CrossKey::Azure
