// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace CrossKey::Sandbox {

// Clock tells the sandbox what time it is, so tests can expire codes and tokens without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

} // namespace CrossKey::Sandbox
