// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace CrossKey::Azure {

// RetryPolicy owns when RestPipeline tries a call again (CONTRACTS.md §0 "Throttling"): 429, 500, 502, 503,
// 504 and lost answers, with exponential backoff and jitter, or exactly the server's Retry-After (seconds or an
// HTTP date, read against the injected Clock's now). Never other 4xx: those are answers, not accidents.
struct RetryPolicy
{
    int maxRetries = 4;
    std::chrono::milliseconds baseDelay{800};
    std::chrono::milliseconds maxDelay{30000};
    // A longer Retry-After is cut to this, so a broken server cannot park a wizard step for hours.
    std::chrono::milliseconds maxRetryAfter{120000};

    static bool isRetryableStatus(int status);
    // Retry-After as delta-seconds or an IMF-fixdate; nullopt when absent or unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // The wait before retry number `retry` (1 for the first): Retry-After when given, else
    // baseDelay * 2^(retry-1), capped at maxDelay, minus up to 20 % jitter so clients do not retry in step.
    std::chrono::milliseconds delayFor(int retry, const QByteArray &retryAfter, const QDateTime &now) const;
};

} // namespace CrossKey::Azure
