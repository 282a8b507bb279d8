// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/resourcemanagerclient.h"

#include "azure/armresourcejob.h"
#include "azure/lrojob.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace CrossKey::Azure {

namespace {

constexpr auto kArm = RestRequest::Service::ResourceManager;

QString subscriptionPath(const QString &subscriptionId)
{
    return QStringLiteral("/subscriptions/") + subscriptionId;
}

QString groupPath(const QString &subscriptionId, const QString &name)
{
    return subscriptionPath(subscriptionId) + QStringLiteral("/resourcegroups/") + name;
}

QString identityPath(const QString &subscriptionId, const QString &group, const QString &name)
{
    return subscriptionPath(subscriptionId) + QStringLiteral("/resourceGroups/") + group +
           QStringLiteral("/providers/Microsoft.ManagedIdentity/userAssignedIdentities/") + name;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QUrl ResourceManagerClient::url(const QString &path, QLatin1String apiVersion, const QString &extraQuery) const
{
    QUrl result = m_pipeline->cloud().resourceManagerUrl();
    QString base = result.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    result.setPath(base + path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), apiVersion);
    for (const auto &[key, value] : QUrlQuery(extraQuery).queryItems(QUrl::FullyDecoded)) {
        query.addQueryItem(key, value);
    }
    result.setQuery(query);
    return result;
}

PagerJob *ResourceManagerClient::listTenants() const
{
    return new PagerJob(m_pipeline, RestRequest::get(kArm, url(QStringLiteral("/tenants"), kSubscriptionsApi)));
}

PagerJob *ResourceManagerClient::listSubscriptions() const
{
    return new PagerJob(m_pipeline, RestRequest::get(kArm, url(QStringLiteral("/subscriptions"), kSubscriptionsApi)));
}

PagerJob *ResourceManagerClient::listLocations(const QString &subscriptionId) const
{
    return new PagerJob(m_pipeline,
                        RestRequest::get(kArm, url(subscriptionPath(subscriptionId) + QStringLiteral("/locations"),
                                                   kSubscriptionsApi)));
}

PagerJob *ResourceManagerClient::listResourceGroups(const QString &subscriptionId) const
{
    return new PagerJob(m_pipeline,
                        RestRequest::get(kArm, url(subscriptionPath(subscriptionId) + QStringLiteral("/resourcegroups"),
                                                   kResourcesApi)));
}

ArmResourceJob *ResourceManagerClient::getResourceGroup(const QString &subscriptionId, const QString &name) const
{
    return new ArmResourceJob(
        new LroJob(m_pipeline, RestRequest::get(kArm, url(groupPath(subscriptionId, name), kResourcesApi))));
}

ArmResourceJob *ResourceManagerClient::createResourceGroup(const QString &subscriptionId, const QString &name,
                                                           const QString &location) const
{
    const QByteArray body = json({{QStringLiteral("location"), location}});
    return new ArmResourceJob(new LroJob(
        m_pipeline, RestRequest::withBody(kArm, "PUT", url(groupPath(subscriptionId, name), kResourcesApi), body)));
}

LroJob *ResourceManagerClient::deleteResourceGroup(const QString &subscriptionId, const QString &name) const
{
    return new LroJob(m_pipeline,
                      RestRequest::withBody(kArm, "DELETE", url(groupPath(subscriptionId, name), kResourcesApi), {}));
}

RestJob *ResourceManagerClient::getProvider(const QString &subscriptionId, const QString &ns) const
{
    return m_pipeline->send(RestRequest::get(
        kArm, url(subscriptionPath(subscriptionId) + QStringLiteral("/providers/") + ns, kResourcesApi)));
}

RestJob *ResourceManagerClient::registerProvider(const QString &subscriptionId, const QString &ns) const
{
    RestRequest request = RestRequest::withBody(
        kArm, "POST",
        url(subscriptionPath(subscriptionId) + QStringLiteral("/providers/") + ns + QStringLiteral("/register"),
            kResourcesApi),
        {});
    request.setIdempotent(true); // registering twice is harmless (§0 MissingSubscriptionRegistration)
    return m_pipeline->send(request);
}

RestJob *ResourceManagerClient::getFeature(const QString &subscriptionId, const QString &ns,
                                           const QString &feature) const
{
    return m_pipeline->send(RestRequest::get(kArm, url(subscriptionPath(subscriptionId) +
                                                           QStringLiteral("/providers/Microsoft.Features/providers/") +
                                                           ns + QStringLiteral("/features/") + feature,
                                                       kFeaturesApi)));
}

RestJob *ResourceManagerClient::registerFeature(const QString &subscriptionId, const QString &ns,
                                                const QString &feature) const
{
    RestRequest request = RestRequest::withBody(
        kArm, "POST",
        url(subscriptionPath(subscriptionId) + QStringLiteral("/providers/Microsoft.Features/providers/") + ns +
                QStringLiteral("/features/") + feature + QStringLiteral("/register"),
            kFeaturesApi),
        {});
    request.setIdempotent(true);
    return m_pipeline->send(request);
}

ArmResourceJob *ResourceManagerClient::createUserAssignedIdentity(const QString &subscriptionId,
                                                                  const QString &resourceGroup, const QString &name,
                                                                  const QString &location) const
{
    const QByteArray body = json({{QStringLiteral("location"), location}, {QStringLiteral("tags"), QJsonObject()}});
    return new ArmResourceJob(new LroJob(
        m_pipeline,
        RestRequest::withBody(kArm, "PUT", url(identityPath(subscriptionId, resourceGroup, name), kManagedIdentityApi),
                              body)));
}

ArmResourceJob *ResourceManagerClient::getUserAssignedIdentity(const QString &subscriptionId,
                                                               const QString &resourceGroup, const QString &name) const
{
    return new ArmResourceJob(new LroJob(
        m_pipeline,
        RestRequest::get(kArm, url(identityPath(subscriptionId, resourceGroup, name), kManagedIdentityApi))));
}

PagerJob *ResourceManagerClient::roleDefinitionsByName(const QString &scope, const QString &roleName) const
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("$filter"), QStringLiteral("roleName eq '%1'").arg(roleName));
    return new PagerJob(
        m_pipeline,
        RestRequest::get(kArm, url(scope + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions"),
                                   kAuthorizationApi, filter.toString(QUrl::FullyEncoded))));
}

ArmResourceJob *ResourceManagerClient::createRoleAssignment(const QString &scope, const QString &assignmentName,
                                                            const QString &roleDefinitionId, const QString &principalId,
                                                            const QString &principalType) const
{
    // §3.8: always send principalType, it also avoids replication-delay failures.
    const QByteArray body =
        json({{QStringLiteral("properties"), QJsonObject{{QStringLiteral("roleDefinitionId"), roleDefinitionId},
                                                         {QStringLiteral("principalId"), principalId},
                                                         {QStringLiteral("principalType"), principalType}}}});
    const QUrl target =
        url(scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + assignmentName,
            kAuthorizationApi);
    return new ArmResourceJob(new LroJob(m_pipeline, RestRequest::withBody(kArm, "PUT", target, body)));
}

PagerJob *ResourceManagerClient::listRoleAssignments(const QString &scope, const QString &filter) const
{
    QUrlQuery query;
    if (!filter.isEmpty()) {
        query.addQueryItem(QStringLiteral("$filter"), filter);
    }
    return new PagerJob(
        m_pipeline,
        RestRequest::get(kArm, url(scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments"),
                                   kAuthorizationApi, query.toString(QUrl::FullyEncoded))));
}

RestJob *ResourceManagerClient::deleteRoleAssignment(const QString &assignmentId) const
{
    return m_pipeline->send(RestRequest::withBody(kArm, "DELETE", url(assignmentId, kAuthorizationApi), {}));
}

} // namespace CrossKey::Azure
