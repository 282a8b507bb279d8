// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/blobclient.h"

#include "azure/clock.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"

#include <QLocale>

namespace CrossKey::Azure {

namespace {

constexpr auto kStorage = RestRequest::Service::Storage;

} // namespace

BlobClient::BlobClient(RestPipeline *pipeline, QUrl blobEndpoint)
    : m_pipeline(pipeline)
    , m_endpoint(std::move(blobEndpoint))
{
    QString path = m_endpoint.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        m_endpoint.setPath(path + QLatin1Char('/'));
    }
}

QUrl BlobClient::url(const QString &path, const QString &query) const
{
    QUrl url = m_endpoint;
    url.setPath(m_endpoint.path() + path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

namespace {

RestRequest withHeaders(RestRequest request, const Clock &clock)
{
    // Storage requires a request date and a service version on every authorised request.
    const QDateTime now = clock.now().toUTC();
    request.headers.append(std::pair<QByteArray, QByteArray>("x-ms-version", QByteArray(BlobClient::kVersion.data())));
    request.headers.append(
        {"x-ms-date", QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()});
    return request;
}

} // namespace

RestJob *BlobClient::createContainer(const QString &container) const
{
    RestRequest request =
        RestRequest::withBody(kStorage, "PUT", url(container, QStringLiteral("restype=container")), {});
    return m_pipeline->send(withHeaders(request, m_pipeline->clock()));
}

RestJob *BlobClient::putBlob(const QString &container, const QString &blob, const QByteArray &content,
                             const QByteArray &contentType) const
{
    RestRequest request = RestRequest::withBody(kStorage, "PUT", url(container + QLatin1Char('/') + blob), content);
    request.headers.append(std::pair<QByteArray, QByteArray>("x-ms-blob-type", "BlockBlob"));
    request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", contentType));
    return m_pipeline->send(withHeaders(request, m_pipeline->clock()));
}

RestJob *BlobClient::getBlob(const QString &container, const QString &blob) const
{
    return m_pipeline->send(
        withHeaders(RestRequest::get(kStorage, url(container + QLatin1Char('/') + blob)), m_pipeline->clock()));
}

} // namespace CrossKey::Azure
