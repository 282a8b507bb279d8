// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armroleassignments.h"

#include "sandbox/armbody.h"
#include "sandbox/armerrors.h"
#include "sandbox/armroledefinitions.h"
#include "sandbox/ids.h"
#include "sandbox/servicecontext.h"

#include <QRegularExpression>

namespace CrossKey::Sandbox {

namespace {

const QString kRead = QStringLiteral("Microsoft.Authorization/roleAssignments/read");
const QString kWrite = QStringLiteral("Microsoft.Authorization/roleAssignments/write");
const QString kDelete = QStringLiteral("Microsoft.Authorization/roleAssignments/delete");
const QStringList kPrincipalTypes = {QStringLiteral("User"), QStringLiteral("Group"),
                                     QStringLiteral("ServicePrincipal"), QStringLiteral("ForeignGroup"),
                                     QStringLiteral("Device")};

bool sameScope(const QString &a, const QString &b)
{
    return ArmScope::parse(a).path.compare(ArmScope::parse(b).path, Qt::CaseInsensitive) == 0;
}

struct Filter
{
    bool valid = true;
    bool atScope = false;
    QString principalId;
};

Filter parseFilter(const QString &text)
{
    static const QRegularExpression principal(QStringLiteral("^principalId\\s+eq\\s+'([^']*)'$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression assignedTo(QStringLiteral("^assignedTo\\('([^']*)'\\)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    Filter filter;
    const QStringList clauses = text.trimmed().split(
        QRegularExpression(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption),
        Qt::SkipEmptyParts);
    for (const QString &clause : clauses) {
        const QString trimmed = clause.trimmed();
        if (trimmed.compare(QLatin1String("atScope()"), Qt::CaseInsensitive) == 0) {
            filter.atScope = true;
        } else if (const auto match = principal.match(trimmed); match.hasMatch()) {
            filter.principalId = match.captured(1);
        } else if (const auto assigned = assignedTo.match(trimmed); assigned.hasMatch()) {
            filter.principalId = assigned.captured(1);
        } else {
            filter.valid = false;
        }
    }
    return filter;
}

} // namespace

QJsonObject ArmRoleAssignments::toJson(const RoleAssignment &assignment) const
{
    const ParsedScope scope = ArmScope::parse(assignment.scope);
    const QString created = assignment.createdOn.toUTC().toString(Qt::ISODateWithMs);
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("roleDefinitionId"), ArmRoleDefinitions::definitionId(scope, assignment.roleDefinitionId)},
             {QStringLiteral("principalId"), assignment.principalId},
             {QStringLiteral("principalType"), assignment.principalType},
             {QStringLiteral("scope"), assignment.scope},
             {QStringLiteral("condition"), QJsonValue()},
             {QStringLiteral("conditionVersion"), QJsonValue()},
             {QStringLiteral("createdOn"), created},
             {QStringLiteral("updatedOn"), created},
             {QStringLiteral("createdBy"), QJsonValue()},
             {QStringLiteral("updatedBy"), QJsonValue()},
             {QStringLiteral("delegatedManagedIdentityResourceId"), QJsonValue()},
             {QStringLiteral("description"), QJsonValue()}}},
        {QStringLiteral("id"), assignment.id()},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleAssignments")},
        {QStringLiteral("name"), assignment.name},
    };
}

std::optional<QString> ArmRoleAssignments::principalType(const QString &principalId, const QString &tenantId) const
{
    const World &world = m_context.world;
    const QDateTime knownBefore = m_context.now().addMSecs(-m_context.options.principalReplicationDelayMs);
    if (const User *user = world.findUserInTenant(tenantId, principalId)) {
        Q_UNUSED(user)
        return QStringLiteral("User");
    }
    for (const ServicePrincipal &principal : world.servicePrincipals()) {
        if (principal.id.compare(principalId, Qt::CaseInsensitive) == 0 && principal.tenantId == tenantId &&
            principal.createdDateTime <= knownBefore) {
            return QStringLiteral("ServicePrincipal");
        }
    }
    for (const UserAssignedIdentity &identity : world.resourceManager().identities) {
        if (identity.principalId.compare(principalId, Qt::CaseInsensitive) == 0 && identity.tenantId == tenantId &&
            identity.createdAt <= knownBefore) {
            return QStringLiteral("ServicePrincipal");
        }
    }
    return std::nullopt;
}

Response ArmRoleAssignments::assignment(const ArmCall &call, const ParsedScope &scope, const QString &name)
{
    const QByteArray method = call.request.method;
    if (method == "PUT") {
        return put(call, scope, name);
    }
    if (method != "GET" && method != "DELETE") {
        return ArmErrors::error(405, QStringLiteral("MethodNotAllowed"),
                                QStringLiteral("The requested resource does not support http method '%1'.")
                                    .arg(QString::fromLatin1(method)));
    }
    if (auto denied = m_rbac.require(call.caller, method == "GET" ? kRead : kDelete, scope.path)) {
        return *denied;
    }
    if (auto missing = ArmScope::checkExists(m_context.world, scope)) {
        return *missing;
    }
    const auto matches = [&](const RoleAssignment &assignment) {
        return assignment.name.compare(name, Qt::CaseInsensitive) == 0 && sameScope(assignment.scope, scope.path);
    };
    const QList<RoleAssignment> &all = m_context.world.roleAssignments();
    const auto found = std::find_if(all.cbegin(), all.cend(), matches);
    if (method == "GET") {
        if (found == all.cend()) {
            return ArmErrors::error(404, QStringLiteral("RoleAssignmentNotFound"),
                                    QStringLiteral("The role assignment '%1' is not found.").arg(name));
        }
        return Response::json(toJson(*found));
    }
    if (found == all.cend()) {
        return Response::empty(204);
    }
    const QJsonObject body = toJson(*found);
    m_context.world.editRoleAssignments().removeIf(matches);
    return Response::json(body);
}

Response ArmRoleAssignments::put(const ArmCall &call, const ParsedScope &scope, const QString &name)
{
    if (auto denied = m_rbac.require(call.caller, kWrite, scope.path)) {
        return *denied;
    }
    if (!Ids::isGuid(name)) {
        return ArmErrors::error(400, QStringLiteral("InvalidRoleAssignmentId"),
                                QStringLiteral("The role assignment ID '%1' is not valid. The role assignment ID must "
                                               "be a GUID.")
                                    .arg(name));
    }
    QJsonObject body;
    QJsonObject properties;
    QString roleDefinitionId;
    QString principalId;
    QString requestedType;
    if (auto failure = ArmBody::parse(call.request.body, &body, false)) {
        return *failure;
    }
    if (auto failure = ArmBody::object(body, QStringLiteral("properties"), QStringLiteral("properties"), &properties)) {
        return *failure;
    }
    if (auto failure = ArmBody::string(properties, QStringLiteral("roleDefinitionId"),
                                       QStringLiteral("properties.roleDefinitionId"), &roleDefinitionId)) {
        return *failure;
    }
    if (auto failure = ArmBody::string(properties, QStringLiteral("principalId"),
                                       QStringLiteral("properties.principalId"), &principalId)) {
        return *failure;
    }
    if (auto failure = ArmBody::string(properties, QStringLiteral("principalType"),
                                       QStringLiteral("properties.principalType"), &requestedType)) {
        return *failure;
    }
    static const QRegularExpression definitionPattern(
        QStringLiteral("^(/subscriptions/[^/]+)?/providers/Microsoft\\.Authorization/roleDefinitions/([^/]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto definition = definitionPattern.match(roleDefinitionId);
    if (!definition.hasMatch()) {
        return ArmErrors::error(
            400, QStringLiteral("LinkedInvalidPropertyId"),
            QStringLiteral("Property id '%1' at path 'properties.roleDefinitionId' is invalid. "
                           "Expect fully qualified resource Id that start with "
                           "'/subscriptions/{subscriptionId}' or '/providers/{resourceProviderNamespace}/'.")
                .arg(roleDefinitionId));
    }
    const BuiltInRole *role = BuiltInRoles::find(definition.captured(2));
    if (!role) {
        return ArmErrors::error(
            400, QStringLiteral("RoleDefinitionDoesNotExist"),
            QStringLiteral("The specified role definition with ID '%1' does not exist.").arg(definition.captured(2)));
    }
    if (!Ids::isGuid(principalId)) {
        return ArmErrors::error(400, QStringLiteral("InvalidPrincipalId"),
                                QStringLiteral("A valid principal ID must be provided for role assignment."));
    }
    if (!requestedType.isEmpty() && !kPrincipalTypes.contains(requestedType)) {
        return ArmErrors::invalidRequestContent(
            QStringLiteral("Error converting value \"%1\" to type 'PrincipalType'. Path 'properties.principalType'")
                .arg(requestedType));
    }
    if (auto missing = ArmScope::checkExists(m_context.world, scope)) {
        return *missing;
    }
    const QString tenantId =
        scope.root ? call.caller.tenantId : m_context.world.findSubscription(scope.subscriptionId)->tenantId;
    for (const RoleAssignment &existing : m_context.world.roleAssignments()) {
        const bool sameContent = existing.roleDefinitionId.compare(role->id, Qt::CaseInsensitive) == 0 &&
                                 existing.principalId.compare(principalId, Qt::CaseInsensitive) == 0 &&
                                 sameScope(existing.scope, scope.path);
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (sameContent) {
                return Response::json(toJson(existing), 200);
            }
            return ArmErrors::error(409, QStringLiteral("RoleAssignmentUpdateNotPermitted"),
                                    QStringLiteral("Tenant ID, application ID, principal ID, and scope are not "
                                                   "allowed to be updated."));
        }
        if (sameContent) {
            return ArmErrors::error(409, QStringLiteral("RoleAssignmentExists"),
                                    QStringLiteral("The role assignment already exists."));
        }
    }
    const std::optional<QString> actualType = principalType(principalId, tenantId);
    if (!actualType) {
        return ArmErrors::error(
            400, QStringLiteral("PrincipalNotFound"),
            QStringLiteral("Principal %1 does not exist in the directory %2. Check that you have the correct principal "
                           "ID. If you are creating this principal and then immediately assigning a role, this error "
                           "might be related to a replication delay. In this case, set the role assignment "
                           "principalType property to a value, such as ServicePrincipal, User, or Group.  See "
                           "https://aka.ms/docs-principaltype")
                .arg(QString(principalId).remove(QLatin1Char('-')), tenantId));
    }
    if (!requestedType.isEmpty() && requestedType != *actualType) {
        return ArmErrors::error(400, QStringLiteral("UnmatchedPrincipalType"),
                                QStringLiteral("The PrincipalId '%1' has type '%2' , which is different from specified "
                                               "PrincipalType '%3'.")
                                    .arg(QString(principalId).remove(QLatin1Char('-')), *actualType, requestedType));
    }
    const RoleAssignment assignment{name.toLower(), scope.path, role->id,       principalId.toLower(),
                                    *actualType,    tenantId,   m_context.now()};
    m_context.world.editRoleAssignments().append(assignment);
    return Response::json(toJson(assignment), 201);
}

Response ArmRoleAssignments::list(const ArmCall &call, const ParsedScope &scope) const
{
    if (auto denied = m_rbac.require(call.caller, kRead, scope.path)) {
        return *denied;
    }
    if (auto missing = ArmScope::checkExists(m_context.world, scope)) {
        return *missing;
    }
    const QString filterText = call.request.queryValue(QStringLiteral("$filter"));
    const Filter filter = parseFilter(filterText);
    if (!filter.valid) {
        return ArmErrors::error(400, QStringLiteral("UnsupportedQuery"),
                                QStringLiteral("The filter '%1' is not supported. Supported filters are 'atScope()', "
                                               "\"principalId eq '{value}'\" and \"assignedTo('{value}')\".")
                                    .arg(filterText));
    }
    QJsonArray value;
    for (const RoleAssignment &assignment : m_context.world.roleAssignments()) {
        const bool above = Rbac::scopeCovers(assignment.scope, scope.path);
        const bool below = Rbac::scopeCovers(scope.path, assignment.scope);
        if (!above && (filter.atScope || !below)) {
            continue;
        }
        if (!filter.principalId.isEmpty() &&
            assignment.principalId.compare(filter.principalId, Qt::CaseInsensitive) != 0) {
            continue;
        }
        value.append(toJson(assignment));
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

} // namespace CrossKey::Sandbox
