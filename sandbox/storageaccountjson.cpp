// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/storageaccountjson.h"

#include "sandbox/ids.h"
#include "sandbox/keyvaultlookup.h"
#include "sandbox/servicecontext.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {
QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz0000Z"));
}

const UserAssignedIdentity *findIdentity(const World &world, const QString &id)
{
    for (const UserAssignedIdentity &identity : world.resourceManager().identities) {
        if (identity.id().compare(id, Qt::CaseInsensitive) == 0) {
            return &identity;
        }
    }
    return nullptr;
}

QJsonObject identityJson(const StorageAccount &account, const World &world)
{
    QJsonObject identity{{QStringLiteral("type"), account.identityType}};
    if (account.identityType.startsWith(QLatin1String("SystemAssigned"))) {
        identity.insert(QStringLiteral("principalId"), StorageAccountJson::systemPrincipalId(account));
        identity.insert(QStringLiteral("tenantId"), account.tenantId);
    }
    if (account.userAssignedIdentities.isEmpty()) {
        return identity;
    }
    QJsonObject assigned;
    for (const QString &id : account.userAssignedIdentities) {
        const UserAssignedIdentity *found = findIdentity(world, id);
        assigned.insert(id, found ? QJsonObject{{QStringLiteral("principalId"), found->principalId},
                                                {QStringLiteral("clientId"), found->clientId}}
                                  : QJsonObject{});
    }
    identity.insert(QStringLiteral("userAssignedIdentities"), assigned);
    return identity;
}

QJsonObject encryptionJson(const StorageAccount &account, const ServiceContext &context)
{
    const QJsonObject service{{QStringLiteral("enabled"), true},
                              {QStringLiteral("keyType"), QStringLiteral("Account")},
                              {QStringLiteral("lastEnabledTime"), stamp(account.createdAt)}};
    QJsonObject encryption{{QStringLiteral("keySource"), account.keySource},
                           {QStringLiteral("requireInfrastructureEncryption"), account.requireInfrastructureEncryption},
                           {QStringLiteral("services"),
                            QJsonObject{{QStringLiteral("blob"), service}, {QStringLiteral("file"), service}}}};
    if (!account.usesCustomerKey()) {
        return encryption;
    }
    QString vaultUri = account.keyVaultUri;
    if (!vaultUri.endsWith(QLatin1Char('/'))) {
        vaultUri += QLatin1Char('/');
    }
    QJsonObject properties{{QStringLiteral("keyvaulturi"), account.keyVaultUri},
                           {QStringLiteral("keyname"), account.keyName},
                           {QStringLiteral("keyversion"), account.keyVersion}};
    if (!account.currentKeyVersion.isEmpty()) {
        properties.insert(QStringLiteral("currentVersionedKeyIdentifier"),
                          QString(vaultUri + QStringLiteral("keys/") + account.keyName + QLatin1Char('/') +
                                  account.currentKeyVersion));
    }
    if (account.lastKeyRotation.isValid()) {
        properties.insert(QStringLiteral("lastKeyRotationTimestamp"), stamp(account.lastKeyRotation));
    }
    const Vault *vault = KeyVaultLookup::vaultByUri(context.world, context.baseUrl, account.keyVaultUri);
    const KeyVersion *key =
        vault ? KeyVaultLookup::key(context.world, vault->name, false, account.keyName, account.currentKeyVersion)
              : nullptr;
    if (key && key->expires.isValid()) {
        properties.insert(QStringLiteral("currentVersionedKeyExpirationTimestamp"), stamp(key->expires));
    }
    encryption.insert(QStringLiteral("keyvaultproperties"), properties);
    QJsonObject identity{{QStringLiteral("userAssignedIdentity"), account.encryptionIdentity}};
    if (!account.federatedClientId.isEmpty()) {
        identity.insert(QStringLiteral("federatedIdentityClientId"), account.federatedClientId);
    }
    encryption.insert(QStringLiteral("identity"), identity);
    return encryption;
}
} // namespace

QString StorageAccountJson::blobEndpoint(const ServiceContext &context, const QString &accountName)
{
    return context.url(QStringLiteral("/blob/") + accountName + QLatin1Char('/'));
}

QString StorageAccountJson::systemPrincipalId(const StorageAccount &account)
{
    return Ids::deterministic(QStringLiteral("storage-system-identity:") + account.id().toLower());
}

QJsonObject StorageAccountJson::toJson(const StorageAccount &account, const ServiceContext &context)
{
    const QString tier =
        account.skuName.startsWith(QLatin1String("Premium")) ? QStringLiteral("Premium") : QStringLiteral("Standard");
    QJsonObject properties{
        {QStringLiteral("provisioningState"), account.provisioningState},
        {QStringLiteral("creationTime"), stamp(account.createdAt)},
        {QStringLiteral("primaryLocation"), account.location},
        {QStringLiteral("statusOfPrimary"), QStringLiteral("available")},
        {QStringLiteral("primaryEndpoints"),
         QJsonObject{{QStringLiteral("blob"), blobEndpoint(context, account.name)}}},
        {QStringLiteral("encryption"), encryptionJson(account, context)},
        {QStringLiteral("networkAcls"), QJsonObject{{QStringLiteral("bypass"), QStringLiteral("AzureServices")},
                                                    {QStringLiteral("defaultAction"), QStringLiteral("Allow")},
                                                    {QStringLiteral("ipRules"), QJsonArray()},
                                                    {QStringLiteral("virtualNetworkRules"), QJsonArray()}}},
        {QStringLiteral("accessTier"), QStringLiteral("Hot")},
        {QStringLiteral("supportsHttpsTrafficOnly"), true},
        {QStringLiteral("minimumTlsVersion"), QStringLiteral("TLS1_2")},
        {QStringLiteral("allowBlobPublicAccess"), false},
    };
    QJsonObject json{
        {QStringLiteral("id"), account.id()},
        {QStringLiteral("name"), account.name},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Storage/storageAccounts")},
        {QStringLiteral("location"), account.location},
        {QStringLiteral("tags"), account.tags},
        {QStringLiteral("kind"), account.kind},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), account.skuName}, {QStringLiteral("tier"), tier}}},
        {QStringLiteral("properties"), properties}};
    if (account.identityType != QLatin1String("None")) {
        json.insert(QStringLiteral("identity"), identityJson(account, context.world));
    }
    return json;
}

} // namespace CrossKey::Sandbox
