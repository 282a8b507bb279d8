// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/storageaccountclient.h"

#include "azure/lrojob.h"
#include "azure/resourcemanagerclient.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"

#include <QJsonDocument>

namespace CrossKey::Azure {

namespace {

constexpr auto kArm = RestRequest::Service::ResourceManager;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject encryptionIdentity(const QString &identityId, const QString &federatedClientId)
{
    QJsonObject identity{{QStringLiteral("userAssignedIdentity"), identityId}};
    if (!federatedClientId.isEmpty()) {
        identity.insert(QStringLiteral("federatedIdentityClientId"), federatedClientId);
    }
    return identity;
}

} // namespace

QUrl StorageAccountClient::url(const QString &path) const
{
    return ResourceManagerClient(m_pipeline).url(path, kApiVersion);
}

QString StorageAccountClient::accountId(const QString &subscriptionId, const QString &resourceGroup,
                                        const QString &name)
{
    return QStringLiteral("/subscriptions/") + subscriptionId + QStringLiteral("/resourceGroups/") + resourceGroup +
           QStringLiteral("/providers/Microsoft.Storage/storageAccounts/") + name;
}

RestJob *StorageAccountClient::checkNameAvailability(const QString &subscriptionId, const QString &name) const
{
    const QByteArray body = json({{QStringLiteral("name"), name},
                                  {QStringLiteral("type"), QStringLiteral("Microsoft.Storage/storageAccounts")}});
    RestRequest request =
        RestRequest::withBody(kArm, "POST",
                              url(QStringLiteral("/subscriptions/") + subscriptionId +
                                  QStringLiteral("/providers/Microsoft.Storage/checkNameAvailability")),
                              body);
    request.setIdempotent(true); // a read in POST's clothing
    return m_pipeline->send(request);
}

RestJob *StorageAccountClient::getAccount(const QString &subscriptionId, const QString &resourceGroup,
                                          const QString &name) const
{
    return m_pipeline->send(RestRequest::get(kArm, url(accountId(subscriptionId, resourceGroup, name))));
}

LroJob *StorageAccountClient::createAccount(const QString &subscriptionId, const QString &resourceGroup,
                                            const QString &name, const QString &location) const
{
    const QByteArray body =
        json({{QStringLiteral("location"), location},
              {QStringLiteral("kind"), QStringLiteral("StorageV2")},
              {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard_LRS")}}}});
    return new LroJob(m_pipeline,
                      RestRequest::withBody(kArm, "PUT", url(accountId(subscriptionId, resourceGroup, name)), body));
}

RestJob *StorageAccountClient::updateAccount(const QString &subscriptionId, const QString &resourceGroup,
                                             const QString &name, const QJsonObject &body) const
{
    RestRequest request =
        RestRequest::withBody(kArm, "PATCH", url(accountId(subscriptionId, resourceGroup, name)), json(body));
    request.setIdempotent(true); // every body here sets absolute values: sending it twice changes nothing more
    return m_pipeline->send(request);
}

QJsonObject StorageAccountClient::identityBody(const QString &identityId, bool keepSystemAssigned)
{
    return {{QStringLiteral("identity"),
             QJsonObject{{QStringLiteral("type"), keepSystemAssigned ? QStringLiteral("SystemAssigned,UserAssigned")
                                                                     : QStringLiteral("UserAssigned")},
                         {QStringLiteral("userAssignedIdentities"), QJsonObject{{identityId, QJsonObject()}}}}}};
}

QJsonObject StorageAccountClient::customerKeyBody(const CustomerKey &key, const QString &identityId,
                                                  bool keepSystemAssigned)
{
    const QJsonObject encryption{
        {QStringLiteral("keySource"), QStringLiteral("Microsoft.Keyvault")},
        {QStringLiteral("keyvaultproperties"), QJsonObject{{QStringLiteral("keyvaulturi"), key.vaultUri},
                                                           {QStringLiteral("keyname"), key.keyName},
                                                           {QStringLiteral("keyversion"), key.keyVersion}}},
        {QStringLiteral("identity"), encryptionIdentity(key.identityId, key.federatedClientId)}};
    QJsonObject body{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("encryption"), encryption}}}};
    if (!identityId.isEmpty()) {
        // §3.9: encryption without the account identity is refused ("Identity property … should not be null").
        body.insert(QStringLiteral("identity"),
                    identityBody(identityId, keepSystemAssigned).value(QStringLiteral("identity")));
    }
    return body;
}

QJsonObject StorageAccountClient::microsoftKeyBody()
{
    const QJsonObject enabled{{QStringLiteral("enabled"), true}};
    return {{QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("encryption"),
                          QJsonObject{{
                                          QStringLiteral("keySource"),
                                          QStringLiteral("Microsoft.Storage"),
                                      },
                                      {QStringLiteral("services"), QJsonObject{{QStringLiteral("blob"), enabled},
                                                                               {QStringLiteral("file"), enabled}}}}}}}};
}

} // namespace CrossKey::Azure
