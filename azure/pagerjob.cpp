// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/pagerjob.h"

#include "azure/restjob.h"
#include "azure/restpipeline.h"

#include <QJsonObject>

namespace CrossKey::Azure {

PagerJob::PagerJob(RestPipeline *pipeline, RestRequest firstPage, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_request(std::move(firstPage))
{}

PagerJob::~PagerJob()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void PagerJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    fetch(m_request.url);
}

void PagerJob::cancel()
{
    finish(AzureError::cancelled());
}

void PagerJob::fetch(const QUrl &url)
{
    RestRequest request = m_request;
    request.url = url;
    RestJob *job = m_pipeline->send(request);
    m_current = job;
    connect(job, &RestJob::finished, this, &PagerJob::readPage);
    job->start();
}

void PagerJob::readPage(const RestResult &result)
{
    m_current = nullptr;
    if (!result) {
        finish(result.error());
        return;
    }
    ++m_pages;
    const QJsonObject &page = result.value().json;
    const QJsonValue value = page.value(QStringLiteral("value"));
    if (!value.isArray()) {
        finish(malformed(tr("a page has no \"value\" list")));
        return;
    }
    const QJsonArray items = value.toArray();
    if (m_items.size() + items.size() > m_maxItems) {
        finish(malformed(tr("the list has more than %n items", nullptr, m_maxItems)));
        return;
    }
    for (const QJsonValue &item : items) {
        m_items.append(item);
    }
    Q_EMIT pageRead(items);
    if (m_finished) {
        return; // cancelled by a receiver of pageRead()
    }
    // ARM and Key Vault say nextLink, Graph @odata.nextLink; null or absent ends the list. Key Vault may send an
    // empty page that still has a nextLink (§0), so an empty page alone does not end it.
    QJsonValue next = page.value(QStringLiteral("nextLink"));
    if (next.isUndefined() || next.isNull()) {
        next = page.value(QStringLiteral("@odata.nextLink"));
    }
    if (next.isUndefined() || next.isNull() || (next.isString() && next.toString().isEmpty())) {
        finish(m_items);
        return;
    }
    if (!next.isString()) {
        finish(malformed(tr("the next-page link is not a string")));
        return;
    }
    const QUrl url = result.value().url.resolved(QUrl(next.toString()));
    if (m_seenLinks.contains(url.toString()) || m_pages >= m_maxPages) {
        finish(malformed(tr("the next-page links do not end")));
        return;
    }
    m_seenLinks.insert(url.toString());
    fetch(url);
}

AzureError PagerJob::malformed(const QString &why) const
{
    return AzureError(AzureError::Kind::InvalidResponse,
                      tr("The list from %1 cannot be read: %2.").arg(m_request.url.host(), why));
}

void PagerJob::finish(const JsonArrayResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
        m_current = nullptr;
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace CrossKey::Azure
