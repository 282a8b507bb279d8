// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/authority.h"
#include "sandbox/request.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

class SignInPolicy;
struct ServiceContext;

// DeviceCodeEndpoint serves POST /{tenant}/oauth2/v2.0/devicecode (CONTRACTS.md §1.5) and the
// page at /devicelogin where a user enters the code, picks a demo user and approves or declines.
// With --auto-approve the code is approved at once.
class DeviceCodeEndpoint final
{
public:
    DeviceCodeEndpoint(ServiceContext &context, SignInPolicy &policy)
        : m_context(context)
        , m_policy(policy)
    {}
    Response issue(const Request &request, const Authority &authority);
    Response page(const Request &request);

private:
    ServiceContext &m_context;
    SignInPolicy &m_policy;
};

} // namespace CrossKey::Sandbox
