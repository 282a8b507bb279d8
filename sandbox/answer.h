// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/response.h"

namespace CrossKey::Sandbox {

// Answer is how the front end delivers a response: written at once or delayMs later (added latency,
// delay faults), the connection reset instead (after delayMs), or never (a hang).
struct Answer
{
    enum class Delivery
    {
        Write,
        Reset,
        Hang,
    };

    Response response;
    Delivery delivery = Delivery::Write;
    int delayMs = 0;
};

} // namespace CrossKey::Sandbox
