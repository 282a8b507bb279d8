// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/keyvaultroles.h"

#include <QUuid>

namespace CrossKey::Wizard {

namespace {

QString normalized(QString id)
{
    while (id.endsWith(QLatin1Char('/'))) {
        id.chop(1);
    }
    return id.toLower();
}

} // namespace

QStringList KeyVaultRoles::keyUseRoles()
{
    return {kCryptoServiceEncryptionUser, kCryptoUser, kCryptoOfficer, kAdministrator};
}

QStringList KeyVaultRoles::keyManagementRoles()
{
    return {kCryptoOfficer, kAdministrator};
}

QString KeyVaultRoles::displayName(const QString &roleGuid)
{
    const QString guid = roleGuid.toLower();
    if (guid == kCryptoServiceEncryptionUser) {
        return tr("Key Vault Crypto Service Encryption User");
    }
    if (guid == kCryptoOfficer) {
        return tr("Key Vault Crypto Officer");
    }
    if (guid == kCryptoUser) {
        return tr("Key Vault Crypto User");
    }
    if (guid == kAdministrator) {
        return tr("Key Vault Administrator");
    }
    return roleGuid;
}

QString KeyVaultRoles::definitionId(const QString &subscriptionId, const QString &roleGuid)
{
    return QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
        .arg(subscriptionId, roleGuid);
}

QString KeyVaultRoles::roleGuidOf(const QString &roleDefinitionId)
{
    return normalized(roleDefinitionId).section(QLatin1Char('/'), -1);
}

QString KeyVaultRoles::subscriptionOf(const QString &armId)
{
    const QStringList parts = armId.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.first().compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0) {
        return parts.at(1);
    }
    return {};
}

QString KeyVaultRoles::keyScope(const QString &vaultId, const QString &keyName)
{
    QString vault = vaultId;
    while (vault.endsWith(QLatin1Char('/'))) {
        vault.chop(1);
    }
    return vault + QStringLiteral("/keys/") + keyName;
}

bool KeyVaultRoles::scopeCovers(const QString &assignmentScope, const QString &scope)
{
    const QString outer = normalized(assignmentScope);
    const QString inner = normalized(scope);
    return outer.isEmpty() || inner == outer || inner.startsWith(outer + QLatin1Char('/'));
}

QString KeyVaultRoles::assignmentName(const QString &scope, const QString &roleGuid, const QString &principalId)
{
    // Any fixed namespace will do; this one is CrossKey's own.
    static const QUuid kNamespace(QStringLiteral("6f1c0b52-8d1e-4c57-9a53-2f3c6d1b7e40"));
    const QString name =
        normalized(scope) + QLatin1Char('|') + roleGuid.toLower() + QLatin1Char('|') + principalId.toLower();
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

std::optional<QJsonObject> KeyVaultRoles::find(const QJsonArray &assignments, const QString &principalId,
                                               const QStringList &roleGuids, const QString &scope)
{
    for (const QJsonValue &item : assignments) {
        const QJsonObject properties = item.toObject().value(QStringLiteral("properties")).toObject();
        if (!principalId.isEmpty() &&
            properties.value(QStringLiteral("principalId")).toString().compare(principalId, Qt::CaseInsensitive) != 0) {
            continue;
        }
        const QString role = roleGuidOf(properties.value(QStringLiteral("roleDefinitionId")).toString());
        if (!roleGuids.contains(role, Qt::CaseInsensitive)) {
            continue;
        }
        if (scopeCovers(properties.value(QStringLiteral("scope")).toString(), scope)) {
            return item.toObject();
        }
    }
    return std::nullopt;
}

} // namespace CrossKey::Wizard
