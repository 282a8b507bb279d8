// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/faultrule.h"
#include "sandbox/request.h"
#include "sandbox/response.h"
#include "sandbox/service.h"

#include <QDateTime>

namespace CrossKey::Sandbox {

// FaultResponse builds the 429 or 5xx that a throttle or error fault answers, in the error shape of
// the service the request was meant for (CONTRACTS.md §0): Resource Manager's and Key Vault's
// {"error":{code,message}}, Graph's with innerError, the identity platform's OAuth JSON.
class FaultResponse final
{
public:
    static Response build(const FaultRule &rule, HeaderStyle style, const Request &request, const QDateTime &now);
};

} // namespace CrossKey::Sandbox
