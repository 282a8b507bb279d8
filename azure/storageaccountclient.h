// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace CrossKey::Azure {

class LroJob;
class RestJob;
class RestPipeline;

// StorageAccountClient owns the Microsoft.Storage management calls of the bind steps (CONTRACTS.md §3.9): name
// check, get, create (202 + Location, polled through LroJob) and PATCH. Each call returns an unstarted job; read
// accounts with StorageAccountInfo::fromJson(response.json). The PATCH bodies are built here, so the field
// names' odd casing (keyvaultproperties, keyvaulturi …) lives in one place.
class StorageAccountClient final
{
public:
    static constexpr QLatin1String kApiVersion{"2023-05-01"};

    // The customer's key as Storage names it (§3.9, §4.6).
    struct CustomerKey
    {
        QString vaultUri;          // keyvaulturi: "https://{vault}.vault.azure.net" or a Managed HSM URI
        QString keyName;           // keyname
        QString keyVersion;        // keyversion; empty: follow the key's newest version
        QString identityId;        // encryption.identity.userAssignedIdentity
        QString federatedClientId; // encryption.identity.federatedIdentityClientId: the multitenant app's id
    };

    explicit StorageAccountClient(RestPipeline *pipeline)
        : m_pipeline(pipeline)
    {}

    static QString accountId(const QString &subscriptionId, const QString &resourceGroup, const QString &name);

    // POST checkNameAvailability: nameAvailable, reason (AccountNameInvalid, AlreadyExists), message.
    RestJob *checkNameAvailability(const QString &subscriptionId, const QString &name) const;
    RestJob *getAccount(const QString &subscriptionId, const QString &resourceGroup, const QString &name) const;
    // PUT StorageV2 / Standard_LRS: 202 + Location, polled to the account's JSON (200 at once when it exists).
    LroJob *createAccount(const QString &subscriptionId, const QString &resourceGroup, const QString &name,
                          const QString &location) const;
    // PATCH with `body` (one of the bodies below): synchronous 200 with the account.
    RestJob *updateAccount(const QString &subscriptionId, const QString &resourceGroup, const QString &name,
                           const QJsonObject &body) const;

    // {"identity":{type, userAssignedIdentities:{id:{}}}}; `keepSystemAssigned` sends "SystemAssigned,UserAssigned"
    // so an existing system-assigned identity is not removed (§3.9).
    static QJsonObject identityBody(const QString &identityId, bool keepSystemAssigned);
    // properties.encryption with keySource Microsoft.Keyvault; with `identityId` non-empty also the identity, as
    // the first bind sends it in one request.
    static QJsonObject customerKeyBody(const CustomerKey &key, const QString &identityId = {},
                                       bool keepSystemAssigned = false);
    // keySource Microsoft.Storage: back to Microsoft-managed keys.
    static QJsonObject microsoftKeyBody();

private:
    QUrl url(const QString &path) const;

    RestPipeline *m_pipeline;
};

} // namespace CrossKey::Azure
