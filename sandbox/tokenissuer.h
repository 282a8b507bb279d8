// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/resourcecatalog.h"
#include "sandbox/worldtypes.h"

#include <QJsonObject>

namespace CrossKey::Sandbox {

struct ServiceContext;

// TokenIssuer mints the JWT-shaped tokens (access, id) and the token endpoint's JSON answer.
// Claims follow Entra's v2.0 tokens: iss, aud, tid, oid, sub, upn, preferred_username, scp or
// roles, wids, azp/appid, iat, nbf, exp.
class TokenIssuer final
{
public:
    explicit TokenIssuer(const ServiceContext &context)
        : m_context(context)
    {}

    QString userAccessToken(const User &user, const QString &clientId, const ResourceScope &resource) const;
    QString appAccessToken(const ServicePrincipal &principal, const ResourceScope &resource) const;
    QString idToken(const User &user, const QString &clientId, const QString &nonce) const;
    // base64url({"uid":oid,"utid":tid}), what MSAL asks for with client_info=1.
    static QString clientInfo(const User &user);

    // The token endpoint's success body for a user. `refreshToken` empty: none is returned.
    QJsonObject userTokenResponse(const User &user, const QString &clientId, const ScopeSet &scopes,
                                  const ResourceScope &resource, const QString &refreshToken, const QString &nonce,
                                  bool withClientInfo) const;
    QJsonObject appTokenResponse(const ServicePrincipal &principal, const ResourceScope &resource) const;

private:
    QJsonObject baseClaims(const QString &tenantId, const QString &audience) const;

    const ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
