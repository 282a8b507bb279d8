// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/keyvaultmanagementclient.h"

#include "azure/armresourcejob.h"
#include "azure/lrojob.h"
#include "azure/pagerjob.h"
#include "azure/resourcemanagerclient.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CrossKey::Azure {

namespace {

constexpr auto kArm = RestRequest::Service::ResourceManager;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString groupPath(const QString &subscriptionId, const QString &resourceGroup)
{
    return QStringLiteral("/subscriptions/") + subscriptionId + QStringLiteral("/resourceGroups/") + resourceGroup;
}

} // namespace

QUrl KeyVaultManagementClient::url(const QString &path) const
{
    return ResourceManagerClient(m_pipeline).url(path, kApiVersion);
}

QString KeyVaultManagementClient::vaultId(const QString &subscriptionId, const QString &resourceGroup,
                                          const QString &name)
{
    return groupPath(subscriptionId, resourceGroup) + QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + name;
}

ArmResourceJob *KeyVaultManagementClient::getVault(const QString &subscriptionId, const QString &resourceGroup,
                                                   const QString &name) const
{
    return new ArmResourceJob(
        new LroJob(m_pipeline, RestRequest::get(kArm, url(vaultId(subscriptionId, resourceGroup, name)))));
}

ArmResourceJob *KeyVaultManagementClient::getVault(const QString &vaultId) const
{
    return new ArmResourceJob(new LroJob(m_pipeline, RestRequest::get(kArm, url(vaultId))));
}

ArmResourceJob *KeyVaultManagementClient::createVault(const QString &subscriptionId, const QString &resourceGroup,
                                                      const QString &name, const CreateOptions &options) const
{
    QJsonObject properties{
        {QStringLiteral("tenantId"), options.tenantId},
        {QStringLiteral("sku"),
         QJsonObject{{QStringLiteral("family"), QStringLiteral("A")}, {QStringLiteral("name"), options.sku}}},
        {QStringLiteral("enableRbacAuthorization"), options.enableRbacAuthorization},
        {QStringLiteral("enableSoftDelete"), true},
        {QStringLiteral("softDeleteRetentionInDays"), options.softDeleteRetentionInDays},
        {QStringLiteral("accessPolicies"), QJsonArray()},
    };
    if (options.enablePurgeProtection) {
        properties.insert(QStringLiteral("enablePurgeProtection"), true); // §3.7: never sent as false
    }
    const QByteArray body =
        json({{QStringLiteral("location"), options.location}, {QStringLiteral("properties"), properties}});
    return new ArmResourceJob(new LroJob(
        m_pipeline, RestRequest::withBody(kArm, "PUT", url(vaultId(subscriptionId, resourceGroup, name)), body)));
}

ArmResourceJob *KeyVaultManagementClient::enablePurgeProtection(const QString &vaultId) const
{
    const QByteArray body =
        json({{QStringLiteral("properties"), QJsonObject{{QStringLiteral("enableSoftDelete"), true},
                                                         {QStringLiteral("enablePurgeProtection"), true}}}});
    RestRequest request = RestRequest::withBody(kArm, "PATCH", url(vaultId), body);
    request.setIdempotent(true); // setting the same flags twice changes nothing
    return new ArmResourceJob(new LroJob(m_pipeline, request));
}

PagerJob *KeyVaultManagementClient::listVaults(const QString &subscriptionId, const QString &resourceGroup) const
{
    return new PagerJob(m_pipeline,
                        RestRequest::get(kArm, url(groupPath(subscriptionId, resourceGroup) +
                                                   QStringLiteral("/providers/Microsoft.KeyVault/vaults"))));
}

RestJob *KeyVaultManagementClient::addAccessPolicy(const QString &vaultId, const QString &tenantId,
                                                   const QString &objectId, const QStringList &keyPermissions) const
{
    KeyVaultAccessPolicy policy{tenantId, objectId, {}, keyPermissions};
    const QByteArray body = json(
        {{QStringLiteral("properties"), QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{policy.toJson()}}}}});
    return m_pipeline->send(
        RestRequest::withBody(kArm, "PUT", url(vaultId + QStringLiteral("/accessPolicies/add")), body));
}

RestJob *KeyVaultManagementClient::checkNameAvailability(const QString &subscriptionId, const QString &name) const
{
    const QByteArray body =
        json({{QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")}});
    RestRequest request =
        RestRequest::withBody(kArm, "POST",
                              url(QStringLiteral("/subscriptions/") + subscriptionId +
                                  QStringLiteral("/providers/Microsoft.KeyVault/checkNameAvailability")),
                              body);
    request.setIdempotent(true); // a read in POST's clothing
    return m_pipeline->send(request);
}

RestJob *KeyVaultManagementClient::getDeletedVault(const QString &subscriptionId, const QString &location,
                                                   const QString &name) const
{
    return m_pipeline->send(RestRequest::get(kArm, url(QStringLiteral("/subscriptions/") + subscriptionId +
                                                       QStringLiteral("/providers/Microsoft.KeyVault/locations/") +
                                                       location + QStringLiteral("/deletedVaults/") + name)));
}

} // namespace CrossKey::Azure
