// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/clock.h"

namespace CrossKey::Sandbox {

// SystemClock is the wall clock, in UTC.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace CrossKey::Sandbox
