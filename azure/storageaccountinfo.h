// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace CrossKey::Azure {

// StorageAccountInfo is a storage account as the bind steps read it (CONTRACTS.md §3.9): where it is, its
// identities and its encryption (key source, the customer key's vault, name and version, the identity and
// federated client id used to reach it). Parsed strictly: wrong types are InvalidResponse, absent fields empty.
// Resource ids compare case-insensitively: the answer lower-cases "resourcegroups" in encryption.identity.
struct StorageAccountInfo
{
    Q_DECLARE_TR_FUNCTIONS(StorageAccountInfo)

public:
    static constexpr QLatin1String kMicrosoftStorage{"Microsoft.Storage"};
    static constexpr QLatin1String kMicrosoftKeyvault{"Microsoft.Keyvault"};

    QString id;
    QString name;
    QString location;
    QString kind;
    QString skuName;
    QString provisioningState;
    QString identityType;               // "None", "SystemAssigned", "UserAssigned", "SystemAssigned,UserAssigned"
    QStringList userAssignedIdentities; // resource ids, as Azure wrote them
    QString keySource;                  // "Microsoft.Storage" or "Microsoft.Keyvault"
    QString keyVaultUri;                // keyvaultproperties.keyvaulturi
    QString keyName;                    // keyvaultproperties.keyname
    QString keyVersion;                 // keyvaultproperties.keyversion; empty: follows the newest version
    QString currentVersionedKeyIdentifier;
    QString lastKeyRotationTimestamp;
    QString encryptionIdentity;        // encryption.identity.userAssignedIdentity
    QString federatedIdentityClientId; // encryption.identity.federatedIdentityClientId
    QUrl blobEndpoint;                 // properties.primaryEndpoints.blob

    static Result<StorageAccountInfo> fromJson(const QJsonObject &json);

    bool usesCustomerKey() const;
    bool hasSystemAssignedIdentity() const;
    bool hasUserAssignedIdentity(const QString &identityId) const;
    // The version in currentVersionedKeyIdentifier (…/keys/{name}/{version}), or empty.
    QString currentKeyVersion() const;

    static bool sameId(const QString &a, const QString &b);
    // Vault URIs compare without case, trailing slash or an explicit :443 (§4.6).
    static bool sameVaultUri(const QString &a, const QString &b);
};

using StorageAccountResult = Result<StorageAccountInfo>;

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::StorageAccountInfo)
