// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/manualclock.h"

namespace CrossKey::Tests {

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{}

} // namespace CrossKey::Tests
