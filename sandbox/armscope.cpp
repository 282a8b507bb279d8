// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armscope.h"

#include "sandbox/armerrors.h"
#include "sandbox/world.h"

namespace CrossKey::Sandbox {

namespace {
bool is(const QString &segment, const char *literal)
{
    return segment.compare(QLatin1String(literal), Qt::CaseInsensitive) == 0;
}
} // namespace

ParsedScope ArmScope::parse(const QString &scope)
{
    ParsedScope parsed;
    const QStringList segments = scope.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parsed.path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    if (segments.isEmpty()) {
        parsed.valid = parsed.root = true;
        parsed.path = QStringLiteral("/");
        return parsed;
    }
    if (segments.size() < 2 || !is(segments.at(0), "subscriptions")) {
        return parsed;
    }
    parsed.subscriptionId = segments.at(1);
    if (segments.size() == 2) {
        parsed.valid = true;
        return parsed;
    }
    if (segments.size() < 4 || !is(segments.at(2), "resourceGroups")) {
        return parsed;
    }
    parsed.resourceGroup = segments.at(3);
    if (segments.size() == 4) {
        parsed.valid = true;
        return parsed;
    }
    // providers/{ns}/{type}/{name}[/{type}/{name}...]
    if (segments.size() < 8 || !is(segments.at(4), "providers") || (segments.size() - 6) % 2 != 0) {
        return parsed;
    }
    parsed.providerNamespace = segments.at(5);
    QStringList types;
    for (qsizetype i = 6; i < segments.size(); i += 2) {
        types.append(segments.at(i));
        parsed.resourceName = segments.at(i + 1);
    }
    parsed.resourceType = types.join(QLatin1Char('/'));
    parsed.valid = true;
    return parsed;
}

const ResourceGroup *ArmScope::findGroup(const World &world, const QString &subscriptionId, const QString &name)
{
    for (const ResourceGroup &group : world.resourceGroups()) {
        if (group.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0 &&
            group.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &group;
        }
    }
    return nullptr;
}

const UserAssignedIdentity *ArmScope::findIdentity(const World &world, const QString &subscriptionId,
                                                   const QString &resourceGroup, const QString &name)
{
    for (const UserAssignedIdentity &identity : world.resourceManager().identities) {
        if (identity.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0 &&
            identity.resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) == 0 &&
            identity.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &identity;
        }
    }
    return nullptr;
}

std::optional<Response> ArmScope::checkExists(const World &world, const ParsedScope &scope)
{
    if (scope.root) {
        return std::nullopt;
    }
    if (!world.findSubscription(scope.subscriptionId)) {
        return ArmErrors::subscriptionNotFound(scope.subscriptionId);
    }
    if (scope.resourceGroup.isEmpty()) {
        return std::nullopt;
    }
    if (!findGroup(world, scope.subscriptionId, scope.resourceGroup)) {
        return ArmErrors::resourceGroupNotFound(scope.resourceGroup);
    }
    if (is(scope.providerNamespace, "Microsoft.ManagedIdentity") && is(scope.resourceType, "userAssignedIdentities") &&
        !findIdentity(world, scope.subscriptionId, scope.resourceGroup, scope.resourceName)) {
        return ArmErrors::resourceNotFound(QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"),
                                           scope.resourceName, scope.resourceGroup);
    }
    return std::nullopt;
}

} // namespace CrossKey::Sandbox
