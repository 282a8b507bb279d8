// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armvaults.h"

#include "sandbox/armbody.h"
#include "sandbox/armcatalog.h"
#include "sandbox/armerrors.h"
#include "sandbox/armproviders.h"
#include "sandbox/armscope.h"
#include "sandbox/keyvaultlookup.h"
#include "sandbox/keyvaulturis.h"
#include "sandbox/servicecontext.h"
#include "sandbox/vaultproperties.h"

namespace CrossKey::Sandbox {

namespace {
const QString kNamespace = QStringLiteral("Microsoft.KeyVault");
const QString kRead = QStringLiteral("Microsoft.KeyVault/vaults/read");
const QString kWrite = QStringLiteral("Microsoft.KeyVault/vaults/write");
const QString kDelete = QStringLiteral("Microsoft.KeyVault/vaults/delete");
const QString kPolicies = QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies/write");
const QString kCheckName = QStringLiteral("Microsoft.KeyVault/checkNameAvailability/read");
const QString kDeletedRead = QStringLiteral("Microsoft.KeyVault/locations/deletedVaults/read");

QString vaultScope(const QString &subscriptionId, const QString &group, const QString &name)
{
    Vault vault;
    vault.subscriptionId = subscriptionId;
    vault.resourceGroup = group;
    vault.name = name;
    return vault.id();
}

Response invalidName(const QString &name)
{
    return ArmErrors::error(400, QStringLiteral("VaultNameNotValid"),
                            QStringLiteral("The vault name '%1' is invalid. A vault's name must be between 3-24 "
                                           "alphanumeric characters. The name must begin with a letter, end with a "
                                           "letter or digit, and not contain consecutive hyphens. Follow this link for "
                                           "more information: https://go.microsoft.com/fwlink/?linkid=2147742")
                                .arg(name));
}

Response methodNotAllowed(const QByteArray &method)
{
    return ArmErrors::error(
        405, QStringLiteral("MethodNotAllowed"),
        QStringLiteral("The requested resource does not support http method '%1'.").arg(QString::fromLatin1(method)));
}
} // namespace

QJsonObject ArmVaults::toJson(const Vault &vault) const
{
    return QJsonObject{
        {QStringLiteral("id"), vault.id()},
        {QStringLiteral("name"), vault.name},
        {QStringLiteral("type"), QLatin1String(type)},
        {QStringLiteral("location"), vault.location},
        {QStringLiteral("tags"), vault.tags},
        {QStringLiteral("systemData"),
         QJsonObject{{QStringLiteral("createdBy"), vault.createdBy},
                     {QStringLiteral("createdAt"), vault.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("lastModifiedAt"), vault.updatedAt.toUTC().toString(Qt::ISODateWithMs)}}},
        {QStringLiteral("properties"),
         VaultProperties::toJson(vault, KeyVaultUris::vaultUri(m_context.baseUrl, vault.name))}};
}

Vault *ArmVaults::editable(const QString &name)
{
    for (Vault &vault : m_context.world.editKeyVault().vaults) {
        if (!vault.isDeleted() && vault.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &vault;
        }
    }
    return nullptr;
}

Response ArmVaults::vault(const ArmCall &call)
{
    const QString group = call.arg(QStringLiteral("resourceGroupName"));
    const QString name = call.arg(QStringLiteral("vaultName"));
    const QByteArray method = call.request.method;
    if (method != "PUT" && method != "DELETE" && method != "GET" && method != "PATCH") {
        return methodNotAllowed(method);
    }
    const QString action = method == "GET" ? kRead : method == "DELETE" ? kDelete : kWrite;
    if (auto denied = m_rbac.require(call.caller, action, vaultScope(call.subscription->id, group, name))) {
        return *denied;
    }
    if (!ArmScope::findGroup(m_context.world, call.subscription->id, group)) {
        return ArmErrors::resourceGroupNotFound(group);
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    if (method == "PUT") {
        return put(call, group, name);
    }
    const Vault *found = KeyVaultLookup::vault(m_context.world, name);
    if (found && (found->subscriptionId.compare(call.subscription->id, Qt::CaseInsensitive) != 0 ||
                  found->resourceGroup.compare(group, Qt::CaseInsensitive) != 0)) {
        found = nullptr;
    }
    if (method == "DELETE") {
        return found ? remove(*found) : Response::empty(204);
    }
    if (!found) {
        return ArmErrors::resourceNotFound(QLatin1String(type), name, group);
    }
    return method == "GET" ? Response::json(toJson(*found)) : patch(call, *found);
}

std::optional<Response> ArmVaults::nameTaken(const ArmCall &call, const QString &name) const
{
    const Vault *any = KeyVaultLookup::vault(m_context.world, name, true);
    if (!any) {
        return std::nullopt;
    }
    if (any->isDeleted() && any->subscriptionId.compare(call.subscription->id, Qt::CaseInsensitive) == 0) {
        return ArmErrors::error(
            409, QStringLiteral("ConflictError"),
            QStringLiteral("A vault with the same name already exists in deleted state. You need "
                           "to either recover or purge existing key vault. Follow this link "
                           "https://go.microsoft.com/fwlink/?linkid=2149745 for more information on "
                           "soft delete."));
    }
    return ArmErrors::error(
        409, QStringLiteral("VaultAlreadyExists"),
        QStringLiteral("The vault name '%1' is already in use. Vault names are globally unique so it is possible that "
                       "the name is already taken. If you are sure that the vault name was not taken then it is "
                       "possible that a vault with the same name was recently deleted but not purged after being "
                       "placed in a recoverable state. If the vault is in a recoverable state then the vault will need "
                       "to be purged before reusing the name. For more information on VaultAlreadyExists, soft delete "
                       "and purging a vault follow this link https://go.microsoft.com/fwlink/?linkid=2147740.")
            .arg(name));
}

Response ArmVaults::put(const ArmCall &call, const QString &group, const QString &name)
{
    if (!VaultProperties::isValidName(name)) {
        return invalidName(name);
    }
    QJsonObject body;
    QString location;
    QJsonObject tags;
    QJsonObject properties;
    if (auto failure = ArmBody::parse(call.request.body, &body, false)) {
        return *failure;
    }
    if (auto failure = ArmBody::string(body, QStringLiteral("location"), QStringLiteral("location"), &location)) {
        return *failure;
    }
    if (auto failure = ArmBody::tags(body, &tags)) {
        return *failure;
    }
    if (auto failure = ArmBody::object(body, QStringLiteral("properties"), QStringLiteral("properties"), &properties)) {
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
    const QString scope = vaultScope(call.subscription->id, group, name);
    const Vault *found = KeyVaultLookup::vault(m_context.world, name, true);
    const bool mine = found && !found->isDeleted() && found->id().compare(scope, Qt::CaseInsensitive) == 0;
    if (found && !mine) {
        return *nameTaken(call, name);
    }
    Vault vault = mine ? *found : Vault{};
    if (mine && vault.location != normalized) {
        return ArmErrors::error(400, QStringLiteral("InvalidResourceLocation"),
                                QStringLiteral("The resource '%1' already exists in location '%2' in resource group "
                                               "'%3'. A resource with the same name cannot be created in location "
                                               "'%4'. Please select a new resource name.")
                                    .arg(name, vault.location, group, normalized));
    }
    if (!mine) {
        vault.subscriptionId = call.subscription->id;
        vault.resourceGroup = ArmScope::findGroup(m_context.world, call.subscription->id, group)->name;
        vault.name = name;
        vault.location = normalized;
        vault.createdBy =
            call.caller.userPrincipalName.isEmpty() ? call.caller.objectId : call.caller.userPrincipalName;
        vault.createdAt = m_context.now();
    }
    // A PUT replaces the whole definition; rules that compare with the old state still apply.
    if (mine) {
        properties.insert(QStringLiteral("accessPolicies"),
                          properties.value(QStringLiteral("accessPolicies")).toArray());
    }
    if (auto failure = VaultProperties::apply(properties, true, call.subscription->tenantId, &vault)) {
        return *failure;
    }
    if (mine && found->enableSoftDelete && !vault.enableSoftDelete) {
        return ArmErrors::error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("The property \"enableSoftDelete\" cannot be set to false. Enabling the "
                                               "soft delete for a vault is an irreversible action."));
    }
    if (mine && found->enablePurgeProtection) {
        vault.enablePurgeProtection = true;
    }
    vault.tags = tags;
    vault.updatedAt = m_context.now();
    if (mine) {
        *editable(name) = vault;
        return Response::json(toJson(vault));
    }
    m_context.world.editKeyVault().vaults.append(vault);
    return Response::json(toJson(vault), 201);
}

Response ArmVaults::patch(const ArmCall &call, const Vault &existing)
{
    QJsonObject body;
    QJsonObject properties;
    QJsonObject tags = existing.tags;
    if (auto failure = ArmBody::parse(call.request.body, &body)) {
        return *failure;
    }
    if (auto failure = ArmBody::object(body, QStringLiteral("properties"), QStringLiteral("properties"), &properties)) {
        return *failure;
    }
    if (body.contains(QStringLiteral("tags"))) {
        if (auto failure = ArmBody::tags(body, &tags)) {
            return *failure;
        }
    }
    Vault vault = existing;
    if (auto failure = VaultProperties::apply(properties, false, call.subscription->tenantId, &vault)) {
        return *failure;
    }
    vault.tags = tags;
    vault.updatedAt = m_context.now();
    *editable(existing.name) = vault;
    return Response::json(toJson(vault));
}

Response ArmVaults::remove(const Vault &existing)
{
    const QString name = existing.name;
    if (existing.enableSoftDelete) {
        editable(name)->deletedAt = m_context.now();
        return Response::empty(200);
    }
    KeyVaultState &state = m_context.world.editKeyVault();
    state.vaults.removeIf([&](const Vault &v) { return v.name.compare(name, Qt::CaseInsensitive) == 0; });
    state.keys.removeIf(
        [&](const KeyVersion &k) { return !k.managedHsm && k.vaultName.compare(name, Qt::CaseInsensitive) == 0; });
    return Response::empty(200);
}

Response ArmVaults::accessPolicies(const ArmCall &call)
{
    const QString group = call.arg(QStringLiteral("resourceGroupName"));
    const QString name = call.arg(QStringLiteral("vaultName"));
    const QString kind = call.arg(QStringLiteral("operationKind")).toLower();
    if (call.request.method != "PUT") {
        return methodNotAllowed(call.request.method);
    }
    if (auto denied = m_rbac.require(call.caller, kPolicies, vaultScope(call.subscription->id, group, name))) {
        return *denied;
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    const Vault *found = KeyVaultLookup::vault(m_context.world, name);
    if (!found || found->id().compare(vaultScope(call.subscription->id, group, name), Qt::CaseInsensitive) != 0) {
        return ArmErrors::resourceNotFound(QLatin1String(type), name, group);
    }
    if (kind != QLatin1String("add") && kind != QLatin1String("replace") && kind != QLatin1String("remove")) {
        return ArmErrors::error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("The operation kind '%1' is not valid; use add, replace or remove.")
                                    .arg(call.arg(QStringLiteral("operationKind"))));
    }
    QJsonObject body;
    QJsonObject properties;
    if (auto failure = ArmBody::parse(call.request.body, &body, false)) {
        return *failure;
    }
    if (auto failure = ArmBody::object(body, QStringLiteral("properties"), QStringLiteral("properties"), &properties)) {
        return *failure;
    }
    QList<AccessPolicy> changes;
    if (auto failure = VaultProperties::readPolicies(properties.value(QStringLiteral("accessPolicies")),
                                                     found->tenantId, &changes)) {
        return *failure;
    }
    QList<AccessPolicy> policies = found->accessPolicies;
    for (const AccessPolicy &change : changes) {
        auto existing = std::find_if(policies.begin(), policies.end(), [&](const AccessPolicy &p) {
            return p.objectId.compare(change.objectId, Qt::CaseInsensitive) == 0 &&
                   p.applicationId.compare(change.applicationId, Qt::CaseInsensitive) == 0;
        });
        if (kind == QLatin1String("replace")) {
            if (existing != policies.end()) {
                *existing = change;
            } else {
                policies.append(change);
            }
        } else if (kind == QLatin1String("add")) {
            if (existing == policies.end()) {
                policies.append(change);
                continue;
            }
            for (const auto &[from, to] :
                 {std::pair{&change.keys, &existing->keys}, std::pair{&change.secrets, &existing->secrets},
                  std::pair{&change.certificates, &existing->certificates}}) {
                for (const QString &permission : *from) {
                    if (!to->contains(permission, Qt::CaseInsensitive)) {
                        to->append(permission);
                    }
                }
            }
        } else if (existing != policies.end()) {
            for (const auto &[from, to] :
                 {std::pair{&change.keys, &existing->keys}, std::pair{&change.secrets, &existing->secrets},
                  std::pair{&change.certificates, &existing->certificates}}) {
                to->removeIf([&](const QString &p) { return from->contains(p, Qt::CaseInsensitive); });
            }
            if (existing->keys.isEmpty() && existing->secrets.isEmpty() && existing->certificates.isEmpty()) {
                policies.erase(existing);
            }
        }
    }
    if (policies.size() > 1024) {
        return ArmErrors::error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("A vault can have at most 1024 access policies."));
    }
    Vault *vault = editable(name);
    vault->accessPolicies = policies;
    vault->updatedAt = m_context.now();
    return Response::json(
        QJsonObject{{QStringLiteral("id"), QString(vault->id() + QStringLiteral("/accessPolicies/"))},
                    {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies")},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("accessPolicies"), VaultProperties::policiesToJson(policies)}}}});
}

Response ArmVaults::listByGroup(const ArmCall &call) const
{
    const QString group = call.arg(QStringLiteral("resourceGroupName"));
    if (auto denied = m_rbac.require(call.caller, kRead, ResourceGroup{call.subscription->id, group, {}, {}}.id())) {
        return *denied;
    }
    if (!ArmScope::findGroup(m_context.world, call.subscription->id, group)) {
        return ArmErrors::resourceGroupNotFound(group);
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    QJsonArray value;
    for (const Vault &vault : m_context.world.keyVault().vaults) {
        if (!vault.isDeleted() && vault.subscriptionId == call.subscription->id &&
            vault.resourceGroup.compare(group, Qt::CaseInsensitive) == 0) {
            value.append(toJson(vault));
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmVaults::listBySubscription(const ArmCall &call) const
{
    const bool all = m_rbac.allows(call.caller.objectId, kRead, call.subscriptionScope());
    if (!all && !m_rbac.hasAnyRole(call.caller.objectId, call.subscriptionScope())) {
        return ArmErrors::authorizationFailed(call.caller, kRead, call.subscriptionScope());
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    QJsonArray value;
    for (const Vault &vault : m_context.world.keyVault().vaults) {
        if (!vault.isDeleted() && vault.subscriptionId == call.subscription->id &&
            (all || m_rbac.allows(call.caller.objectId, kRead, vault.id()))) {
            value.append(toJson(vault));
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmVaults::checkNameAvailability(const ArmCall &call) const
{
    if (!m_rbac.hasAnyRole(call.caller.objectId, call.subscriptionScope())) {
        return ArmErrors::authorizationFailed(call.caller, kCheckName, call.subscriptionScope());
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    QJsonObject body;
    if (auto failure = ArmBody::parse(call.request.body, &body, false)) {
        return *failure;
    }
    const QString name = body.value(QStringLiteral("name")).toString();
    if (body.value(QStringLiteral("type")).toString().compare(QLatin1String(type), Qt::CaseInsensitive) != 0) {
        return ArmErrors::error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("The type must be 'Microsoft.KeyVault/vaults'."));
    }
    if (!VaultProperties::isValidName(name)) {
        return Response::json(QJsonObject{
            {QStringLiteral("nameAvailable"), false},
            {QStringLiteral("reason"), QStringLiteral("AccountNameInvalid")},
            {QStringLiteral("message"),
             QStringLiteral("Vault name must only contain alphanumeric characters and dashes and cannot start with a "
                            "number.")}});
    }
    if (KeyVaultLookup::vault(m_context.world, name, true)) {
        return Response::json(QJsonObject{
            {QStringLiteral("nameAvailable"), false},
            {QStringLiteral("reason"), QStringLiteral("AlreadyExists")},
            {QStringLiteral("message"), QStringLiteral("The vault name '%1' is already in use.").arg(name)}});
    }
    return Response::json(QJsonObject{{QStringLiteral("nameAvailable"), true}});
}

Response ArmVaults::deletedVault(const ArmCall &call) const
{
    const QString name = call.arg(QStringLiteral("vaultName"));
    if (auto denied = m_rbac.require(call.caller, kDeletedRead, call.subscriptionScope())) {
        return *denied;
    }
    const Vault *vault = KeyVaultLookup::vault(m_context.world, name, true);
    if (!vault || !vault->isDeleted() || vault->subscriptionId != call.subscription->id) {
        return ArmErrors::error(404, QStringLiteral("DeletedVaultNotFound"),
                                QStringLiteral("The specified deleted vault '%1' does not exist.").arg(name));
    }
    return Response::json(QJsonObject{
        {QStringLiteral("id"),
         QString(call.subscriptionScope() + QStringLiteral("/providers/Microsoft.KeyVault/locations/") +
                 vault->location + QStringLiteral("/deletedVaults/") + vault->name)},
        {QStringLiteral("name"), vault->name},
        {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/deletedVaults")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("vaultId"), vault->id()},
                     {QStringLiteral("location"), vault->location},
                     {QStringLiteral("deletionDate"), vault->deletedAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("scheduledPurgeDate"),
                      vault->deletedAt.addDays(vault->softDeleteRetentionInDays).toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("tags"), vault->tags},
                     {QStringLiteral("purgeProtectionEnabled"), vault->enablePurgeProtection}}}});
}

} // namespace CrossKey::Sandbox
