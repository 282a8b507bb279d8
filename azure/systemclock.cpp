// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/systemclock.h"

namespace CrossKey::Azure {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace CrossKey::Azure
