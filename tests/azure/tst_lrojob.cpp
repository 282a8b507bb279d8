// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/lrojob.h"
#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "rawcloud.h"
#include "rawhttpserver.h"
#include "sandbox/scenarios.h"
#include "sandboxcloud.h"
#include "sandboxtokensource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace CrossKey;
using Azure::AzureError;
using Azure::LroJob;
using Azure::RestRequest;
using Azure::RestResult;
using Tests::RawHttpServer;

// LroJob's three shapes (CONTRACTS.md §0 "LRO"): 202 + Location from the sandbox's resource group delete,
// Azure-AsyncOperation and provisioningState from a raw server.
class tst_LroJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestResult>(); }
    void resourceGroupDelete_pollsLocationUntilGone();
    void asyncOperation_pollsThenReadsTheResource();
    void asyncOperationFailed_givesTheOperationsError();
    void provisioningState_pollsTheResource();
    void getOfAFailedResource_isReturnedAsIs();
    void cancel_stopsPolling();

private:
    RestResult run(LroJob *job);
    std::unique_ptr<Azure::RestPipeline> rawPipeline(RawHttpServer &server, Azure::Cloud &cloud);

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
};

RestResult tst_LroJob::run(LroJob *job)
{
    job->setPollInterval(std::chrono::milliseconds(20));
    QSignalSpy finished(job, &LroJob::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().value<RestResult>();
}

std::unique_ptr<Azure::RestPipeline> tst_LroJob::rawPipeline(RawHttpServer &server, Azure::Cloud &cloud)
{
    cloud = Tests::rawCloud(server.baseUrl());
    return std::make_unique<Azure::RestPipeline>(&m_network, m_clock, cloud, nullptr);
}

void tst_LroJob::resourceGroupDelete_pollsLocationUntilGone()
{
    Sandbox::Server sandbox;
    QVERIFY(sandbox.listen(0));
    const Azure::Cloud cloud = Tests::sandboxCloud(&m_network, sandbox.baseUrl());
    Tests::SandboxTokenSource tokens(sandbox, QStringLiteral("admin@contosoisv.onmicrosoft.com"));
    Azure::RestPipeline pipeline(&m_network, m_clock, cloud, &tokens);
    auto retry = pipeline.retryPolicy();
    retry.maxRetryAfter = std::chrono::milliseconds(50); // the sandbox's Retry-After, shortened for the test
    pipeline.setRetryPolicy(retry);
    QUrl url = cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/subscriptions/%1/resourcegroups/rg-shared")
                    .arg(Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv"))));
    url.setQuery(QStringLiteral("api-version=2024-03-01"));
    RestRequest remove = RestRequest::get(RestRequest::Service::ResourceManager, url);
    remove.method = "DELETE";
    auto *job = new LroJob(&pipeline, remove);
    const RestResult result = run(job);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QVERIFY(result.value().status == 200 || result.value().status == 204);

    auto *check = new LroJob(&pipeline, RestRequest::get(RestRequest::Service::ResourceManager, url));
    const RestResult gone = run(check);
    QVERIFY(!gone.hasValue());
    QCOMPARE(gone.error().httpStatus(), 404);
}

void tst_LroJob::asyncOperation_pollsThenReadsTheResource()
{
    RawHttpServer server;
    Azure::Cloud cloud;
    auto pipeline = rawPipeline(server, cloud);
    const QByteArray operation = "Azure-AsyncOperation: " + server.baseUrl().toEncoded() + "/operations/1\r\n";
    server.script(
        {RawHttpServer::answer(201, operation, R"({"properties":{"provisioningState":"Accepted"}})"),
         RawHttpServer::answer(200, {}, R"({"status":"InProgress"})"),
         RawHttpServer::answer(200, {}, R"({"status":"Succeeded"})"),
         RawHttpServer::answer(200, {}, R"({"name":"thing","properties":{"provisioningState":"Succeeded"}})")});
    QUrl url = cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/things/thing"));
    const RestResult result =
        run(new LroJob(pipeline.get(), RestRequest::withBody(RestRequest::Service::ResourceManager, "PUT", url, "{}")));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(result.value().json.value(QStringLiteral("name")).toString(), QStringLiteral("thing"));
    QCOMPARE(server.requests().size(), 4);
    QVERIFY(server.requests().at(1).startsWith("GET /operations/1"));
    QVERIFY(server.requests().at(3).startsWith("GET /things/thing"));
}

void tst_LroJob::asyncOperationFailed_givesTheOperationsError()
{
    RawHttpServer server;
    Azure::Cloud cloud;
    auto pipeline = rawPipeline(server, cloud);
    const QByteArray operation = "Azure-AsyncOperation: " + server.baseUrl().toEncoded() + "/operations/2\r\n";
    server.script(
        {RawHttpServer::answer(202, operation, {}),
         RawHttpServer::answer(
             200, {}, R"({"status":"Failed","error":{"code":"KeyVaultAccessDenied","message":"no access"}})")});
    QUrl url = cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/things/thing"));
    const RestResult result =
        run(new LroJob(pipeline.get(), RestRequest::withBody(RestRequest::Service::ResourceManager, "PUT", url, "{}")));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code(), QStringLiteral("KeyVaultAccessDenied"));
    QCOMPARE(result.error().message(), QStringLiteral("no access"));
}

void tst_LroJob::provisioningState_pollsTheResource()
{
    RawHttpServer server;
    Azure::Cloud cloud;
    auto pipeline = rawPipeline(server, cloud);
    server.script({RawHttpServer::answer(200, {}, R"({"properties":{"provisioningState":"Creating"}})"),
                   RawHttpServer::answer(200, {}, R"({"properties":{"provisioningState":"ResolvingDNS"}})"),
                   RawHttpServer::answer(200, {}, R"({"properties":{"provisioningState":"Succeeded"}})")});
    QUrl url = cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/things/thing"));
    auto *job =
        new LroJob(pipeline.get(), RestRequest::withBody(RestRequest::Service::ResourceManager, "PUT", url, "{}"));
    QSignalSpy progress(job, &LroJob::progress);
    const RestResult result = run(job);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(progress.count(), 2);
}

void tst_LroJob::getOfAFailedResource_isReturnedAsIs()
{
    RawHttpServer server;
    Azure::Cloud cloud;
    auto pipeline = rawPipeline(server, cloud);
    server.script({RawHttpServer::answer(200, {}, R"({"properties":{"provisioningState":"Failed"}})")});
    QUrl url = cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/things/thing"));
    const RestResult result =
        run(new LroJob(pipeline.get(), RestRequest::get(RestRequest::Service::ResourceManager, url)));
    QVERIFY(result.hasValue());
    QCOMPARE(server.requests().size(), 1);
}

void tst_LroJob::cancel_stopsPolling()
{
    RawHttpServer server;
    Azure::Cloud cloud;
    auto pipeline = rawPipeline(server, cloud);
    server.script({RawHttpServer::answer(202, "Location: /operations/3\r\nRetry-After: 1\r\n", {})});
    QUrl url = cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/things/thing"));
    RestRequest remove = RestRequest::get(RestRequest::Service::ResourceManager, url);
    remove.method = "DELETE";
    auto *job = new LroJob(pipeline.get(), remove);
    QSignalSpy finished(job, &LroJob::finished);
    job->start();
    QTRY_COMPARE(server.requests().size(), 1);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<RestResult>().error().isCancelled());
    QTest::qWait(1200); // longer than Retry-After: no poll may follow a cancel
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(tst_LroJob)
#include "tst_lrojob.moc"
