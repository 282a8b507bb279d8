// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaultservice.h"

#include "sandbox/ids.h"
#include "sandbox/keyvaulterrors.h"
#include "sandbox/keyvaultlookup.h"
#include "sandbox/keyvaulturis.h"
#include "sandbox/servicecontext.h"
#include "sandbox/tokenvalidator.h"

#include <QJsonDocument>

namespace CrossKey::Sandbox {

namespace {

bool is(const QString &segment, const char *literal)
{
    return segment.compare(QLatin1String(literal), Qt::CaseInsensitive) == 0;
}

Response methodNotAllowed(const Request &request)
{
    // [unverified] Key Vault's answer to a wrong method
    return KeyVaultErrors::error(405, QStringLiteral("MethodNotAllowed"),
                                 QStringLiteral("The requested resource does not support http method '%1'.")
                                     .arg(QString::fromLatin1(request.method)));
}

} // namespace

KeyVaultService::KeyVaultService(ServiceContext &context, const TokenValidator &validator)
    : m_context(context)
    , m_validator(validator)
    , m_keys(context)
    , m_operations(context)
{}

QStringList KeyVaultService::apiVersions()
{
    return {QStringLiteral("7.0"), QStringLiteral("7.1"), QStringLiteral("7.2"),
            QStringLiteral("7.3"), QStringLiteral("7.4"), QStringLiteral("7.5")};
}

bool KeyVaultService::handles(const Request &request) const
{
    return request.segments.size() >= 2 &&
           (is(request.segments.first(), "vaults") || is(request.segments.first(), "managedhsms"));
}

std::optional<Response> KeyVaultService::authenticate(KeyVaultCall &call, const QString &tenantId) const
{
    const bool hsm = call.managedHsm();
    if (call.request.header("Authorization").isEmpty()) {
        return KeyVaultErrors::unauthorized(m_context, tenantId,
                                            QStringLiteral("AKV10000: Request is missing a Bearer or PoP token."), hsm);
    }
    const TokenValidator::Outcome outcome = m_validator.validate(call.request, ResourceKind::KeyVault);
    if (!outcome.ok()) {
        const QString message = QJsonDocument::fromJson(outcome.failure.body)
                                    .object()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        return KeyVaultErrors::unauthorized(m_context, tenantId, message, hsm);
    }
    call.caller = *outcome.caller;
    if (call.caller.tenantId.compare(tenantId, Qt::CaseInsensitive) != 0) {
        return KeyVaultErrors::invalidIssuer(m_context, tenantId, call.caller, hsm);
    }
    return std::nullopt;
}

Response KeyVaultService::handle(const Request &request)
{
    KeyVaultCall call{request, {}, std::nullopt, std::nullopt, {}};
    const QString containerName = request.segments.at(1);
    QString tenantId;
    if (is(request.segments.first(), "vaults")) {
        const Vault *vault = KeyVaultLookup::vault(m_context.world, containerName);
        if (vault) {
            call.vault = *vault;
            call.baseUri = KeyVaultUris::vaultUri(m_context.baseUrl, vault->name);
            tenantId = vault->tenantId;
        }
    } else if (const ManagedHsm *hsm = KeyVaultLookup::managedHsm(m_context.world, containerName)) {
        call.hsm = *hsm;
        call.baseUri = KeyVaultUris::hsmUri(m_context.baseUrl, hsm->name);
        tenantId = hsm->tenantId;
    }
    if (!call.vault && !call.hsm) {
        // Azure has no DNS name for an unknown vault; the sandbox answers 404 instead.
        return KeyVaultErrors::error(
            404, QStringLiteral("VaultNotFound"),
            QStringLiteral("The sandbox has no vault or Managed HSM named '%1'.").arg(containerName));
    }
    const QString version = request.queryValue(QStringLiteral("api-version"));
    if (version.isEmpty()) {
        // [unverified] text
        return KeyVaultErrors::badParameter(QStringLiteral("The api-version query parameter is missing."));
    }
    if (!apiVersions().contains(version)) {
        // [unverified] text
        return KeyVaultErrors::badParameter(
            QStringLiteral("The specified version (%1) is not recognized. Consider using the latest supported version "
                           "(%2).")
                .arg(version, apiVersions().constLast()));
    }
    if (auto failure = authenticate(call, tenantId)) {
        return *failure;
    }
    return route(call, request.segments.mid(2));
}

Response KeyVaultService::route(const KeyVaultCall &call, const QStringList &rest)
{
    const Request &request = call.request;
    const QByteArray method = request.method;
    const auto notFound = [&] {
        // [unverified] Key Vault's answer to an unknown path
        return KeyVaultErrors::error(404, QStringLiteral("NotFound"),
                                     QStringLiteral("The requested path '%1' was not found.").arg(request.path));
    };
    // Managed HSM local RBAC: {hsm}/[keys/{name}/]providers/Microsoft.Authorization/roleAssignments/{name}
    const qsizetype providers = rest.indexOf(QStringLiteral("providers"));
    if (call.managedHsm() && providers >= 0 && rest.size() == providers + 4 &&
        is(rest.at(providers + 1), "Microsoft.Authorization") && is(rest.at(providers + 2), "roleAssignments")) {
        return hsmRoleAssignment(call, QLatin1Char('/') + rest.mid(0, providers).join(QLatin1Char('/')),
                                 rest.at(providers + 3));
    }
    if (rest.isEmpty() || !is(rest.first(), "keys") || rest.size() > 4) {
        return notFound();
    }
    if (rest.size() == 1) {
        return method == "GET" ? m_keys.list(call) : methodNotAllowed(request);
    }
    const QString key = rest.at(1);
    if (rest.size() == 2) {
        if (method == "GET") {
            return m_keys.get(call, key, {});
        }
        if (method == "PATCH") {
            return m_keys.update(call, key, {});
        }
        return method == "DELETE" ? m_keys.remove(call, key) : methodNotAllowed(request);
    }
    const QString third = rest.at(2);
    if (rest.size() == 3) {
        if (is(third, "versions")) {
            return method == "GET" ? m_keys.versions(call, key) : methodNotAllowed(request);
        }
        if (method == "POST" && is(third, "create")) {
            return m_keys.create(call, key);
        }
        if (method == "POST" && is(third, "rotate")) {
            return m_keys.rotate(call, key);
        }
        if (method == "POST" && KeyVaultKeyOperations::isOperation(third)) {
            return m_operations.perform(call, key, {}, third);
        }
        if (method == "GET") {
            return m_keys.get(call, key, third);
        }
        return method == "PATCH" ? m_keys.update(call, key, third) : methodNotAllowed(request);
    }
    if (!KeyVaultKeyOperations::isOperation(rest.at(3))) {
        return notFound();
    }
    return method == "POST" ? m_operations.perform(call, key, third, rest.at(3)) : methodNotAllowed(request);
}

Response KeyVaultService::hsmRoleAssignment(const KeyVaultCall &call, const QString &scope, const QString &name)
{
    const QByteArray method = call.request.method;
    const KeyVaultAuthorizer authorizer(m_context.world, m_context.now(),
                                        m_context.options.roleAssignmentPropagationDelayMs);
    const QString hsmName = call.hsm->name;
    const auto toJson = [&](const HsmRoleAssignment &a) {
        return QJsonObject{
            {QStringLiteral("id"), QString(a.scope +
                                           QStringLiteral("/providers/Microsoft.Authorization/"
                                                          "roleAssignments/") +
                                           a.name)},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleAssignments")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("scope"), a.scope},
                                                       {QStringLiteral("roleDefinitionId"), a.roleDefinitionId},
                                                       {QStringLiteral("principalId"), a.principalId}}}};
    };
    if (method == "GET") {
        for (const HsmRoleAssignment &a : m_context.world.keyVault().hsmRoleAssignments) {
            if (a.hsmName.compare(hsmName, Qt::CaseInsensitive) == 0 &&
                a.name.compare(name, Qt::CaseInsensitive) == 0) {
                return Response::json(toJson(a));
            }
        }
        return KeyVaultErrors::error(
            404, QStringLiteral("RoleAssignmentNotFound"),
            QStringLiteral("Requested role assignment not found (Activity ID: %1).").arg(call.request.requestId));
    }
    if (method != "PUT") {
        return methodNotAllowed(call.request);
    }
    if (!authorizer.isHsmAdministrator(call.caller.objectId, *call.hsm)) {
        return KeyVaultErrors::forbiddenByRbac(
            call.caller, QStringLiteral("Microsoft.KeyVault/managedHsm/roleAssignments/write/action"), call.hsm->id(),
            hsmName, call.hsm->location);
    }
    const QJsonObject properties =
        QJsonDocument::fromJson(call.request.body).object().value(QStringLiteral("properties")).toObject();
    const QString roleDefinitionId = properties.value(QStringLiteral("roleDefinitionId")).toString();
    const QString principalId = properties.value(QStringLiteral("principalId")).toString();
    const bool scopeOk = scope == QLatin1String("/") || scope.startsWith(QLatin1String("/keys"), Qt::CaseInsensitive);
    if (!Ids::isGuid(name) || !Ids::isGuid(principalId) || roleDefinitionId.isEmpty() || !scopeOk) {
        return KeyVaultErrors::badParameter(
            QStringLiteral("A role assignment needs a GUID name, properties.roleDefinitionId and a GUID "
                           "properties.principalId, at scope '/' or '/keys[/{name}]'."));
    }
    const HsmRoleAssignment assignment{hsmName, name, scope, roleDefinitionId, principalId};
    QList<HsmRoleAssignment> &assignments = m_context.world.editKeyVault().hsmRoleAssignments;
    assignments.removeIf([&](const HsmRoleAssignment &a) {
        return a.hsmName.compare(hsmName, Qt::CaseInsensitive) == 0 && a.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    assignments.append(assignment);
    return Response::json(toJson(assignment), 201);
}

} // namespace CrossKey::Sandbox
