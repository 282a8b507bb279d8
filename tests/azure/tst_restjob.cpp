// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "azure/tokensource.h"
#include "rawhttpserver.h"
#include "sandbox/request.h"
#include "sandbox/server.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace CrossKey;
using Azure::AzureError;
using Azure::RestJob;
using Azure::RestRequest;
using Azure::RestResult;

namespace {

// Hands out "token-N" and remembers what it was asked.
class CountingTokenSource final : public Azure::TokenSource
{
public:
    QList<Request> asked;
    void requestToken(const Request &request, QObject *context, Callback done) override
    {
        asked.append(request);
        const QString token = QStringLiteral("token-%1").arg(asked.size());
        QTimer::singleShot(0, context, [done, token, request] { done(Azure::AccessToken{token, request.scope, {}}); });
    }
};

} // namespace

// RestJob's protocol edges that the sandbox does not produce: HTML and cut-off bodies, redirects to another
// host, claims and Key Vault challenges (CONTRACTS.md §0, §1.8). A cloud whose every endpoint is a raw server.
class tst_RestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void badBody_isInvalidResponse_data();
    void badBody_isInvalidResponse();
    void redirectToAnotherHost_isNotFollowed();
    void claimsChallenge_asksForClaimsAndRetriesOnce();
    void keyVaultChallenge_firstCallWithoutTokenThenTenantToken();
    void keyVaultChallengeForForeignResource_sendsNoToken();
    void bodyLargerThanCap_isRefused();

private:
    RestResult run(const RestRequest &request);

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
    QByteArray m_metadata;
    std::unique_ptr<Tests::RawHttpServer> m_server;
    std::unique_ptr<CountingTokenSource> m_tokens;
    std::unique_ptr<Azure::RestPipeline> m_pipeline;
    Azure::Cloud m_cloud;
};

void tst_RestJob::initTestCase()
{
    qRegisterMetaType<RestResult>();
    // The sandbox's metadata document, re-pointed at the raw server below.
    Sandbox::Server sandbox;
    QVERIFY(sandbox.listen(0));
    const auto response =
        sandbox.dispatch(Sandbox::Request::make("GET", QStringLiteral("/metadata/endpoints?api-version=2022-09-01")));
    m_metadata = response.body;
    m_metadata.replace(sandbox.baseUrl().toString().toUtf8(), "@BASE@");
    QVERIFY(m_metadata.contains("@BASE@"));
}

void tst_RestJob::init()
{
    m_pipeline.reset();
    m_server = std::make_unique<Tests::RawHttpServer>();
    QByteArray document = m_metadata;
    document.replace("@BASE@", m_server->baseUrl().toString().toUtf8());
    // Key Vault at 127.0.0.1 too: the vault suffix becomes ".0.0.1", its resource "https://0.0.1".
    document.replace("vault.azure.net", "0.0.1");
    const auto cloud = Azure::Cloud::fromMetadata(document);
    QVERIFY2(cloud.hasValue(), qPrintable(cloud ? QString() : cloud.error().summary()));
    m_cloud = cloud.value();
    m_tokens = std::make_unique<CountingTokenSource>();
    m_pipeline = std::make_unique<Azure::RestPipeline>(&m_network, m_clock, m_cloud, m_tokens.get());
    Azure::RetryPolicy once;
    once.maxRetries = 1;
    once.baseDelay = std::chrono::milliseconds(10);
    m_pipeline->setRetryPolicy(once);
}

RestResult tst_RestJob::run(const RestRequest &request)
{
    RestJob *job = m_pipeline->send(request);
    QSignalSpy finished(job, &RestJob::finished);
    job->start();
    if (!finished.wait(10000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().value<RestResult>();
}

void tst_RestJob::badBody_isInvalidResponse_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("kind");
    const QByteArray html = "<html><body>Proxy says hello</body></html>";
    QTest::newRow("html 200") << Tests::RawHttpServer::answer(200, "Content-Type: text/html\r\n", html)
                              << int(AzureError::Kind::InvalidResponse);
    QTest::newRow("json array 200") << Tests::RawHttpServer::answer(200, {}, "[1,2]")
                                    << int(AzureError::Kind::InvalidResponse);
    QTest::newRow("truncated json 200") << Tests::RawHttpServer::answer(200, {}, R"({"value":[{"id":)")
                                        << int(AzureError::Kind::InvalidResponse);
    QTest::newRow("html 502")
        << Tests::RawHttpServer::answer(502, "Content-Type: text/html\r\n", html)
        << int(AzureError::Kind::Service); // ServiceError keeps the status and says the body was not JSON
    QTest::newRow("cut off") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"value\":[")
                             << int(AzureError::Kind::Network);
    QTest::newRow("garbage") << QByteArray("\x01\x02garbage\r\n\r\n") << int(AzureError::Kind::Network);
}

void tst_RestJob::badBody_isInvalidResponse()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, kind);
    m_server->script({answer});
    QUrl url = m_cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/subscriptions"));
    const RestResult result = run(RestRequest::get(RestRequest::Service::ResourceManager, url));
    QVERIFY(!result.hasValue());
    QCOMPARE(int(result.error().kind()), kind);
    QVERIFY(!result.error().message().isEmpty());
}

void tst_RestJob::redirectToAnotherHost_isNotFollowed()
{
    Tests::RawHttpServer elsewhere;
    elsewhere.script({Tests::RawHttpServer::answer(200, {}, "{}")});
    QUrl target = elsewhere.baseUrl();
    target.setPath(QStringLiteral("/steal"));
    m_server->script({Tests::RawHttpServer::answer(302, "Location: " + target.toEncoded() + "\r\n", {})});
    QUrl url = m_cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/subscriptions"));
    const RestResult result = run(RestRequest::get(RestRequest::Service::ResourceManager, url));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
    QCOMPARE(result.error().httpStatus(), 302);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(m_server->requests().first().contains("Authorization: Bearer token-1"));
    QVERIFY(elsewhere.requests().isEmpty()); // no request at all, so no Authorization header either
}

void tst_RestJob::claimsChallenge_asksForClaimsAndRetriesOnce()
{
    // §1.8's ARM example: claims decode to {"access_token":{"nbf":{"essential":true, "value":"1603742800"}}}.
    const QByteArray challenge =
        "WWW-Authenticate: Bearer authorization_uri=\"https://login.windows.net/\", error=\"invalid_token\", "
        "error_description=\"User session has been revoked\", "
        "claims=\"eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwMzc0MjgwMCJ9fX0=\"\r\n";
    m_server->script({Tests::RawHttpServer::answer(
                          401, challenge, R"({"error":{"code":"InvalidAuthenticationToken","message":"revoked"}})"),
                      Tests::RawHttpServer::answer(200, {}, R"({"value":[]})")});
    QUrl url = m_cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/subscriptions"));
    const RestResult result = run(RestRequest::get(RestRequest::Service::ResourceManager, url));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(m_tokens->asked.size(), 2);
    QVERIFY(m_tokens->asked.at(1).claims.contains("\"nbf\""));
    QVERIFY(m_tokens->asked.at(1).forceRefresh);
    QVERIFY(m_server->requests().at(1).contains("Authorization: Bearer token-2"));
}

void tst_RestJob::keyVaultChallenge_firstCallWithoutTokenThenTenantToken()
{
    const QByteArray tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    const QByteArray challenge = "WWW-Authenticate: Bearer authorization=\"" + m_server->baseUrl().toEncoded() + "/" +
                                 tenant + "\", resource=\"https://0.0.1\"\r\n";
    m_server->script(
        {Tests::RawHttpServer::answer(401, challenge, R"({"error":{"code":"Unauthorized","message":"AKV10000"}})"),
         Tests::RawHttpServer::answer(200, {}, R"({"key":{"kid":"x"}})")});
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/keys/cmk"));
    const RestResult result = run(RestRequest::get(RestRequest::Service::KeyVault, url));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QVERIFY(!m_server->requests().at(0).contains("Authorization"));
    QCOMPARE(m_tokens->asked.size(), 1);
    QCOMPARE(m_tokens->asked.first().tenantId, QString::fromLatin1(tenant));
    QCOMPARE(m_tokens->asked.first().scope, QStringLiteral("https://0.0.1/.default"));
    QVERIFY(m_server->requests().at(1).contains("Authorization: Bearer token-1"));
}

void tst_RestJob::keyVaultChallengeForForeignResource_sendsNoToken()
{
    const QByteArray challenge = "WWW-Authenticate: Bearer authorization=\"https://evil.example.com/tenant\", "
                                 "resource=\"https://evil.example.com\"\r\n";
    m_server->script({Tests::RawHttpServer::answer(401, challenge, {})});
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/keys/cmk"));
    const RestResult result = run(RestRequest::get(RestRequest::Service::KeyVault, url));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
    QVERIFY(m_tokens->asked.isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_RestJob::bodyLargerThanCap_isRefused()
{
    m_pipeline->setMaxBodyBytes(1024);
    m_server->script({Tests::RawHttpServer::answer(200, {}, "{\"v\":\"" + QByteArray(4096, 'x') + "\"}")});
    QUrl url = m_cloud.resourceManagerUrl();
    url.setPath(QStringLiteral("/subscriptions"));
    const RestResult result = run(RestRequest::get(RestRequest::Service::ResourceManager, url));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
}

QTEST_GUILESS_MAIN(tst_RestJob)
#include "tst_restjob.moc"
