// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"

namespace CrossKey::Azure {

// SystemClock reads the machine's wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace CrossKey::Azure
