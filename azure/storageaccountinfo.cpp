// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/storageaccountinfo.h"

#include <algorithm>

namespace CrossKey::Azure {

namespace {

class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    {}

    QJsonObject object(const QJsonObject &parent, const char *key, const QString &where)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isObject()) {
            wrong(where + QLatin1String(key));
            return {};
        }
        return value.toObject();
    }

    QString string(const QJsonObject &parent, const char *key, const QString &where)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isString()) {
            wrong(where + QLatin1String(key));
            return {};
        }
        return value.toString();
    }

private:
    void wrong(const QString &field)
    {
        if (m_error->isEmpty()) {
            *m_error = field;
        }
    }

    QString *m_error;
};

} // namespace

Result<StorageAccountInfo> StorageAccountInfo::fromJson(const QJsonObject &json)
{
    QString wrong;
    Reader read(&wrong);
    StorageAccountInfo info;
    info.id = read.string(json, "id", {});
    info.name = read.string(json, "name", {});
    info.location = read.string(json, "location", {});
    info.kind = read.string(json, "kind", {});
    info.skuName = read.string(read.object(json, "sku", {}), "name", QStringLiteral("sku."));

    const QJsonObject identity = read.object(json, "identity", {});
    info.identityType = read.string(identity, "type", QStringLiteral("identity."));
    const QJsonObject assigned = read.object(identity, "userAssignedIdentities", QStringLiteral("identity."));
    info.userAssignedIdentities = assigned.keys();

    const QJsonObject properties = read.object(json, "properties", {});
    info.provisioningState = read.string(properties, "provisioningState", QStringLiteral("properties."));
    const QJsonObject endpoints = read.object(properties, "primaryEndpoints", QStringLiteral("properties."));
    info.blobEndpoint = QUrl(read.string(endpoints, "blob", QStringLiteral("properties.primaryEndpoints.")));

    const QString at = QStringLiteral("properties.encryption.");
    const QJsonObject encryption = read.object(properties, "encryption", QStringLiteral("properties."));
    info.keySource = read.string(encryption, "keySource", at);
    const QJsonObject key = read.object(encryption, "keyvaultproperties", at);
    const QString keyAt = at + QStringLiteral("keyvaultproperties.");
    info.keyVaultUri = read.string(key, "keyvaulturi", keyAt);
    info.keyName = read.string(key, "keyname", keyAt);
    info.keyVersion = read.string(key, "keyversion", keyAt);
    info.currentVersionedKeyIdentifier = read.string(key, "currentVersionedKeyIdentifier", keyAt);
    info.lastKeyRotationTimestamp = read.string(key, "lastKeyRotationTimestamp", keyAt);
    const QJsonObject encryptionIdentity = read.object(encryption, "identity", at);
    info.encryptionIdentity = read.string(encryptionIdentity, "userAssignedIdentity", at + QStringLiteral("identity."));
    info.federatedIdentityClientId =
        read.string(encryptionIdentity, "federatedIdentityClientId", at + QStringLiteral("identity."));

    if (!wrong.isEmpty()) {
        return AzureError(AzureError::Kind::InvalidResponse,
                          tr("The storage account's %1 has an unexpected type.").arg(wrong));
    }
    if (info.id.isEmpty() || info.name.isEmpty()) {
        return AzureError(AzureError::Kind::InvalidResponse, tr("The storage account has no id or name."));
    }
    return info;
}

bool StorageAccountInfo::usesCustomerKey() const
{
    return keySource.compare(kMicrosoftKeyvault, Qt::CaseInsensitive) == 0;
}

bool StorageAccountInfo::hasSystemAssignedIdentity() const
{
    return identityType.contains(QLatin1String("SystemAssigned"), Qt::CaseInsensitive);
}

bool StorageAccountInfo::hasUserAssignedIdentity(const QString &identityId) const
{
    if (!identityType.contains(QLatin1String("UserAssigned"), Qt::CaseInsensitive)) {
        return false;
    }
    return std::any_of(userAssignedIdentities.cbegin(), userAssignedIdentities.cend(),
                       [&identityId](const QString &id) { return sameId(id, identityId); });
}

QString StorageAccountInfo::currentKeyVersion() const
{
    const QStringList parts = QUrl(currentVersionedKeyIdentifier).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype keys = parts.lastIndexOf(QStringLiteral("keys"));
    return keys >= 0 && keys + 2 < parts.size() ? parts.at(keys + 2) : QString();
}

bool StorageAccountInfo::sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool StorageAccountInfo::sameVaultUri(const QString &a, const QString &b)
{
    auto normal = [](const QString &uri) {
        QUrl url(uri.trimmed());
        if (url.port() == 443 && url.scheme() == QLatin1String("https")) {
            url.setPort(-1);
        }
        QString text = url.toString(QUrl::FullyEncoded).toLower();
        while (text.endsWith(QLatin1Char('/'))) {
            text.chop(1);
        }
        return text;
    };
    return normal(a) == normal(b);
}

} // namespace CrossKey::Azure
