// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armidentities.h"

#include "sandbox/armbody.h"
#include "sandbox/armcatalog.h"
#include "sandbox/armerrors.h"
#include "sandbox/armproviders.h"
#include "sandbox/armscope.h"
#include "sandbox/ids.h"
#include "sandbox/servicecontext.h"

#include <QRegularExpression>

namespace CrossKey::Sandbox {

namespace {
const QString kNamespace = QStringLiteral("Microsoft.ManagedIdentity");
const QString kRead = QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/read");
const QString kWrite = QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/write");
const QString kDelete = QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/delete");

QString scopeOf(const QString &subscriptionId, const QString &group, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/"
                          "userAssignedIdentities/%3")
        .arg(subscriptionId, group, name);
}
} // namespace

std::optional<Response> ArmIdentities::validateName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$"));
    if (pattern.match(name).hasMatch()) {
        return std::nullopt;
    }
    return ArmErrors::error(400, QStringLiteral("InvalidResourceName"),
                            QStringLiteral("Resource name '%1' is invalid. The name can contain only letters, numbers, "
                                           "hyphens and underscores, must start with a letter or number, and must be "
                                           "3 to 128 characters long.")
                                .arg(name));
}

QJsonObject ArmIdentities::toJson(const UserAssignedIdentity &identity) const
{
    return QJsonObject{{QStringLiteral("id"), identity.id()},
                       {QStringLiteral("name"), identity.name},
                       {QStringLiteral("type"), QLatin1String(type)},
                       {QStringLiteral("location"), identity.location},
                       {QStringLiteral("tags"), identity.tags},
                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("tenantId"), identity.tenantId},
                                                                  {QStringLiteral("principalId"), identity.principalId},
                                                                  {QStringLiteral("clientId"), identity.clientId}}}};
}

Response ArmIdentities::identity(const ArmCall &call)
{
    const QString group = call.arg(QStringLiteral("resourceGroupName"));
    const QString name = call.arg(QStringLiteral("identityName"));
    const QString scope = scopeOf(call.subscription->id, group, name);
    const QByteArray method = call.request.method;
    const QString action = method == "PUT" ? kWrite : method == "DELETE" ? kDelete : kRead;
    if (method != "PUT" && method != "DELETE" && method != "GET") {
        return ArmErrors::error(405, QStringLiteral("MethodNotAllowed"),
                                QStringLiteral("The requested resource does not support http method '%1'.")
                                    .arg(QString::fromLatin1(method)));
    }
    if (auto denied = m_rbac.require(call.caller, action, scope)) {
        return *denied;
    }
    if (!ArmScope::findGroup(m_context.world, call.subscription->id, group)) {
        return ArmErrors::resourceGroupNotFound(group);
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    if (method == "PUT") {
        return put(call, group, name, scope);
    }
    const UserAssignedIdentity *found = ArmScope::findIdentity(m_context.world, call.subscription->id, group, name);
    if (method == "GET") {
        return found ? Response::json(toJson(*found)) : ArmErrors::resourceNotFound(QLatin1String(type), name, group);
    }
    if (!found) {
        return Response::empty(204);
    }
    const QString id = found->id();
    m_context.world.editResourceManager().identities.removeIf(
        [&](const UserAssignedIdentity &identity) { return identity.id().compare(id, Qt::CaseInsensitive) == 0; });
    return Response::empty(200);
}

Response ArmIdentities::put(const ArmCall &call, const QString &group, const QString &name, const QString &scope)
{
    if (auto invalid = validateName(name)) {
        return *invalid;
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
        return ArmErrors::error(
            400, QStringLiteral("LocationNotAvailableForResourceType"),
            QStringLiteral("The provided location '%1' is not available for resource type '%2'. "
                           "List of available regions for the resource type is '%3'.")
                .arg(location, QLatin1String(type), call.subscription->locations.join(QLatin1Char(','))));
    }
    const UserAssignedIdentity *found = ArmScope::findIdentity(m_context.world, call.subscription->id, group, name);
    if (found) {
        if (found->location != normalized) {
            return ArmErrors::error(400, QStringLiteral("InvalidResourceLocation"),
                                    QStringLiteral("The resource '%1' already exists in location '%2' in resource "
                                                   "group '%3'. A resource with the same name cannot be created in "
                                                   "location '%4'. Please select a new resource name.")
                                        .arg(name, found->location, group, normalized));
        }
        const QString id = found->id();
        for (UserAssignedIdentity &identity : m_context.world.editResourceManager().identities) {
            if (identity.id().compare(id, Qt::CaseInsensitive) == 0) {
                identity.tags = tags;
                return Response::json(toJson(identity));
            }
        }
    }
    const ResourceGroup *resourceGroup = ArmScope::findGroup(m_context.world, call.subscription->id, group);
    const UserAssignedIdentity identity{
        call.subscription->id,       resourceGroup->name, name,          normalized,     tags,
        call.subscription->tenantId, Ids::random(),       Ids::random(), m_context.now()};
    m_context.world.editResourceManager().identities.append(identity);
    Response response = Response::json(toJson(identity), 201);
    response.setHeader("Location", identity.id().toUtf8());
    Q_UNUSED(scope)
    return response;
}

Response ArmIdentities::listByGroup(const ArmCall &call) const
{
    const QString group = call.arg(QStringLiteral("resourceGroupName"));
    const QString groupScope = ResourceGroup{call.subscription->id, group, {}, {}}.id();
    if (auto denied = m_rbac.require(call.caller, kRead, groupScope)) {
        return *denied;
    }
    if (!ArmScope::findGroup(m_context.world, call.subscription->id, group)) {
        return ArmErrors::resourceGroupNotFound(group);
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    QJsonArray value;
    for (const UserAssignedIdentity &identity : m_context.world.resourceManager().identities) {
        if (identity.subscriptionId == call.subscription->id &&
            identity.resourceGroup.compare(group, Qt::CaseInsensitive) == 0) {
            value.append(toJson(identity));
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmIdentities::listBySubscription(const ArmCall &call) const
{
    const bool all = m_rbac.allows(call.caller.objectId, kRead, call.subscriptionScope());
    if (!all && !m_rbac.hasAnyRole(call.caller.objectId, call.subscriptionScope())) {
        return ArmErrors::authorizationFailed(call.caller, kRead, call.subscriptionScope());
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    QJsonArray value;
    for (const UserAssignedIdentity &identity : m_context.world.resourceManager().identities) {
        if (identity.subscriptionId == call.subscription->id &&
            (all || m_rbac.allows(call.caller.objectId, kRead, identity.id()))) {
            value.append(toJson(identity));
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

} // namespace CrossKey::Sandbox
