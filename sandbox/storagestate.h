// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Azure Storage's records in the World: storage accounts with their identity and encryption
// settings, and the blob containers and blobs of the data plane. StorageStateCodec turns them into JSON.
namespace CrossKey::Sandbox {

// A Microsoft.Storage/storageAccounts resource (CONTRACTS.md §3.9). Names are global.
struct StorageAccount
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString location;
    QString kind = QStringLiteral("StorageV2");
    QString skuName = QStringLiteral("Standard_LRS");
    QJsonObject tags;
    QString tenantId;
    QString identityType = QStringLiteral("None"); // None, UserAssigned, SystemAssigned, SystemAssigned,UserAssigned
    QStringList userAssignedIdentities;            // resource ids, as the caller spelled them
    QString keySource = QStringLiteral("Microsoft.Storage");
    QString keyVaultUri;
    QString keyName;
    QString keyVersion;        // pinned version; empty: follow the latest
    QString currentKeyVersion; // the version in use
    QDateTime lastKeyRotation;
    QDateTime lastVersionCheck;
    QString encryptionIdentity; // encryption.identity.userAssignedIdentity
    QString federatedClientId;  // encryption.identity.federatedIdentityClientId
    bool requireInfrastructureEncryption = false;
    QString provisioningState = QStringLiteral("Succeeded");
    QString operationId; // the create operation while it runs
    QDateTime createdAt;
    QDateTime keyCachedUntil; // the unwrapped account key is cached until then (data plane)
    QString id() const
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Storage/storageAccounts/%3")
            .arg(subscriptionId, resourceGroup, name);
    }
    bool usesCustomerKey() const
    {
        return keySource.compare(QLatin1String("Microsoft.Keyvault"), Qt::CaseInsensitive) == 0;
    }
};

struct BlobContainer
{
    QString account;
    QString name;
    QDateTime createdAt;
};

struct Blob
{
    QString account;
    QString container;
    QString name;
    QByteArray content;
    QString contentType;
    QDateTime lastModified;
};

struct StorageState
{
    QList<StorageAccount> accounts;
    QList<BlobContainer> containers;
    QList<Blob> blobs;
};

} // namespace CrossKey::Sandbox
