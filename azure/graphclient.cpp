// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/graphclient.h"

#include "azure/graphobjectjob.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace CrossKey::Azure {

namespace {

constexpr auto kGraph = RestRequest::Service::Graph;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// An OData key in a path, e.g. (appId='…'): quotes stay literal, everything else that is not plain is encoded.
QString keySegment(const QString &name, const QString &value)
{
    return QLatin1Char('(') + name + QLatin1Char('=') +
           QString::fromLatin1(QUrl::toPercentEncoding(GraphClient::quoteKey(value), "'")) + QLatin1Char(')');
}

} // namespace

QString GraphClient::quoteKey(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QUrl GraphClient::url(const QString &path, const QString &query) const
{
    QUrl result = m_pipeline->cloud().graphUrl();
    QString base = result.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    result.setPath(base + QStringLiteral("/v1.0") + path);
    if (!query.isEmpty()) {
        result.setQuery(query);
    }
    return result;
}

GraphObjectJob *GraphClient::me() const
{
    return new GraphObjectJob(m_pipeline->send(RestRequest::get(kGraph, url(QStringLiteral("/me")))));
}

PagerJob *GraphClient::organization() const
{
    return new PagerJob(m_pipeline, RestRequest::get(kGraph, url(QStringLiteral("/organization"))));
}

PagerJob *GraphClient::listApplications(int pageSize) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$top"), QString::number(pageSize));
    return new PagerJob(
        m_pipeline, RestRequest::get(kGraph, url(QStringLiteral("/applications"), query.toString(QUrl::FullyEncoded))));
}

PagerJob *GraphClient::applicationsByAppId(const QString &appId) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("appId eq ") + quoteKey(appId));
    return new PagerJob(
        m_pipeline, RestRequest::get(kGraph, url(QStringLiteral("/applications"), query.toString(QUrl::FullyEncoded))));
}

GraphObjectJob *GraphClient::getApplication(const QString &objectId) const
{
    return new GraphObjectJob(
        m_pipeline->send(RestRequest::get(kGraph, url(QStringLiteral("/applications/") + segment(objectId)))));
}

GraphObjectJob *GraphClient::createApplication(const QString &displayName, const QString &signInAudience) const
{
    const QByteArray body =
        json({{QStringLiteral("displayName"), displayName}, {QStringLiteral("signInAudience"), signInAudience}});
    return new GraphObjectJob(
        m_pipeline->send(RestRequest::withBody(kGraph, "POST", url(QStringLiteral("/applications")), body)));
}

RestJob *GraphClient::updateSignInAudience(const QString &objectId, const QString &signInAudience) const
{
    const QByteArray body = json({{QStringLiteral("signInAudience"), signInAudience}});
    RestRequest request =
        RestRequest::withBody(kGraph, "PATCH", url(QStringLiteral("/applications/") + segment(objectId)), body);
    request.setIdempotent(true); // setting one field to one value twice is the same
    return m_pipeline->send(request);
}

PagerJob *GraphClient::listFederatedCredentials(const QString &applicationObjectId) const
{
    return new PagerJob(m_pipeline,
                        RestRequest::get(kGraph, url(QStringLiteral("/applications/") + segment(applicationObjectId) +
                                                     QStringLiteral("/federatedIdentityCredentials"))));
}

RestJob *GraphClient::createFederatedCredential(const QString &applicationObjectId, const QJsonObject &credential) const
{
    return m_pipeline->send(RestRequest::withBody(kGraph, "POST",
                                                  url(QStringLiteral("/applications/") + segment(applicationObjectId) +
                                                      QStringLiteral("/federatedIdentityCredentials")),
                                                  json(credential)));
}

RestJob *GraphClient::deleteFederatedCredential(const QString &applicationObjectId, const QString &credentialId) const
{
    return m_pipeline->send(
        RestRequest::withBody(kGraph, "DELETE",
                              url(QStringLiteral("/applications/") + segment(applicationObjectId) +
                                  QStringLiteral("/federatedIdentityCredentials/") + segment(credentialId)),
                              {}));
}

GraphObjectJob *GraphClient::servicePrincipalByAppId(const QString &appId) const
{
    return new GraphObjectJob(m_pipeline->send(RestRequest::get(
        kGraph, url(QStringLiteral("/servicePrincipals") + keySegment(QStringLiteral("appId"), appId)))));
}

GraphObjectJob *GraphClient::createServicePrincipal(const QString &appId) const
{
    return new GraphObjectJob(m_pipeline->send(RestRequest::withBody(
        kGraph, "POST", url(QStringLiteral("/servicePrincipals")), json({{QStringLiteral("appId"), appId}}))));
}

} // namespace CrossKey::Azure
