// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/keyvaultinfo.h"

namespace CrossKey::Azure {

namespace {

AzureError badField(const QString &field)
{
    return AzureError(
        AzureError::Kind::InvalidResponse,
        KeyVaultInfo::tr("Resource Manager sent a key vault whose \"%1\" is of the wrong type.").arg(field));
}

// Absent or null leaves `out` as it is; another type than expected is an error.
bool readString(const QJsonObject &json, const QString &key, QString *out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isString()) {
        return false;
    }
    *out = value.toString();
    return true;
}

bool readBool(const QJsonObject &json, const QString &key, bool *out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isBool()) {
        return false;
    }
    *out = value.toBool();
    return true;
}

} // namespace

bool KeyVaultAccessPolicy::grantsKeys(const QStringList &permissions) const
{
    return missingKeys(permissions).isEmpty();
}

QStringList KeyVaultAccessPolicy::missingKeys(const QStringList &permissions) const
{
    QStringList missing;
    for (const QString &permission : permissions) {
        if (!keys.contains(permission, Qt::CaseInsensitive) &&
            !keys.contains(QStringLiteral("all"), Qt::CaseInsensitive)) {
            missing.append(permission);
        }
    }
    return missing;
}

QJsonObject KeyVaultAccessPolicy::toJson() const
{
    QJsonObject json{
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("objectId"), objectId},
        {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}}}};
    if (!applicationId.isEmpty()) {
        json.insert(QStringLiteral("applicationId"), applicationId);
    }
    return json;
}

Result<QList<KeyVaultAccessPolicy>> KeyVaultInfo::accessPoliciesFromJson(const QJsonValue &value)
{
    QList<KeyVaultAccessPolicy> policies;
    if (value.isUndefined() || value.isNull()) {
        return policies;
    }
    if (!value.isArray()) {
        return badField(QStringLiteral("accessPolicies"));
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject()) {
            return badField(QStringLiteral("accessPolicies"));
        }
        const QJsonObject entry = item.toObject();
        KeyVaultAccessPolicy policy;
        if (!readString(entry, QStringLiteral("tenantId"), &policy.tenantId) ||
            !readString(entry, QStringLiteral("objectId"), &policy.objectId) ||
            !readString(entry, QStringLiteral("applicationId"), &policy.applicationId)) {
            return badField(QStringLiteral("accessPolicies"));
        }
        const QJsonValue permissions = entry.value(QStringLiteral("permissions"));
        if (!permissions.isUndefined() && !permissions.isObject()) {
            return badField(QStringLiteral("accessPolicies.permissions"));
        }
        const QJsonValue keys = permissions.toObject().value(QStringLiteral("keys"));
        if (!keys.isUndefined() && !keys.isNull() && !keys.isArray()) {
            return badField(QStringLiteral("accessPolicies.permissions.keys"));
        }
        for (const QJsonValue &key : keys.toArray()) {
            if (!key.isString()) {
                return badField(QStringLiteral("accessPolicies.permissions.keys"));
            }
            policy.keys.append(key.toString());
        }
        policies.append(policy);
    }
    return policies;
}

Result<KeyVaultInfo> KeyVaultInfo::fromResource(const ArmResource &resource)
{
    KeyVaultInfo info;
    info.id = resource.id;
    info.name = resource.name;
    info.location = resource.location;
    info.provisioningState = resource.provisioningState;
    info.tenantId = resource.tenantId;
    const QJsonObject &p = resource.properties;
    if (!readString(p, QStringLiteral("vaultUri"), &info.vaultUri)) {
        return badField(QStringLiteral("vaultUri"));
    }
    if (!readBool(p, QStringLiteral("enableRbacAuthorization"), &info.enableRbacAuthorization)) {
        return badField(QStringLiteral("enableRbacAuthorization"));
    }
    if (!readBool(p, QStringLiteral("enableSoftDelete"), &info.enableSoftDelete)) {
        return badField(QStringLiteral("enableSoftDelete"));
    }
    if (!readBool(p, QStringLiteral("enablePurgeProtection"), &info.enablePurgeProtection)) {
        return badField(QStringLiteral("enablePurgeProtection"));
    }
    const QJsonValue retention = p.value(QStringLiteral("softDeleteRetentionInDays"));
    if (!retention.isUndefined() && !retention.isNull()) {
        if (!retention.isDouble()) {
            return badField(QStringLiteral("softDeleteRetentionInDays"));
        }
        info.softDeleteRetentionInDays = retention.toInt();
    }
    const QJsonValue acls = p.value(QStringLiteral("networkAcls"));
    if (!acls.isUndefined() && !acls.isNull()) {
        if (!acls.isObject() || !readString(acls.toObject(), QStringLiteral("bypass"), &info.networkBypass) ||
            !readString(acls.toObject(), QStringLiteral("defaultAction"), &info.networkDefaultAction)) {
            return badField(QStringLiteral("networkAcls"));
        }
    }
    auto policies = accessPoliciesFromJson(p.value(QStringLiteral("accessPolicies")));
    if (!policies) {
        return policies.error();
    }
    info.accessPolicies = policies.value();
    if (info.vaultUri.isEmpty()) {
        return AzureError(AzureError::Kind::InvalidResponse,
                          tr("Resource Manager sent a key vault without its \"vaultUri\"."));
    }
    return info;
}

Result<KeyVaultInfo> KeyVaultInfo::fromJson(const QJsonObject &json)
{
    auto resource = ArmResource::fromJson(json);
    if (!resource) {
        return resource.error();
    }
    return fromResource(resource.value());
}

const KeyVaultAccessPolicy *KeyVaultInfo::policyFor(const QString &objectId) const
{
    for (const KeyVaultAccessPolicy &policy : accessPolicies) {
        if (policy.objectId.compare(objectId, Qt::CaseInsensitive) == 0 && policy.applicationId.isEmpty() &&
            (policy.tenantId.isEmpty() || policy.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)) {
            return &policy;
        }
    }
    return nullptr;
}

bool KeyVaultInfo::allowsTrustedServices() const
{
    return networkDefaultAction.isEmpty() ||
           networkDefaultAction.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0 ||
           networkBypass.contains(QLatin1String("AzureServices"), Qt::CaseInsensitive);
}

QString KeyVaultInfo::permissionModel() const
{
    return enableRbacAuthorization ? QString(kRbac) : QString(kAccessPolicies);
}

} // namespace CrossKey::Azure
