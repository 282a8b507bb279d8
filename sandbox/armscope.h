// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armstate.h"
#include "sandbox/response.h"
#include "sandbox/worldtypes.h"

#include <optional>

namespace CrossKey::Sandbox {

class World;

// A scope as RBAC sees it: "/" (root), a subscription, a resource group or a resource under it.
struct ParsedScope
{
    bool valid = false;
    bool root = false;
    QString subscriptionId;
    QString resourceGroup;
    QString providerNamespace; // of the resource, e.g. Microsoft.KeyVault
    QString resourceType;      // e.g. vaults or vaults/keys
    QString resourceName;      // the last name, e.g. the key's
    QString path;              // the scope as given, without a trailing '/'
};

// ArmScope parses scopes and finds what they name in the world.
class ArmScope final
{
public:
    static ParsedScope parse(const QString &scope);
    static const ResourceGroup *findGroup(const World &world, const QString &subscriptionId, const QString &name);
    static const UserAssignedIdentity *findIdentity(const World &world, const QString &subscriptionId,
                                                    const QString &resourceGroup, const QString &name);
    // SubscriptionNotFound, ResourceGroupNotFound or ResourceNotFound (identities) when the scope
    // names something that does not exist. Other resource types are taken on trust.
    static std::optional<Response> checkExists(const World &world, const ParsedScope &scope);
};

} // namespace CrossKey::Sandbox
