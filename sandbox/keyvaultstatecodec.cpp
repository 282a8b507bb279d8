// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaultstatecodec.h"

#include "sandbox/codecfields.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {

using namespace CodecFields;

QJsonObject policyToJson(const AccessPolicy &p)
{
    return QJsonObject{{QStringLiteral("tenantId"), p.tenantId},
                       {QStringLiteral("objectId"), p.objectId},
                       {QStringLiteral("applicationId"), p.applicationId},
                       {QStringLiteral("keys"), QJsonArray::fromStringList(p.keys)},
                       {QStringLiteral("secrets"), QJsonArray::fromStringList(p.secrets)},
                       {QStringLiteral("certificates"), QJsonArray::fromStringList(p.certificates)}};
}

AccessPolicy policyFromJson(const QJsonObject &o)
{
    return AccessPolicy{s(o, "tenantId"),
                        s(o, "objectId"),
                        s(o, "applicationId"),
                        strings(o.value(QStringLiteral("keys"))),
                        strings(o.value(QStringLiteral("secrets"))),
                        strings(o.value(QStringLiteral("certificates")))};
}

QJsonObject vaultToJson(const Vault &v)
{
    return QJsonObject{{QStringLiteral("subscriptionId"), v.subscriptionId},
                       {QStringLiteral("resourceGroup"), v.resourceGroup},
                       {QStringLiteral("name"), v.name},
                       {QStringLiteral("location"), v.location},
                       {QStringLiteral("tags"), v.tags},
                       {QStringLiteral("tenantId"), v.tenantId},
                       {QStringLiteral("sku"), v.skuName},
                       {QStringLiteral("enableSoftDelete"), v.enableSoftDelete},
                       {QStringLiteral("softDeleteRetentionInDays"), v.softDeleteRetentionInDays},
                       {QStringLiteral("enablePurgeProtection"), v.enablePurgeProtection},
                       {QStringLiteral("enableRbacAuthorization"), v.enableRbacAuthorization},
                       {QStringLiteral("enabledForDeployment"), v.enabledForDeployment},
                       {QStringLiteral("enabledForDiskEncryption"), v.enabledForDiskEncryption},
                       {QStringLiteral("enabledForTemplateDeployment"), v.enabledForTemplateDeployment},
                       {QStringLiteral("accessPolicies"), array(v.accessPolicies, policyToJson)},
                       {QStringLiteral("networkDefaultAction"), v.networkDefaultAction},
                       {QStringLiteral("networkBypass"), v.networkBypass},
                       {QStringLiteral("ipRules"), QJsonArray::fromStringList(v.ipRules)},
                       {QStringLiteral("publicNetworkAccess"), v.publicNetworkAccess},
                       {QStringLiteral("createdBy"), v.createdBy},
                       {QStringLiteral("createdAt"), time(v.createdAt)},
                       {QStringLiteral("updatedAt"), time(v.updatedAt)},
                       {QStringLiteral("deletedAt"), time(v.deletedAt)}};
}

Vault vaultFromJson(const QJsonObject &o)
{
    Vault v;
    v.subscriptionId = s(o, "subscriptionId");
    v.resourceGroup = s(o, "resourceGroup");
    v.name = s(o, "name");
    v.location = s(o, "location");
    v.tags = o.value(QStringLiteral("tags")).toObject();
    v.tenantId = s(o, "tenantId");
    v.skuName = s(o, "sku");
    v.enableSoftDelete = b(o, "enableSoftDelete", true);
    v.softDeleteRetentionInDays = o.value(QStringLiteral("softDeleteRetentionInDays")).toInt(90);
    v.enablePurgeProtection = b(o, "enablePurgeProtection");
    v.enableRbacAuthorization = b(o, "enableRbacAuthorization");
    v.enabledForDeployment = b(o, "enabledForDeployment");
    v.enabledForDiskEncryption = b(o, "enabledForDiskEncryption");
    v.enabledForTemplateDeployment = b(o, "enabledForTemplateDeployment");
    v.accessPolicies = list<AccessPolicy>(o.value(QStringLiteral("accessPolicies")), policyFromJson);
    v.networkDefaultAction = s(o, "networkDefaultAction");
    v.networkBypass = s(o, "networkBypass");
    v.ipRules = strings(o.value(QStringLiteral("ipRules")));
    v.publicNetworkAccess = s(o, "publicNetworkAccess");
    v.createdBy = s(o, "createdBy");
    v.createdAt = time(o.value(QStringLiteral("createdAt")));
    v.updatedAt = time(o.value(QStringLiteral("updatedAt")));
    v.deletedAt = time(o.value(QStringLiteral("deletedAt")));
    return v;
}

QJsonObject hsmToJson(const ManagedHsm &h)
{
    return QJsonObject{{QStringLiteral("subscriptionId"), h.subscriptionId},
                       {QStringLiteral("resourceGroup"), h.resourceGroup},
                       {QStringLiteral("name"), h.name},
                       {QStringLiteral("location"), h.location},
                       {QStringLiteral("tags"), h.tags},
                       {QStringLiteral("tenantId"), h.tenantId},
                       {QStringLiteral("sku"), h.skuName},
                       {QStringLiteral("initialAdminObjectIds"), QJsonArray::fromStringList(h.initialAdminObjectIds)},
                       {QStringLiteral("enableSoftDelete"), h.enableSoftDelete},
                       {QStringLiteral("softDeleteRetentionInDays"), h.softDeleteRetentionInDays},
                       {QStringLiteral("enablePurgeProtection"), h.enablePurgeProtection},
                       {QStringLiteral("createdAt"), time(h.createdAt)}};
}

ManagedHsm hsmFromJson(const QJsonObject &o)
{
    ManagedHsm h;
    h.subscriptionId = s(o, "subscriptionId");
    h.resourceGroup = s(o, "resourceGroup");
    h.name = s(o, "name");
    h.location = s(o, "location");
    h.tags = o.value(QStringLiteral("tags")).toObject();
    h.tenantId = s(o, "tenantId");
    h.skuName = s(o, "sku");
    h.initialAdminObjectIds = strings(o.value(QStringLiteral("initialAdminObjectIds")));
    h.enableSoftDelete = b(o, "enableSoftDelete", true);
    h.softDeleteRetentionInDays = o.value(QStringLiteral("softDeleteRetentionInDays")).toInt(90);
    h.enablePurgeProtection = b(o, "enablePurgeProtection");
    h.createdAt = time(o.value(QStringLiteral("createdAt")));
    return h;
}

} // namespace

QJsonObject KeyVaultStateCodec::toJson(const KeyVaultState &state, bool withSecrets)
{
    return QJsonObject{
        {QStringLiteral("vaults"), array(state.vaults, vaultToJson)},
        {QStringLiteral("managedHsms"), array(state.managedHsms, hsmToJson)},
        {QStringLiteral("hsmRoleAssignments"), array(state.hsmRoleAssignments,
                                                     [](const HsmRoleAssignment &r) {
                                                         return QJsonObject{
                                                             {QStringLiteral("hsmName"), r.hsmName},
                                                             {QStringLiteral("name"), r.name},
                                                             {QStringLiteral("scope"), r.scope},
                                                             {QStringLiteral("roleDefinitionId"), r.roleDefinitionId},
                                                             {QStringLiteral("principalId"), r.principalId}};
                                                     })},
        {QStringLiteral("keys"),
         array(state.keys,
               [withSecrets](const KeyVersion &k) {
                   QJsonObject o{{QStringLiteral("vaultName"), k.vaultName},
                                 {QStringLiteral("managedHsm"), k.managedHsm},
                                 {QStringLiteral("keyName"), k.keyName},
                                 {QStringLiteral("version"), k.version},
                                 {QStringLiteral("kty"), k.kty},
                                 {QStringLiteral("keySize"), k.keySize},
                                 {QStringLiteral("keyOps"), QJsonArray::fromStringList(k.keyOps)},
                                 {QStringLiteral("enabled"), k.enabled},
                                 {QStringLiteral("notBefore"), time(k.notBefore)},
                                 {QStringLiteral("expires"), time(k.expires)},
                                 {QStringLiteral("created"), time(k.created)},
                                 {QStringLiteral("updated"), time(k.updated)},
                                 {QStringLiteral("tags"), k.tags},
                                 {QStringLiteral("deletedAt"), time(k.deletedAt)}};
                   if (withSecrets) {
                       o.insert(QStringLiteral("material"), QString::fromLatin1(k.material.toBase64()));
                   }
                   return o;
               })},
    };
}

KeyVaultState KeyVaultStateCodec::fromJson(const QJsonObject &json)
{
    KeyVaultState state;
    state.vaults = list<Vault>(json.value(QStringLiteral("vaults")), vaultFromJson);
    state.managedHsms = list<ManagedHsm>(json.value(QStringLiteral("managedHsms")), hsmFromJson);
    state.hsmRoleAssignments =
        list<HsmRoleAssignment>(json.value(QStringLiteral("hsmRoleAssignments")), [](const QJsonObject &o) {
            return HsmRoleAssignment{s(o, "hsmName"), s(o, "name"), s(o, "scope"), s(o, "roleDefinitionId"),
                                     s(o, "principalId")};
        });
    state.keys = list<KeyVersion>(json.value(QStringLiteral("keys")), [](const QJsonObject &o) {
        KeyVersion k;
        k.vaultName = s(o, "vaultName");
        k.managedHsm = b(o, "managedHsm");
        k.keyName = s(o, "keyName");
        k.version = s(o, "version");
        k.kty = s(o, "kty");
        k.keySize = o.value(QStringLiteral("keySize")).toInt(2048);
        k.keyOps = strings(o.value(QStringLiteral("keyOps")));
        k.enabled = b(o, "enabled", true);
        k.notBefore = time(o.value(QStringLiteral("notBefore")));
        k.expires = time(o.value(QStringLiteral("expires")));
        k.created = time(o.value(QStringLiteral("created")));
        k.updated = time(o.value(QStringLiteral("updated")));
        k.tags = o.value(QStringLiteral("tags")).toObject();
        k.material = QByteArray::fromBase64(s(o, "material").toLatin1());
        k.deletedAt = time(o.value(QStringLiteral("deletedAt")));
        return k;
    });
    return state;
}

} // namespace CrossKey::Sandbox
