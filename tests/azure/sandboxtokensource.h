// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/tokensource.h"
#include "sandbox/knownids.h"
#include "sandbox/resourcecatalog.h"
#include "sandbox/server.h"
#include "sandbox/servicecontext.h"
#include "sandbox/tokenissuer.h"
#include "sandbox/world.h"

#include <QList>
#include <QTimer>

namespace CrossKey::Tests {

// A TokenSource that mints the sandbox's own tokens for one user, as a signed-in AccountSession would get
// them, and remembers what it was asked. `badTokens` first answers are a token the sandbox refuses.
class SandboxTokenSource final : public Azure::TokenSource
{
public:
    SandboxTokenSource(Sandbox::Server &sandbox, QString upn)
        : m_sandbox(sandbox)
        , m_upn(std::move(upn))
    {}

    int badTokens = 0;
    QList<Request> asked;

    void requestToken(const Request &request, QObject *context, Callback done) override
    {
        asked.append(request);
        Azure::AccessTokenResult result = mint(request);
        // Later, as a real token request would answer.
        QTimer::singleShot(0, context, [done, result] { done(result); });
    }

private:
    Azure::AccessTokenResult mint(const Request &request)
    {
        const Sandbox::User *user = m_sandbox.world().findUser(m_upn);
        if (user && !request.tenantId.isEmpty() && user->tenantId.compare(request.tenantId, Qt::CaseInsensitive) != 0) {
            // Signed in to that tenant too: the same person's account there (admin@contosoisv → admin@fabrikam).
            user = nullptr;
            for (const Sandbox::User &other : m_sandbox.world().usersOfTenant(request.tenantId.toLower())) {
                if (other.userPrincipalName.section(QLatin1Char('@'), 0, 0) == m_upn.section(QLatin1Char('@'), 0, 0)) {
                    user = m_sandbox.world().findUser(other.userPrincipalName);
                }
            }
        }
        // The sandbox's metadata names the sandbox itself as Microsoft Graph: `{origin}/.default` is Graph.
        const auto scopes = Sandbox::ResourceCatalog::parse(request.scope, m_sandbox.context().graphResource());
        if (!user || scopes.resources.isEmpty()) {
            return Azure::AzureError(Azure::AzureError::Kind::SignIn, QStringLiteral("no such user or scope"));
        }
        if (badTokens > 0) {
            --badTokens;
            return Azure::AccessToken{QStringLiteral("eyJub3QiOiJ2YWxpZCJ9.e30.c2ln"), request.scope, {}};
        }
        const QString token = m_sandbox.tokenIssuer().userAccessToken(*user, Sandbox::KnownIds::azureCliClientId,
                                                                      scopes.resources.first());
        return Azure::AccessToken{token, request.scope, {}};
    }

    Sandbox::Server &m_sandbox;
    QString m_upn;
};

} // namespace CrossKey::Tests
