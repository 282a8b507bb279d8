// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/authority.h"
#include "sandbox/request.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

class SignInPolicy;
struct ServiceContext;

// AdminConsentEndpoint serves /{tenant}/adminconsent and /{tenant}/v2.0/adminconsent
// (CONTRACTS.md §1.7): an administrator of the tenant installs the client (service principal),
// consent is recorded, and the browser goes back with admin_consent=True&tenant=….
class AdminConsentEndpoint final
{
public:
    AdminConsentEndpoint(ServiceContext &context, SignInPolicy &policy)
        : m_context(context)
        , m_policy(policy)
    {}
    Response handle(const Request &request, const Authority &authority);

private:
    ServiceContext &m_context;
    SignInPolicy &m_policy;
};

} // namespace CrossKey::Sandbox
