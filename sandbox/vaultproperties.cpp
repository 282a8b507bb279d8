// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/vaultproperties.h"

#include "sandbox/armerrors.h"

#include <QRegularExpression>

namespace CrossKey::Sandbox {

namespace {

Response badRequest(const QString &message)
{
    return ArmErrors::error(400, QStringLiteral("BadRequest"), message);
}

std::optional<Response> readBool(const QJsonObject &o, const char *key, bool *out)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isBool()) {
        return ArmErrors::invalidRequestContent(
            QStringLiteral("Could not convert value to boolean. Path 'properties.%1'").arg(QLatin1String(key)));
    }
    *out = value.toBool();
    return std::nullopt;
}

QStringList stringList(const QJsonValue &value, bool *ok)
{
    QStringList out;
    *ok = value.isUndefined() || value.isNull() || value.isArray();
    for (const QJsonValue &item : value.toArray()) {
        *ok = *ok && item.isString();
        out.append(item.toString());
    }
    return out;
}

} // namespace

bool VaultProperties::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$"));
    return pattern.match(name).hasMatch() && !name.contains(QLatin1String("--"));
}

std::optional<Response> VaultProperties::readPolicies(const QJsonValue &value, const QString &vaultTenantId,
                                                      QList<AccessPolicy> *out)
{
    if (!value.isArray()) {
        return ArmErrors::invalidRequestContent(QStringLiteral("accessPolicies must be an array. Path "
                                                               "'properties.accessPolicies'"));
    }
    QList<AccessPolicy> policies;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        AccessPolicy policy;
        policy.tenantId = o.value(QStringLiteral("tenantId")).toString();
        policy.objectId = o.value(QStringLiteral("objectId")).toString();
        policy.applicationId = o.value(QStringLiteral("applicationId")).toString();
        const QJsonObject permissions = o.value(QStringLiteral("permissions")).toObject();
        bool keysOk = true;
        bool secretsOk = true;
        bool certificatesOk = true;
        policy.keys = stringList(permissions.value(QStringLiteral("keys")), &keysOk);
        policy.secrets = stringList(permissions.value(QStringLiteral("secrets")), &secretsOk);
        policy.certificates = stringList(permissions.value(QStringLiteral("certificates")), &certificatesOk);
        if (!item.isObject() || policy.objectId.isEmpty() || policy.tenantId.isEmpty() || !keysOk || !secretsOk ||
            !certificatesOk) {
            // [unverified] text
            return badRequest(QStringLiteral("An access policy needs tenantId, objectId and permissions with arrays "
                                             "of permission names."));
        }
        if (policy.tenantId.compare(vaultTenantId, Qt::CaseInsensitive) != 0) {
            // [unverified] text; the rule is §3.7's
            return badRequest(QStringLiteral("The tenant id '%1' of an access policy must be the vault's tenant id "
                                             "'%2'.")
                                  .arg(policy.tenantId, vaultTenantId));
        }
        policies.append(policy);
    }
    *out = policies;
    return std::nullopt;
}

std::optional<Response> VaultProperties::apply(const QJsonObject &properties, bool create,
                                               const QString &subscriptionTenantId, Vault *vault)
{
    Vault next = *vault;
    if (create && (!properties.contains(QStringLiteral("tenantId")) || !properties.contains(QStringLiteral("sku")))) {
        // [unverified] text
        return badRequest(QStringLiteral("The properties 'tenantId' and 'sku' are required to create a vault."));
    }
    if (properties.contains(QStringLiteral("tenantId"))) {
        next.tenantId = properties.value(QStringLiteral("tenantId")).toString();
        if (next.tenantId.compare(subscriptionTenantId, Qt::CaseInsensitive) != 0) {
            // [unverified] text
            return badRequest(QStringLiteral("The tenant id '%1' is not the tenant id '%2' of the subscription.")
                                  .arg(next.tenantId, subscriptionTenantId));
        }
    }
    if (properties.contains(QStringLiteral("sku"))) {
        const QJsonObject sku = properties.value(QStringLiteral("sku")).toObject();
        const QString family = sku.value(QStringLiteral("family")).toString();
        const QString name = sku.value(QStringLiteral("name")).toString();
        if (family != QLatin1String("A") || (name.compare(QLatin1String("standard"), Qt::CaseInsensitive) != 0 &&
                                             name.compare(QLatin1String("premium"), Qt::CaseInsensitive) != 0)) {
            // [unverified] text
            return badRequest(QStringLiteral("The sku must be {\"family\":\"A\",\"name\":\"standard|premium\"}."));
        }
        next.skuName = name.toLower();
    }
    bool softDelete = next.enableSoftDelete;
    bool purgeProtection = next.enablePurgeProtection;
    for (const auto &[key, target] :
         {std::pair{"enableSoftDelete", &softDelete}, std::pair{"enablePurgeProtection", &purgeProtection},
          std::pair{"enableRbacAuthorization", &next.enableRbacAuthorization},
          std::pair{"enabledForDeployment", &next.enabledForDeployment},
          std::pair{"enabledForDiskEncryption", &next.enabledForDiskEncryption},
          std::pair{"enabledForTemplateDeployment", &next.enabledForTemplateDeployment}}) {
        if (auto failure = readBool(properties, key, target)) {
            return failure;
        }
    }
    if (vault->enableSoftDelete && !softDelete && !create) {
        return badRequest(QStringLiteral("The property \"enableSoftDelete\" cannot be set to false. Enabling the soft "
                                         "delete for a vault is an irreversible action."));
    }
    if (properties.value(QStringLiteral("enablePurgeProtection")) == QJsonValue(false)) {
        // §3.7: must not be sent as false, also not on create.
        return badRequest(QStringLiteral("The property \"enablePurgeProtection\" cannot be set to false. Enabling the "
                                         "purge protection for a vault is an irreversible action."));
    }
    if (purgeProtection && !softDelete) {
        // [unverified] text
        return badRequest(QStringLiteral("The property \"enablePurgeProtection\" requires \"enableSoftDelete\" to be "
                                         "true."));
    }
    next.enableSoftDelete = softDelete;
    next.enablePurgeProtection = purgeProtection;
    const QJsonValue retention = properties.value(QStringLiteral("softDeleteRetentionInDays"));
    if (!retention.isUndefined() && !retention.isNull()) {
        const int days = retention.toInt(-1);
        if (!retention.isDouble() || days < 7 || days > 90) {
            // [unverified] text
            return badRequest(QStringLiteral("The property \"softDeleteRetentionInDays\" must be between 7 and 90."));
        }
        if (!create && days != vault->softDeleteRetentionInDays) {
            // [unverified] text
            return badRequest(QStringLiteral("The property \"softDeleteRetentionInDays\" cannot be changed once the "
                                             "vault is created."));
        }
        next.softDeleteRetentionInDays = days;
    }
    if (properties.contains(QStringLiteral("accessPolicies"))) {
        if (auto failure =
                readPolicies(properties.value(QStringLiteral("accessPolicies")), next.tenantId, &next.accessPolicies)) {
            return failure;
        }
    }
    if (properties.contains(QStringLiteral("networkAcls"))) {
        const QJsonObject acls = properties.value(QStringLiteral("networkAcls")).toObject();
        const QString action = acls.value(QStringLiteral("defaultAction")).toString(QStringLiteral("Allow"));
        const QString bypass = acls.value(QStringLiteral("bypass")).toString(QStringLiteral("AzureServices"));
        if ((action != QLatin1String("Allow") && action != QLatin1String("Deny")) ||
            (bypass != QLatin1String("AzureServices") && bypass != QLatin1String("None"))) {
            return badRequest(QStringLiteral("networkAcls.defaultAction must be Allow or Deny and networkAcls.bypass "
                                             "AzureServices or None."));
        }
        next.networkDefaultAction = action;
        next.networkBypass = bypass;
        next.ipRules.clear();
        for (const QJsonValue &rule : acls.value(QStringLiteral("ipRules")).toArray()) {
            next.ipRules.append(rule.toObject().value(QStringLiteral("value")).toString());
        }
    }
    if (properties.contains(QStringLiteral("publicNetworkAccess"))) {
        next.publicNetworkAccess = properties.value(QStringLiteral("publicNetworkAccess")).toString();
    }
    *vault = next;
    return std::nullopt;
}

QJsonArray VaultProperties::policiesToJson(const QList<AccessPolicy> &policies)
{
    QJsonArray out;
    for (const AccessPolicy &p : policies) {
        QJsonObject policy{{QStringLiteral("tenantId"), p.tenantId},
                           {QStringLiteral("objectId"), p.objectId},
                           {QStringLiteral("permissions"),
                            QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(p.keys)},
                                        {QStringLiteral("secrets"), QJsonArray::fromStringList(p.secrets)},
                                        {QStringLiteral("certificates"), QJsonArray::fromStringList(p.certificates)}}}};
        if (!p.applicationId.isEmpty()) {
            policy.insert(QStringLiteral("applicationId"), p.applicationId);
        }
        out.append(policy);
    }
    return out;
}

QJsonObject VaultProperties::toJson(const Vault &vault, const QString &vaultUri)
{
    QJsonArray ipRules;
    for (const QString &rule : vault.ipRules) {
        ipRules.append(QJsonObject{{QStringLiteral("value"), rule}});
    }
    QJsonObject properties{
        {QStringLiteral("sku"),
         QJsonObject{{QStringLiteral("family"), QStringLiteral("A")}, {QStringLiteral("name"), vault.skuName}}},
        {QStringLiteral("tenantId"), vault.tenantId},
        {QStringLiteral("accessPolicies"), policiesToJson(vault.accessPolicies)},
        {QStringLiteral("enabledForDeployment"), vault.enabledForDeployment},
        {QStringLiteral("enabledForDiskEncryption"), vault.enabledForDiskEncryption},
        {QStringLiteral("enabledForTemplateDeployment"), vault.enabledForTemplateDeployment},
        {QStringLiteral("enableSoftDelete"), vault.enableSoftDelete},
        {QStringLiteral("softDeleteRetentionInDays"), vault.softDeleteRetentionInDays},
        {QStringLiteral("enableRbacAuthorization"), vault.enableRbacAuthorization},
        {QStringLiteral("vaultUri"), vaultUri},
        {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
        {QStringLiteral("publicNetworkAccess"), vault.publicNetworkAccess},
        {QStringLiteral("networkAcls"), QJsonObject{{QStringLiteral("bypass"), vault.networkBypass},
                                                    {QStringLiteral("defaultAction"), vault.networkDefaultAction},
                                                    {QStringLiteral("ipRules"), ipRules},
                                                    {QStringLiteral("virtualNetworkRules"), QJsonArray()}}},
    };
    if (vault.enablePurgeProtection) {
        properties.insert(QStringLiteral("enablePurgeProtection"), true);
    }
    return properties;
}

} // namespace CrossKey::Sandbox
