// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/request.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

class FaultInjector;

// FaultEndpoint serves /sandbox/faults for ControlService: POST a rule (or a list) → 201 with the
// rules and their ids; GET → the rules; DELETE → clear all; DELETE /sandbox/faults/{id} → one.
class FaultEndpoint final
{
public:
    explicit FaultEndpoint(FaultInjector &faults)
        : m_faults(faults)
    {}
    Response handle(const Request &request);

private:
    FaultInjector &m_faults;
};

} // namespace CrossKey::Sandbox
