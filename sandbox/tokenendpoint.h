// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/aaderror.h"
#include "sandbox/authority.h"
#include "sandbox/resourcecatalog.h"

namespace CrossKey::Sandbox {

class SignInPolicy;
class TokenIssuer;
struct ServiceContext;

// TokenEndpoint serves POST /{tenant}/oauth2/v2.0/token (CONTRACTS.md §1.3–1.6): grant types
// authorization_code (PKCE verified, codes single-use and expiring), refresh_token (rotates; the
// scope may switch resource), device_code and client_credentials with a client assertion.
class TokenEndpoint final
{
public:
    TokenEndpoint(ServiceContext &context, SignInPolicy &policy, const TokenIssuer &issuer)
        : m_context(context)
        , m_policy(policy)
        , m_issuer(issuer)
    {}
    Response handle(const Request &request, const Authority &authority);

private:
    Response authorizationCode(const Request &request, const FormBody &form, const Authority &authority);
    Response refreshToken(const Request &request, const FormBody &form, const Authority &authority);
    Response deviceCode(const Request &request, const FormBody &form, const Authority &authority);
    Response clientCredentials(const Request &request, const FormBody &form, const Authority &authority);
    // Picks the one resource of the token: the requested scope's, else the granted scope's first,
    // else Microsoft Graph. False (and `error`) when the request names several or unknown ones.
    bool pickResource(const QString &requested, const QString &granted, const Authority &authority,
                      ResourceScope *resource, ScopeSet *responseScopes, AadError *error) const;
    Response issueForUser(const User &user, const QString &clientId, const QString &grantScope,
                          const ResourceScope &resource, const ScopeSet &responseScopes, const QString &nonce,
                          bool withClientInfo);

    ServiceContext &m_context;
    SignInPolicy &m_policy;
    const TokenIssuer &m_issuer;
};

} // namespace CrossKey::Sandbox
