// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/aaderror.h"
#include "sandbox/armstate.h"
#include "sandbox/worldtypes.h"

#include <QJsonObject>

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// CrossTenantExchange is what Storage does to reach a key in another tenant (CONTRACTS.md §5): the
// user-assigned identity gets a token for the FIC audience from its own tenant's issuer, and that
// token is the client_assertion of a client_credentials request at the key's tenant for the
// multitenant app (federatedIdentityClientId). It answers the AADSTS error the exchange meets, or
// the object id of the app's service principal in that tenant.
class CrossTenantExchange final
{
public:
    struct Outcome
    {
        std::optional<AadError> error;
        QString servicePrincipalId;
    };

    explicit CrossTenantExchange(const ServiceContext &context)
        : m_context(context)
    {}

    // The public cloud's FIC audience (CONTRACTS.md §1.1).
    static QString audience() { return QStringLiteral("api://AzureADTokenExchange"); }
    // iss, sub, oid, aud and tid of the identity's token for audience().
    QJsonObject identityClaims(const UserAssignedIdentity &identity) const;
    // Exact, case-sensitive match against the app's federated credentials: 7000226 when it has
    // none, else 700211 (issuer), 700213 (subject) or 700212 (audience) for the first field no
    // credential matches (CONTRACTS.md §1.6). Usable as ServiceContext::assertionCheck.
    static std::optional<AadError> matchCredential(const QJsonObject &claims, const Application &app);
    Outcome exchange(const UserAssignedIdentity &identity, const QString &clientId, const QString &tenantId) const;

private:
    const ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
