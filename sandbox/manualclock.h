// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/clock.h"

namespace CrossKey::Sandbox {

// ManualClock stands still until a test moves it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(start.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime &now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace CrossKey::Sandbox
