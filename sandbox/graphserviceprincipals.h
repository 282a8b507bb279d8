// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/response.h"
#include "sandbox/worldtypes.h"

#include <QJsonObject>

namespace CrossKey::Sandbox {

class GraphCall;
class World;

// GraphServicePrincipals serves /v1.0/servicePrincipals (CONTRACTS.md §2.6, §1.7): the caller's
// tenant's service principals (including those admin consent installed), get by id or appId, list
// with $filter, and create from an appId, in the app's home tenant or, for a multitenant app, in
// another tenant by an administrator.
class GraphServicePrincipals final
{
public:
    static QJsonObject toJson(const ServicePrincipal &principal, const World &world);

    static Response list(const GraphCall &call);
    static Response create(const GraphCall &call);
    static Response get(const GraphCall &call, const ServicePrincipal &principal);
    // A service principal of the caller's tenant by object id or appId; null when absent.
    static const ServicePrincipal *find(const GraphCall &call, const QString &id, bool byAppId);
};

} // namespace CrossKey::Sandbox
