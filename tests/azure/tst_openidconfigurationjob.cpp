// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/openidconfigurationjob.h"
#include "rawcloud.h"
#include "rawhttpserver.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandboxcloud.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace CrossKey;
using Azure::AzureError;
using Azure::OpenIdConfigurationJob;
using Azure::OpenIdConfigurationResult;

// A tenant's OpenID discovery document (CONTRACTS.md §1.1): the issuer a federated credential names.
class tst_OpenIdConfigurationJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentUrl_isOnTheAuthorityHost();
    void sandbox_givesTheTenantsIssuer();
    void unknownTenant_isAnError();
    void tenantWithPathCharacters_isRefused();
    void parse_isStrict_data();
    void parse_isStrict();
    void noAnswer_timesOut();
    void cancel_finishesCancelled();

private:
    OpenIdConfigurationResult run(OpenIdConfigurationJob *job);
    QNetworkAccessManager m_network;
};

void tst_OpenIdConfigurationJob::initTestCase()
{
    qRegisterMetaType<OpenIdConfigurationResult>();
}

OpenIdConfigurationResult tst_OpenIdConfigurationJob::run(OpenIdConfigurationJob *job)
{
    QSignalSpy finished(job, &OpenIdConfigurationJob::finished);
    job->start();
    if (!finished.wait(10000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("no answer"));
    }
    return finished.first().first().value<OpenIdConfigurationResult>();
}

void tst_OpenIdConfigurationJob::documentUrl_isOnTheAuthorityHost()
{
    QCOMPARE(
        OpenIdConfigurationJob::documentUrl(Azure::Cloud::azurePublic(), QStringLiteral("contoso.com")),
        QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration")));
    QCOMPARE(OpenIdConfigurationJob::documentUrl(Azure::Cloud::china(), QStringLiteral("t")).host(),
             Azure::Cloud::china().authorityHost().host());
}

void tst_OpenIdConfigurationJob::sandbox_givesTheTenantsIssuer()
{
    Sandbox::Server sandbox;
    QVERIFY(sandbox.listen(0));
    const Azure::Cloud cloud = Tests::sandboxCloud(&m_network, sandbox.baseUrl());
    QVERIFY(cloud.isValid());
    const QString tenant = Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv"));
    const auto result = run(new OpenIdConfigurationJob(&m_network, cloud, tenant));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(result.value().issuer, sandbox.baseUrl().toString() + QLatin1Char('/') + tenant + QStringLiteral("/v2.0"));
    QVERIFY(result.value().tokenEndpoint.isValid());
}

void tst_OpenIdConfigurationJob::unknownTenant_isAnError()
{
    Sandbox::Server sandbox;
    QVERIFY(sandbox.listen(0));
    const Azure::Cloud cloud = Tests::sandboxCloud(&m_network, sandbox.baseUrl());
    const auto result =
        run(new OpenIdConfigurationJob(&m_network, cloud, QStringLiteral("11111111-2222-3333-4444-555555555555")));
    QVERIFY(!result.hasValue());
    QVERIFY(result.error().httpStatus() >= 400);
    QVERIFY(!result.error().hint().isEmpty());
}

void tst_OpenIdConfigurationJob::tenantWithPathCharacters_isRefused()
{
    Tests::RawHttpServer server;
    const auto result =
        run(new OpenIdConfigurationJob(&m_network, Tests::rawCloud(server.baseUrl()), QStringLiteral("../evil/x")));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidInput);
    QVERIFY(server.requests().isEmpty());
}

void tst_OpenIdConfigurationJob::parse_isStrict_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << QByteArray(R"({"issuer":"https://login.microsoftonline.com/t/v2.0",
        "token_endpoint":"https://login.microsoftonline.com/t/oauth2/v2.0/token"})")
                          << true;
    QTest::newRow("china issuer host differs")
        << QByteArray(R"({"issuer":"https://login.partner.microsoftonline.cn/t/v2.0"})") << true;
    QTest::newRow("not json") << QByteArray("<html>") << false;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("no issuer") << QByteArray(R"({"token_endpoint":"https://x/token"})") << false;
    QTest::newRow("issuer number") << QByteArray(R"({"issuer":5})") << false;
    QTest::newRow("issuer padded") << QByteArray(R"({"issuer":" https://login.microsoftonline.com/t/v2.0"})") << false;
    QTest::newRow("issuer not a URL") << QByteArray(R"({"issuer":"login"})") << false;
    QTest::newRow("bad endpoint") << QByteArray(R"({"issuer":"https://l/t/v2.0","token_endpoint":3})") << false;
}

void tst_OpenIdConfigurationJob::parse_isStrict()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, ok);
    const auto result = OpenIdConfigurationJob::parse(document);
    QCOMPARE(result.hasValue(), ok);
    if (!ok) {
        QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
    }
}

void tst_OpenIdConfigurationJob::noAnswer_timesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    auto *job = new OpenIdConfigurationJob(&m_network, Tests::rawCloud(base), QStringLiteral("contoso.com"));
    job->setTimeout(std::chrono::milliseconds(200));
    const auto result = run(job);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::Timeout);
}

void tst_OpenIdConfigurationJob::cancel_finishesCancelled()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    auto *job = new OpenIdConfigurationJob(&m_network, Tests::rawCloud(base), QStringLiteral("contoso.com"));
    QSignalSpy finished(job, &OpenIdConfigurationJob::finished);
    job->start();
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<OpenIdConfigurationResult>().error().isCancelled());
}

QTEST_GUILESS_MAIN(tst_OpenIdConfigurationJob)
#include "tst_openidconfigurationjob.moc"
