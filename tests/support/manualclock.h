// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"

namespace CrossKey::Tests {

// ManualClock is a Clock that moves only when the test says so.
class ManualClock final : public Azure::Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace CrossKey::Tests
