// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/restrequest.h"
#include "azure/restresponse.h"

#include <QJsonArray>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace CrossKey::Azure {

class RestJob;
class RestPipeline;

using JsonArrayResult = Result<QJsonArray>;

// PagerJob reads a whole list (CONTRACTS.md §0 "Paging"): `value` of each page, following `nextLink` (ARM, Key
// Vault) or `@odata.nextLink` (Graph) until there is none, empty Key Vault pages included. pageRead() streams
// each page; finished() gives all items, or an error when a page is malformed, a link repeats, or there are
// more than maxItems() items. Next links go through the same pipeline, so they too stay on the cloud.
class PagerJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagerJob)

public:
    PagerJob(RestPipeline *pipeline, RestRequest firstPage, QObject *parent = nullptr);
    ~PagerJob() override;

    void setMaxItems(int count) { m_maxItems = count; }
    int maxItems() const { return m_maxItems; }
    void setMaxPages(int count) { m_maxPages = count; }
    int pages() const { return m_pages; }

    void start();
    void cancel();

Q_SIGNALS:
    void pageRead(const QJsonArray &items);
    void finished(const CrossKey::Azure::JsonArrayResult &result);

private:
    void fetch(const QUrl &url);
    void readPage(const RestResult &result);
    AzureError malformed(const QString &why) const;
    void finish(const JsonArrayResult &result);

    RestPipeline *m_pipeline;
    RestRequest m_request;
    QPointer<RestJob> m_current;
    QJsonArray m_items;
    QSet<QString> m_seenLinks;
    int m_maxItems = 10000;
    int m_maxPages = 1000;
    int m_pages = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::JsonArrayResult)
