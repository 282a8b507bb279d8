// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/request.h"
#include "sandbox/response.h"
#include "sandbox/service.h"

namespace CrossKey::Sandbox {

// RequestIds puts the request-id headers each Azure service sends on an answer (CONTRACTS.md §0).
class RequestIds final
{
public:
    static void apply(HeaderStyle style, const Request &request, Response *response);
};

} // namespace CrossKey::Sandbox
