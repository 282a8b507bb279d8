// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "sandbox/faultinjector.h"
#include "sandbox/requestlog.h"
#include "sandbox/scenarios.h"
#include "sandboxcloud.h"
#include "sandboxtokensource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace CrossKey;
using Azure::AzureError;
using Azure::RestJob;
using Azure::RestRequest;
using Azure::RestResult;

// RestPipeline against the sandbox over real HTTP: retries, refresh, cancel, limits (CONTRACTS.md §0, §1.8).
class tst_RestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void get_sendsTokenUserAgentAndFreshRequestIds();
    void throttled_retriesAfterDelay();
    void serverErrors_retryThenGiveUpWithTheError();
    void forbidden_isNotRetried();
    void notFound_isNotRetried();
    void unauthorized_refreshesTokenOnce();
    void unauthorizedAgain_givesUp();
    void otherTenantsSubscription_switchesTenantOnce();
    void cancel_inFlightFinishesOnce();
    void cancelAll_cancelsRunningAndWaiting();
    void hang_timesOut();
    void connectionReset_isRetried();
    void parallelism_isBounded();
    void foreignHost_isRefusedWithoutToken();

private:
    RestResult run(RestJob *job);
    QUrl arm(const QString &path, const QString &apiVersion = QStringLiteral("2024-03-01")) const;
    QUrl subscription() const;
    // Requests the sandbox answered, except reading the cloud's metadata in init().
    int sent() const;
    void usePipeline(const QString &upn);

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Tests::SandboxTokenSource> m_tokens;
    std::unique_ptr<Azure::RestPipeline> m_pipeline;
    Azure::Cloud m_cloud;
    QString m_subscription;
};

void tst_RestPipeline::initTestCase()
{
    qRegisterMetaType<RestResult>();
    m_subscription = Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv"));
}

void tst_RestPipeline::init()
{
    m_sandbox = std::make_unique<Sandbox::Server>();
    QVERIFY(m_sandbox->listen(0));
    m_cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(m_cloud.isValid());
    usePipeline(QStringLiteral("admin@contosoisv.onmicrosoft.com"));
}

void tst_RestPipeline::cleanup()
{
    m_pipeline.reset();
    m_tokens.reset();
    m_sandbox.reset();
}

void tst_RestPipeline::usePipeline(const QString &upn)
{
    m_pipeline.reset();
    m_tokens = std::make_unique<Tests::SandboxTokenSource>(*m_sandbox, upn);
    m_pipeline = std::make_unique<Azure::RestPipeline>(&m_network, m_clock, m_cloud, m_tokens.get());
    Azure::RetryPolicy fast;
    fast.baseDelay = std::chrono::milliseconds(10);
    fast.maxRetries = 3;
    m_pipeline->setRetryPolicy(fast);
}

QUrl tst_RestPipeline::arm(const QString &path, const QString &apiVersion) const
{
    QUrl url = m_cloud.resourceManagerUrl();
    url.setPath(path);
    url.setQuery(QStringLiteral("api-version=") + apiVersion);
    return url;
}

int tst_RestPipeline::sent() const
{
    const auto &entries = m_sandbox->requestLog().entries();
    return int(std::count_if(entries.begin(), entries.end(),
                             [](const auto &entry) { return !entry.path.startsWith(QLatin1String("/metadata/")); }));
}

QUrl tst_RestPipeline::subscription() const
{
    return arm(QStringLiteral("/subscriptions/") + m_subscription, QStringLiteral("2022-12-01"));
}

RestResult tst_RestPipeline::run(RestJob *job)
{
    QSignalSpy finished(job, &RestJob::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().value<RestResult>();
}

void tst_RestPipeline::get_sendsTokenUserAgentAndFreshRequestIds()
{
    const QUrl url = arm(QStringLiteral("/subscriptions/%1/resourcegroups").arg(m_subscription));
    const RestResult first = run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, url)));
    QVERIFY2(first.hasValue(), qPrintable(first ? QString() : first.error().summary()));
    QCOMPARE(first.value().status, 200);
    QVERIFY(first.value().json.value(QStringLiteral("value")).isArray());
    QVERIFY(!first.value().header("x-ms-request-id").isEmpty());
    QVERIFY(run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, url))).hasValue());
    const auto &entries = m_sandbox->requestLog().entries();
    QCOMPARE(sent(), 2);
    const QString firstId = entries.at(entries.size() - 2).clientRequestId;
    QVERIFY(!firstId.isEmpty());
    QVERIFY(firstId != entries.last().clientRequestId);
    QCOMPARE(m_tokens->asked.first().scope, m_cloud.armScope());
    QVERIFY(m_pipeline->userAgent().startsWith(QStringLiteral("CrossKey/")));
}

void tst_RestPipeline::throttled_retriesAfterDelay()
{
    m_sandbox->faults().throttleNext(2, 1);
    QElapsedTimer elapsed;
    elapsed.start();
    const RestResult result =
        run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, subscription())));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(sent(), 3);
    // Retry-After: 1 was honoured twice, not the 10 ms backoff.
    QVERIFY(elapsed.elapsed() >= 1900);
}

void tst_RestPipeline::serverErrors_retryThenGiveUpWithTheError()
{
    m_sandbox->faults().failNext(10, 503);
    const RestResult result =
        run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, subscription())));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::Service);
    QCOMPARE(result.error().httpStatus(), 503);
    QCOMPARE(result.error().code(), QStringLiteral("ServiceUnavailable"));
    QCOMPARE(sent(), 4); // one try and three retries
}

void tst_RestPipeline::forbidden_isNotRetried()
{
    usePipeline(QStringLiteral("support@contosoisv.onmicrosoft.com"));
    const QUrl url = arm(QStringLiteral("/subscriptions/%1/resourcegroups/rg-new").arg(m_subscription));
    const RestResult result = run(m_pipeline->send(
        RestRequest::withBody(RestRequest::Service::ResourceManager, "PUT", url, R"({"location":"eastus"})")));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().httpStatus(), 403);
    QCOMPARE(result.error().code(), QStringLiteral("AuthorizationFailed"));
    QVERIFY(!result.error().requestIds().isEmpty());
    QCOMPARE(sent(), 1);
}

void tst_RestPipeline::notFound_isNotRetried()
{
    const QUrl url = arm(QStringLiteral("/subscriptions/%1/resourcegroups/rg-missing").arg(m_subscription));
    const RestResult result = run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, url)));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().httpStatus(), 404);
    QCOMPARE(result.error().code(), QStringLiteral("ResourceGroupNotFound"));
    QCOMPARE(sent(), 1);
}

void tst_RestPipeline::unauthorized_refreshesTokenOnce()
{
    m_tokens->badTokens = 1;
    const RestResult result =
        run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, subscription())));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(sent(), 2);
    QCOMPARE(m_tokens->asked.size(), 2);
    QVERIFY(!m_tokens->asked.at(0).forceRefresh);
    QVERIFY(m_tokens->asked.at(1).forceRefresh);
}

void tst_RestPipeline::otherTenantsSubscription_switchesTenantOnce()
{
    const QString fabrikam = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    const QUrl other =
        arm(QStringLiteral("/subscriptions/") + Sandbox::Scenarios::subscriptionId(QStringLiteral("fabrikam")),
            QStringLiteral("2022-12-01"));

    const RestResult result = run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, other)));

    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(sent(), 2);
    QCOMPARE(m_tokens->asked.size(), 2);
    QCOMPARE(m_tokens->asked.at(1).tenantId, fabrikam);
}

void tst_RestPipeline::unauthorizedAgain_givesUp()
{
    m_tokens->badTokens = 5;
    const RestResult result =
        run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, subscription())));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().httpStatus(), 401);
    QCOMPARE(sent(), 2);
}

void tst_RestPipeline::cancel_inFlightFinishesOnce()
{
    m_sandbox->faults().add(Sandbox::FaultRule::hang());
    auto *job = m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, subscription()));
    QSignalSpy finished(job, &RestJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    job->start();
    QTRY_COMPARE(m_sandbox->pendingAnswerCount() + sent() > 0, true);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<RestResult>().error().isCancelled());
    QTRY_COMPARE(destroyed.count(), 1);
    QCOMPARE(m_pipeline->runningCount(), 0);
}

void tst_RestPipeline::cancelAll_cancelsRunningAndWaiting()
{
    m_sandbox->faults().add(Sandbox::FaultRule::hang());
    m_pipeline->setMaxInFlight(1);
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (int i = 0; i < 3; ++i) {
        auto *job = m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, subscription()));
        spies.append(std::make_shared<QSignalSpy>(job, &RestJob::finished));
        job->start();
    }
    QCOMPARE(m_pipeline->waitingCount(), 2);
    m_pipeline->cancelAll();
    for (const auto &spy : spies) {
        QCOMPARE(spy->count(), 1);
        QVERIFY(spy->first().first().value<RestResult>().error().isCancelled());
    }
    QCOMPARE(m_pipeline->runningCount() + m_pipeline->waitingCount(), 0);
}

void tst_RestPipeline::hang_timesOut()
{
    m_sandbox->faults().add(Sandbox::FaultRule::hang());
    auto retry = m_pipeline->retryPolicy();
    retry.maxRetries = 1;
    m_pipeline->setRetryPolicy(retry);
    RestRequest request = RestRequest::get(RestRequest::Service::ResourceManager, subscription());
    request.timeout = std::chrono::milliseconds(300);
    const RestResult result = run(m_pipeline->send(request));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::Timeout);
    QVERIFY(!result.error().requestIds().value(QStringLiteral("x-ms-client-request-id")).isEmpty());
}

void tst_RestPipeline::connectionReset_isRetried()
{
    // Qt resends an idempotent request once by itself (docs/sandbox.md), so three resets need our retries too.
    m_sandbox->faults().add(Sandbox::FaultRule::reset().times(3));
    const RestResult result =
        run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, subscription())));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
}

void tst_RestPipeline::parallelism_isBounded()
{
    m_sandbox->faults().add(Sandbox::FaultRule::delay(200));
    m_pipeline->setMaxInFlight(2);
    int done = 0;
    int peak = 0;
    for (int i = 0; i < 5; ++i) {
        auto *job = m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, subscription()));
        connect(job, &RestJob::finished, this, [&done](const RestResult &result) { done += result ? 1 : 0; });
        job->start();
        peak = qMax(peak, m_pipeline->runningCount());
    }
    QCOMPARE(peak, 2);
    QCOMPARE(m_pipeline->waitingCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(done, 5, 10000);
}

void tst_RestPipeline::foreignHost_isRefusedWithoutToken()
{
    const QUrl foreign(
        QStringLiteral("http://127.0.0.2:%1/subscriptions?api-version=2022-12-01").arg(m_sandbox->port()));
    const RestResult result = run(m_pipeline->send(RestRequest::get(RestRequest::Service::ResourceManager, foreign)));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidInput);
    QVERIFY(m_tokens->asked.isEmpty());
    QCOMPARE(sent(), 0);
}

QTEST_GUILESS_MAIN(tst_RestPipeline)
#include "tst_restpipeline.moc"
