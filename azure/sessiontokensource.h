// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/tokensource.h"

#include <QCoreApplication>
#include <QPointer>

namespace CrossKey::Azure {

class AccountRegistry;
class AccountSession;

// SessionTokenSource gives RestPipeline the tokens of signed-in accounts: the default session's, or, when a Key
// Vault challenge names another tenant (CONTRACTS.md §1.8), the registry's session for that tenant of the same
// cloud. No session for the tenant is a SignIn error that names it. Claims and forceRefresh go to the session,
// which then skips its cache; its token errors (e.g. a revoked sign-in, §1.6) reach the caller unchanged.
class SessionTokenSource final : public TokenSource
{
    Q_DECLARE_TR_FUNCTIONS(SessionTokenSource)

public:
    SessionTokenSource(AccountSession *session, AccountRegistry *registry = nullptr);

    void requestToken(const Request &request, QObject *context, Callback done) override;

private:
    AccountSession *sessionFor(const QString &tenantId) const;

    QPointer<AccountSession> m_session;
    AccountRegistry *m_registry;
};

} // namespace CrossKey::Azure
