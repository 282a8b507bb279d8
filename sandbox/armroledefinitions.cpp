// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armroledefinitions.h"

#include "sandbox/armerrors.h"
#include "sandbox/servicecontext.h"

#include <QRegularExpression>

namespace CrossKey::Sandbox {

QString ArmRoleDefinitions::definitionId(const ParsedScope &scope, const QString &guid)
{
    const QString prefix =
        scope.subscriptionId.isEmpty() ? QString() : QStringLiteral("/subscriptions/") + scope.subscriptionId;
    return prefix + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + guid;
}

QJsonObject ArmRoleDefinitions::toJson(const BuiltInRole &role, const ParsedScope &scope)
{
    const QJsonObject permissions{{QStringLiteral("actions"), QJsonArray::fromStringList(role.actions)},
                                  {QStringLiteral("notActions"), QJsonArray::fromStringList(role.notActions)},
                                  {QStringLiteral("dataActions"), QJsonArray::fromStringList(role.dataActions)},
                                  {QStringLiteral("notDataActions"), QJsonArray::fromStringList(role.notDataActions)}};
    return QJsonObject{
        {QStringLiteral("id"), definitionId(scope, role.id)},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleDefinitions")},
        {QStringLiteral("name"), role.id},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("roleName"), role.roleName},
                     {QStringLiteral("type"), QStringLiteral("BuiltInRole")},
                     {QStringLiteral("description"), role.description},
                     {QStringLiteral("assignableScopes"), QJsonArray{QStringLiteral("/")}},
                     {QStringLiteral("permissions"), QJsonArray{permissions}},
                     {QStringLiteral("createdOn"), QStringLiteral("2015-02-02T21:55:09.8806423Z")},
                     {QStringLiteral("updatedOn"), QStringLiteral("2024-01-01T00:00:00.0000000Z")},
                     {QStringLiteral("createdBy"), QJsonValue()},
                     {QStringLiteral("updatedBy"), QJsonValue()}}},
    };
}

std::optional<Response> ArmRoleDefinitions::check(const ArmCall &call, const ParsedScope &scope) const
{
    if (auto missing = ArmScope::checkExists(m_context.world, scope)) {
        return missing;
    }
    if (scope.root) {
        return std::nullopt;
    }
    return m_rbac.require(call.caller, QStringLiteral("Microsoft.Authorization/roleDefinitions/read"), scope.path);
}

Response ArmRoleDefinitions::get(const ArmCall &call, const ParsedScope &scope, const QString &id) const
{
    if (auto failure = check(call, scope)) {
        return *failure;
    }
    const BuiltInRole *role = BuiltInRoles::find(id);
    if (!role) {
        return ArmErrors::error(404, QStringLiteral("RoleDefinitionDoesNotExist"),
                                QStringLiteral("The specified role definition with ID '%1' does not exist.").arg(id));
    }
    return Response::json(toJson(*role, scope));
}

Response ArmRoleDefinitions::list(const ArmCall &call, const ParsedScope &scope) const
{
    if (auto failure = check(call, scope)) {
        return *failure;
    }
    static const QRegularExpression roleName(QStringLiteral("^roleName\\s+eq\\s+'(.*)'$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression typeFilter(QStringLiteral("^type\\s+eq\\s+'(.*)'$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QString filter = call.request.queryValue(QStringLiteral("$filter")).trimmed();
    QString wantedName;
    QString wantedType;
    if (const auto match = roleName.match(filter); match.hasMatch()) {
        wantedName = match.captured(1);
    } else if (const auto typeMatch = typeFilter.match(filter); typeMatch.hasMatch()) {
        wantedType = typeMatch.captured(1);
    } else if (!filter.isEmpty()) {
        return ArmErrors::error(400, QStringLiteral("UnsupportedQuery"),
                                QStringLiteral("The filter '%1' is not supported. Supported filters are "
                                               "\"roleName eq '{value}'\" and \"type eq 'BuiltInRole|CustomRole'\".")
                                    .arg(filter));
    }
    QJsonArray value;
    for (const BuiltInRole &role : BuiltInRoles::all()) {
        const bool nameOk = wantedName.isEmpty() || role.roleName.compare(wantedName, Qt::CaseInsensitive) == 0;
        const bool typeOk =
            wantedType.isEmpty() || wantedType.compare(QLatin1String("BuiltInRole"), Qt::CaseInsensitive) == 0;
        if (nameOk && typeOk) {
            value.append(toJson(role, scope));
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

} // namespace CrossKey::Sandbox
