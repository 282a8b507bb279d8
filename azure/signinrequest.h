// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clientids.h"
#include "azure/cloud.h"

#include <QString>

namespace CrossKey::Azure {

// SignInRequest is what a browser or device-code sign-in asks for: which cloud and tenant, as which public
// client, and the ONE resource scope of the first access token (CONTRACTS.md §1.2–§1.5); the OpenID scopes
// and offline_access are added by the sign-in, so a refresh token and an id token come back.
struct SignInRequest
{
    Cloud cloud;
    QString tenant = QStringLiteral("organizations");    // a tenant id or domain once known (§1.2)
    QString clientId = ClientIds::defaultPublicClient(); // overridable (docs/azure.md)
    QString scope;     // e.g. cloud.armScope(); empty: the cloud's Resource Manager scope
    QString loginHint; // UPN to prefill (§1.2)
    QString prompt;    // "", "select_account", "login", "consent" (§1.2)

    QString resourceScope() const { return scope.isEmpty() ? cloud.armScope() : scope; }
};

} // namespace CrossKey::Azure
