// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/aaderror.h"
#include "sandbox/authority.h"

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// SignInPolicy holds the identity platform's rules shared by authorize, device code, token and
// admin consent: which user --auto-approve picks, whether a client may be used in a tenant, and
// consent bookkeeping.
class SignInPolicy final
{
public:
    explicit SignInPolicy(ServiceContext &context)
        : m_context(context)
    {}

    // The --auto-approve user for this authority: the login_hint when it is listed, else the first
    // listed user (UPN, or local part in the authority's tenant) the authority admits. Null: none.
    const User *autoApprovedUser(const Authority &authority, const QString &loginHint = {}) const;
    // The users a sign-in page offers.
    QList<User> candidates(const Authority &authority) const;

    // Client id checks up to "the app exists": missing, malformed or unknown client.
    std::optional<AadError> checkClientId(const QString &clientId, const Authority &authority) const;
    // Whether the client may be used in `tenantId`: first-party, installed there, or multitenant.
    std::optional<AadError> checkClientInTenant(const Application &client, const QString &tenantId) const;
    bool needsConsent(const Application &client, const User &user) const;
    // Records a user's consent; installs the client (service principal) in the user's tenant.
    void recordUserConsent(const Application &client, const User &user, const QString &scope);
    // Records tenant-wide consent; installs the client in the tenant.
    void recordAdminConsent(const Application &client, const QString &tenantId, const QString &scope);

private:
    void install(const Application &client, const QString &tenantId);

    ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
