// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace CrossKey::Azure {

// Clock is the one source of "now" for token expiry, backoff, waits and elapsed times, so tests
// can control time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

} // namespace CrossKey::Azure
