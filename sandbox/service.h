// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/request.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

// Which request-id headers a service puts on its answers (CONTRACTS.md §0).
enum class HeaderStyle
{
    Sandbox,          // x-ms-request-id only
    IdentityPlatform, // x-ms-request-id, x-ms-ests-server, client-request-id echo
    ResourceManager,  // x-ms-request-id, x-ms-correlation-request-id, x-ms-routing-request-id
    Graph,            // request-id, client-request-id echo, x-ms-ags-diagnostic
    KeyVault,         // x-ms-request-id, x-ms-client-request-id echo, x-ms-keyvault-*
};

// Service is one Azure surface (identity platform, Graph, Resource Manager, ...). The server asks
// each registered service in turn whether it handles a request; the first that does answers it,
// synchronously. A service validates everything before it changes the world.
class Service
{
public:
    virtual ~Service() = default;
    virtual QString name() const = 0;
    virtual HeaderStyle headerStyle() const = 0;
    virtual bool handles(const Request &request) const = 0;
    virtual Response handle(const Request &request) = 0;
};

} // namespace CrossKey::Sandbox
