// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"
#include "sandbox/clock.h"

namespace CrossKey::Tests {

// TwinClock is one manual time for both the product and the sandbox, so that a test moving it expires
// access tokens, device codes and refresh tokens on both sides at once.
class TwinClock final
    : public Azure::Clock
    , public Sandbox::Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace CrossKey::Tests
