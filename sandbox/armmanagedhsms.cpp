// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armmanagedhsms.h"

#include "sandbox/armbody.h"
#include "sandbox/armcatalog.h"
#include "sandbox/armerrors.h"
#include "sandbox/armproviders.h"
#include "sandbox/armscope.h"
#include "sandbox/ids.h"
#include "sandbox/keyvaultlookup.h"
#include "sandbox/keyvaulturis.h"
#include "sandbox/servicecontext.h"
#include "sandbox/vaultproperties.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {
const QString kNamespace = QStringLiteral("Microsoft.KeyVault");
const QString kRead = QStringLiteral("Microsoft.KeyVault/managedHSMs/read");
const QString kWrite = QStringLiteral("Microsoft.KeyVault/managedHSMs/write");
} // namespace

QJsonObject ArmManagedHsms::toJson(const ManagedHsm &hsm) const
{
    return QJsonObject{
        {QStringLiteral("id"), hsm.id()},
        {QStringLiteral("name"), hsm.name},
        {QStringLiteral("type"), QLatin1String(type)},
        {QStringLiteral("location"), hsm.location},
        {QStringLiteral("tags"), hsm.tags},
        {QStringLiteral("sku"),
         QJsonObject{{QStringLiteral("family"), QStringLiteral("B")}, {QStringLiteral("name"), hsm.skuName}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("tenantId"), hsm.tenantId},
                     {QStringLiteral("initialAdminObjectIds"), QJsonArray::fromStringList(hsm.initialAdminObjectIds)},
                     {QStringLiteral("enableSoftDelete"), hsm.enableSoftDelete},
                     {QStringLiteral("softDeleteRetentionInDays"), hsm.softDeleteRetentionInDays},
                     {QStringLiteral("enablePurgeProtection"), hsm.enablePurgeProtection},
                     {QStringLiteral("hsmUri"), KeyVaultUris::hsmUri(m_context.baseUrl, hsm.name)},
                     {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                     {QStringLiteral("securityDomainProperties"),
                      QJsonObject{{QStringLiteral("activationStatus"), QStringLiteral("Active")}}},
                     {QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")}}}};
}

Response ArmManagedHsms::hsm(const ArmCall &call)
{
    const QString group = call.arg(QStringLiteral("resourceGroupName"));
    const QString name = call.arg(QStringLiteral("hsmName"));
    const QByteArray method = call.request.method;
    if (method != "PUT" && method != "GET") {
        return ArmErrors::error(405, QStringLiteral("MethodNotAllowed"),
                                QStringLiteral("The sandbox serves PUT and GET for Managed HSMs."));
    }
    ManagedHsm probe;
    probe.subscriptionId = call.subscription->id;
    probe.resourceGroup = group;
    probe.name = name;
    if (auto denied = m_rbac.require(call.caller, method == "PUT" ? kWrite : kRead, probe.id())) {
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
    const ManagedHsm *found = KeyVaultLookup::managedHsm(m_context.world, name);
    if (!found || found->id().compare(probe.id(), Qt::CaseInsensitive) != 0) {
        return ArmErrors::resourceNotFound(QLatin1String(type), name, group);
    }
    return Response::json(toJson(*found));
}

Response ArmManagedHsms::put(const ArmCall &call, const QString &group, const QString &name)
{
    if (!VaultProperties::isValidName(name)) {
        return ArmErrors::error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("The managed HSM name '%1' is invalid. It must be 3-24 letters, digits "
                                               "and hyphens, start with a letter and end with a letter or digit.")
                                    .arg(name));
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
    const QString normalized = ArmCatalog::normalizeLocation(location);
    if (location.isEmpty() || !call.subscription->locations.contains(normalized)) {
        return ArmErrors::error(400, QStringLiteral("LocationNotAvailableForResourceType"),
                                QStringLiteral("The provided location '%1' is not available for resource type '%2'.")
                                    .arg(location, QLatin1String(type)));
    }
    ManagedHsm hsm;
    hsm.subscriptionId = call.subscription->id;
    hsm.resourceGroup = ArmScope::findGroup(m_context.world, call.subscription->id, group)->name;
    hsm.name = name;
    hsm.location = normalized;
    hsm.tags = tags;
    hsm.tenantId = properties.value(QStringLiteral("tenantId")).toString();
    hsm.skuName = body.value(QStringLiteral("sku")).toObject().value(QStringLiteral("name")).toString(hsm.skuName);
    for (const QJsonValue &admin : properties.value(QStringLiteral("initialAdminObjectIds")).toArray()) {
        hsm.initialAdminObjectIds.append(admin.toString());
    }
    hsm.enablePurgeProtection = properties.value(QStringLiteral("enablePurgeProtection")).toBool(false);
    hsm.softDeleteRetentionInDays = properties.value(QStringLiteral("softDeleteRetentionInDays")).toInt(90);
    hsm.createdAt = m_context.now();
    if (hsm.tenantId.compare(call.subscription->tenantId, Qt::CaseInsensitive) != 0 ||
        hsm.initialAdminObjectIds.isEmpty() ||
        std::any_of(hsm.initialAdminObjectIds.cbegin(), hsm.initialAdminObjectIds.cend(),
                    [](const QString &id) { return !Ids::isGuid(id); })) {
        // [unverified] text
        return ArmErrors::error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("properties.tenantId must be the subscription's tenant and "
                                               "properties.initialAdminObjectIds a non-empty list of object ids."));
    }
    const ManagedHsm *found = KeyVaultLookup::managedHsm(m_context.world, name);
    if (found && found->id().compare(hsm.id(), Qt::CaseInsensitive) != 0) {
        return ArmErrors::error(409, QStringLiteral("ConflictError"),
                                QStringLiteral("The managed HSM name '%1' is already in use.").arg(name));
    }
    QList<ManagedHsm> &hsms = m_context.world.editKeyVault().managedHsms;
    if (found) {
        hsm.createdAt = found->createdAt;
        for (ManagedHsm &existing : hsms) {
            if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
                existing = hsm;
            }
        }
        return Response::json(toJson(hsm));
    }
    hsms.append(hsm);
    return Response::json(toJson(hsm), 201);
}

Response ArmManagedHsms::listByGroup(const ArmCall &call) const
{
    const QString group = call.arg(QStringLiteral("resourceGroupName"));
    if (auto denied = m_rbac.require(call.caller, kRead, ResourceGroup{call.subscription->id, group, {}, {}}.id())) {
        return *denied;
    }
    if (auto unregistered = ArmProviders::requireRegistered(m_context.world, call.subscription->id, kNamespace)) {
        return *unregistered;
    }
    QJsonArray value;
    for (const ManagedHsm &hsm : m_context.world.keyVault().managedHsms) {
        if (hsm.subscriptionId == call.subscription->id && hsm.resourceGroup.compare(group, Qt::CaseInsensitive) == 0) {
            value.append(toJson(hsm));
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

} // namespace CrossKey::Sandbox
