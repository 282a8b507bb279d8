// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armresourcegroups.h"

#include "sandbox/armbody.h"
#include "sandbox/armcatalog.h"
#include "sandbox/armerrors.h"
#include "sandbox/armscope.h"
#include "sandbox/servicecontext.h"

namespace CrossKey::Sandbox {

namespace {
const QString kRead = QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read");
const QString kWrite = QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/write");
const QString kDelete = QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/delete");
} // namespace

std::optional<Response> ArmResourceGroups::validateName(const QString &name)
{
    QString invalid;
    for (const QChar c : name) {
        const bool ok = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                        c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('_');
        if (!ok && !invalid.contains(c)) {
            invalid.append(c);
        }
    }
    if (!invalid.isEmpty()) {
        return ArmErrors::error(400, QStringLiteral("InvalidResourceGroup"),
                                QStringLiteral("The provided resource group name '%1' has these invalid characters: "
                                               "'%2'. The name can only be a letter, digit, '-', '.', '(', ')' or '_'.")
                                    .arg(name, invalid));
    }
    if (name.isEmpty() || name.size() > 90 || name.endsWith(QLatin1Char('.'))) {
        return ArmErrors::error(400, QStringLiteral("InvalidResourceGroup"),
                                QStringLiteral("Resource group name '%1' is invalid. It must be 1 to 90 characters "
                                               "long and cannot end with a period.")
                                    .arg(name));
    }
    return std::nullopt;
}

QJsonObject ArmResourceGroups::toJson(const ResourceGroup &group) const
{
    const bool deleting = m_lro.running(group.subscriptionId, QLatin1String(deleteKind), group.name) != nullptr;
    return QJsonObject{{QStringLiteral("id"), group.id()},
                       {QStringLiteral("name"), group.name},
                       {QStringLiteral("type"), QStringLiteral("Microsoft.Resources/resourceGroups")},
                       {QStringLiteral("location"), group.location},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("provisioningState"),
                                     deleting ? QStringLiteral("Deleting") : QStringLiteral("Succeeded")}}}};
}

Response ArmResourceGroups::list(const ArmCall &call) const
{
    const bool all = m_rbac.allows(call.caller.objectId, kRead, call.subscriptionScope());
    QJsonArray value;
    bool any = all;
    for (const ResourceGroup &group : m_context.world.resourceGroups()) {
        if (group.subscriptionId == call.subscription->id &&
            (all || m_rbac.allows(call.caller.objectId, kRead, group.id()))) {
            value.append(toJson(group));
            any = true;
        }
    }
    if (!any) {
        return ArmErrors::authorizationFailed(call.caller, kRead, call.subscriptionScope());
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmResourceGroups::resourceGroup(const ArmCall &call)
{
    const QString name = call.arg(QStringLiteral("resourceGroupName"));
    if (auto invalid = validateName(name)) {
        return *invalid;
    }
    const QString scope = ResourceGroup{call.subscription->id, name, {}, {}}.id();
    const QByteArray method = call.request.method;
    if (method == "PUT") {
        return put(call, name);
    }
    if (method == "DELETE") {
        return remove(call, name);
    }
    if (method != "GET" && method != "HEAD") {
        return ArmErrors::error(405, QStringLiteral("MethodNotAllowed"),
                                QStringLiteral("The requested resource does not support http method '%1'.")
                                    .arg(QString::fromLatin1(method)));
    }
    if (auto denied = m_rbac.require(call.caller, kRead, scope)) {
        return *denied;
    }
    const ResourceGroup *group = ArmScope::findGroup(m_context.world, call.subscription->id, name);
    if (method == "HEAD") {
        return Response::empty(group ? 204 : 404);
    }
    return group ? Response::json(toJson(*group)) : ArmErrors::resourceGroupNotFound(name);
}

Response ArmResourceGroups::put(const ArmCall &call, const QString &name)
{
    const QString scope = ResourceGroup{call.subscription->id, name, {}, {}}.id();
    if (auto denied = m_rbac.require(call.caller, kWrite, scope)) {
        return *denied;
    }
    QJsonObject body;
    QString location;
    QJsonObject tags;
    if (auto failure = ArmBody::parse(call.request.body, &body)) {
        return *failure;
    }
    if (auto failure = ArmBody::string(body, QStringLiteral("location"), QStringLiteral("location"), &location)) {
        return *failure;
    }
    if (auto failure = ArmBody::tags(body, &tags)) {
        return *failure;
    }
    if (location.isEmpty()) {
        return ArmErrors::error(400, QStringLiteral("LocationRequired"),
                                QStringLiteral("The location property is required for this definition."));
    }
    const QString normalized = ArmCatalog::normalizeLocation(location);
    if (!call.subscription->locations.contains(normalized)) {
        return ArmErrors::error(400, QStringLiteral("LocationNotAvailableForResourceGroup"),
                                QStringLiteral("The provided location '%1' is not available for resource group. List "
                                               "of available regions is '%2'.")
                                    .arg(location, call.subscription->locations.join(QLatin1Char(','))));
    }
    if (const ResourceGroup *existing = ArmScope::findGroup(m_context.world, call.subscription->id, name)) {
        if (m_lro.running(existing->subscriptionId, QLatin1String(deleteKind), existing->name)) {
            return ArmErrors::error(409, QStringLiteral("ResourceGroupBeingDeleted"),
                                    QStringLiteral("The resource group '%1' is in deprovisioning state and cannot "
                                                   "perform this operation.")
                                        .arg(existing->name));
        }
        if (existing->location != normalized) {
            return ArmErrors::error(409, QStringLiteral("InvalidResourceGroupLocation"),
                                    QStringLiteral("The provided resource group location '%1' is not the same as the "
                                                   "existing resource group location '%2'.")
                                        .arg(normalized, existing->location));
        }
        return Response::json(toJson(*existing));
    }
    const ResourceGroup group{call.subscription->id, name, normalized, m_context.now()};
    m_context.world.editResourceGroups().append(group);
    return Response::json(toJson(group), 201);
}

Response ArmResourceGroups::remove(const ArmCall &call, const QString &name)
{
    const QString scope = ResourceGroup{call.subscription->id, name, {}, {}}.id();
    if (auto denied = m_rbac.require(call.caller, kDelete, scope)) {
        return *denied;
    }
    const ResourceGroup *group = ArmScope::findGroup(m_context.world, call.subscription->id, name);
    if (!group) {
        return ArmErrors::resourceGroupNotFound(name);
    }
    if (const ArmOperation *running = m_lro.running(group->subscriptionId, QLatin1String(deleteKind), group->name)) {
        return m_lro.accepted(*running, call.apiVersion);
    }
    return m_lro.accepted(m_lro.start(group->subscriptionId, QLatin1String(deleteKind), group->name), call.apiVersion);
}

void ArmResourceGroups::settle()
{
    const QList<ArmOperation> operations = m_context.world.resourceManager().operations;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const ArmOperation &operation = operations.at(i);
        if (operation.applied || operation.kind != QLatin1String(deleteKind) || !m_lro.isDue(operation)) {
            continue;
        }
        const QString scope = ResourceGroup{operation.subscriptionId, operation.target, {}, {}}.id();
        m_context.world.editResourceGroups().removeIf([&](const ResourceGroup &group) {
            return group.subscriptionId == operation.subscriptionId &&
                   group.name.compare(operation.target, Qt::CaseInsensitive) == 0;
        });
        m_context.world.editRoleAssignments().removeIf(
            [&](const RoleAssignment &assignment) { return Rbac::scopeCovers(scope, assignment.scope); });
        ArmState &state = m_context.world.editResourceManager();
        state.identities.removeIf([&](const UserAssignedIdentity &identity) {
            return identity.subscriptionId == operation.subscriptionId &&
                   identity.resourceGroup.compare(operation.target, Qt::CaseInsensitive) == 0;
        });
        state.operations[i].applied = true;
    }
}

} // namespace CrossKey::Sandbox
