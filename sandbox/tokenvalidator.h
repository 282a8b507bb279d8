// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/caller.h"
#include "sandbox/request.h"
#include "sandbox/resourcecatalog.h"
#include "sandbox/response.h"
#include "sandbox/worldtypes.h"

#include <QJsonObject>

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// TokenValidator checks the bearer token of a request for a resource: signature (the sandbox's
// key), expiry, audience and, when given, the tenant. On failure it returns the resource's own 401
// with WWW-Authenticate (Resource Manager, Graph or Key Vault style, CONTRACTS.md §0, §1.8).
class TokenValidator final
{
public:
    struct Outcome
    {
        std::optional<Caller> caller;
        Response failure; // the 401 to send when !caller
        bool ok() const { return caller.has_value(); }
    };

    explicit TokenValidator(const ServiceContext &context)
        : m_context(context)
    {}

    Outcome validate(const Request &request, ResourceKind resource, const QString &expectedTenantId = {}) const;

private:
    // A CAE event (World::caeChallenges) for this user and service that the token predates, if any.
    std::optional<CaeChallenge> pendingChallenge(const QJsonObject &claims, ResourceKind resource) const;
    Response challenge(const Request &request, ResourceKind resource, const CaeChallenge &event) const;
    Response reject(const Request &request, ResourceKind resource, const QString &code, const QString &message,
                    const QString &tenantId) const;

    const ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
