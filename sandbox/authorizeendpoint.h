// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/aaderror.h"
#include "sandbox/authority.h"
#include "sandbox/loginpage.h"

namespace CrossKey::Sandbox {

class SignInPolicy;
struct ServiceContext;

// AuthorizeEndpoint serves /{tenant}/oauth2/v2.0/authorize (CONTRACTS.md §1.2): checks client,
// redirect URI, response type, scope and PKCE (S256 only), shows a page to pick a demo user and
// consent (or signs in the --auto-approve user), then redirects to the client with code and state.
class AuthorizeEndpoint final
{
public:
    AuthorizeEndpoint(ServiceContext &context, SignInPolicy &policy)
        : m_context(context)
        , m_policy(policy)
    {}
    Response handle(const Request &request, const Authority &authority);

private:
    Response errorPage(const Request &request, const AadError &error) const;

    ServiceContext &m_context;
    SignInPolicy &m_policy;
};

} // namespace CrossKey::Sandbox
