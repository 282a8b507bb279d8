// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "rawcloud.h"
#include "rawhttpserver.h"
#include "sandboxcloud.h"
#include "sandboxtokensource.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using Azure::AzureError;
using Azure::JsonArrayResult;
using Azure::PagerJob;
using Azure::RestRequest;
using Azure::RestResult;
using Tests::RawHttpServer;

// PagerJob (CONTRACTS.md §0 "Paging"): Graph's @odata.nextLink from the sandbox, ARM/Key Vault nextLink with
// empty pages, loops and caps from a raw server.
class tst_PagerJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RestResult>();
        qRegisterMetaType<JsonArrayResult>();
    }
    void graphApplications_topOneFollowsEveryPage();
    void emptyPageWithNextLink_isFollowed();
    void repeatingNextLink_isAnError();
    void moreThanMaxItems_isAnError();
    void pageWithoutValue_isInvalidResponse();

private:
    JsonArrayResult run(PagerJob *job);
    JsonArrayResult runRaw(const QList<QByteArray> &answers, int maxItems = 100);

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
};

JsonArrayResult tst_PagerJob::run(PagerJob *job)
{
    QSignalSpy finished(job, &PagerJob::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().value<JsonArrayResult>();
}

JsonArrayResult tst_PagerJob::runRaw(const QList<QByteArray> &answers, int maxItems)
{
    RawHttpServer server;
    const Azure::Cloud cloud = Tests::rawCloud(server.baseUrl());
    Azure::RestPipeline pipeline(&m_network, m_clock, cloud, nullptr);
    QList<QByteArray> scripted;
    for (QByteArray body : answers) {
        body.replace("@BASE@", server.baseUrl().toEncoded());
        scripted.append(RawHttpServer::answer(200, {}, body));
    }
    server.script(scripted);
    QUrl url = cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/list"));
    auto *job = new PagerJob(&pipeline, RestRequest::get(RestRequest::Service::ResourceManager, url));
    job->setMaxItems(maxItems);
    return run(job);
}

void tst_PagerJob::graphApplications_topOneFollowsEveryPage()
{
    Sandbox::Server sandbox;
    QVERIFY(sandbox.listen(0));
    const Azure::Cloud cloud = Tests::sandboxCloud(&m_network, sandbox.baseUrl());
    QVERIFY(cloud.isValid());
    Tests::SandboxTokenSource tokens(sandbox, QStringLiteral("admin@contosoisv.onmicrosoft.com"));
    Azure::RestPipeline pipeline(&m_network, m_clock, cloud, &tokens);
    QUrl applications = cloud.graphUrl();
    applications.setPath(QStringLiteral("/v1.0/applications"));
    for (int i = 0; i < 3; ++i) {
        auto *create = pipeline.send(RestRequest::withBody(
            RestRequest::Service::Graph, "POST", applications,
            QJsonDocument(QJsonObject{{QStringLiteral("displayName"), QStringLiteral("app %1").arg(i)}}).toJson()));
        QSignalSpy created(create, &Azure::RestJob::finished);
        create->start();
        QVERIFY(created.wait(10000));
        const RestResult app = created.first().first().value<RestResult>();
        QVERIFY2(app.hasValue(), qPrintable(app ? QString() : app.error().summary()));
    }
    QUrl list = applications;
    list.setQuery(QStringLiteral("$top=1"));
    auto *job = new PagerJob(&pipeline, RestRequest::get(RestRequest::Service::Graph, list));
    QSignalSpy pages(job, &PagerJob::pageRead);
    const JsonArrayResult result = run(job);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QVERIFY(result.value().size() >= 3);
    QCOMPARE(pages.count(), result.value().size());
}

void tst_PagerJob::emptyPageWithNextLink_isFollowed()
{
    const JsonArrayResult result = runRaw({R"({"value":[],"nextLink":"@BASE@/list?page=2"})",
                                           R"({"value":[{"kid":"a"}],"nextLink":"@BASE@/list?page=3"})",
                                           R"({"value":[{"kid":"b"}],"nextLink":null})"});
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(result.value().size(), 2);
}

void tst_PagerJob::repeatingNextLink_isAnError()
{
    const JsonArrayResult result = runRaw({R"({"value":[1],"nextLink":"@BASE@/list?page=2"})"});
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
}

void tst_PagerJob::moreThanMaxItems_isAnError()
{
    const JsonArrayResult result =
        runRaw({R"({"value":[1,2],"nextLink":"@BASE@/list?page=2"})", R"({"value":[3,4]})"}, 3);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
}

void tst_PagerJob::pageWithoutValue_isInvalidResponse()
{
    const JsonArrayResult result = runRaw({R"({"values":[1]})"});
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
}

QTEST_GUILESS_MAIN(tst_PagerJob)
#include "tst_pagerjob.moc"
