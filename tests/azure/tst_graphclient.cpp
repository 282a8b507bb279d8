// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/graphclient.h"
#include "azure/graphobjectjob.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "sandbox/requestlog.h"
#include "sandbox/scenarios.h"
#include "sandboxcloud.h"
#include "sandboxtokensource.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace CrossKey;
using Azure::AzureError;
using Azure::GraphObjectJob;
using Azure::GraphObjectResult;
using Azure::JsonArrayResult;
using Azure::PagerJob;
using Azure::RestJob;
using Azure::RestResult;

// GraphClient against the sandbox's Microsoft Graph (CONTRACTS.md §2).
class tst_GraphClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void me_andOrganization();
    void application_createFindUpdate();
    void federatedCredentials_createListDelete();
    void servicePrincipal_createThenAlreadyInstalled();
    void readerCreatingAnApp_isRequestDenied();
    void graphObject_isParsedStrictly();
    void quoteKey_doublesQuotes();

private:
    void signIn(const QString &user);
    RestResult run(RestJob *job);
    JsonArrayResult run(PagerJob *job);
    GraphObjectResult run(GraphObjectJob *job);
    QJsonObject createApp(const QString &name);

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Tests::SandboxTokenSource> m_tokens;
    std::unique_ptr<Azure::RestPipeline> m_pipeline;
    std::unique_ptr<Azure::GraphClient> m_graph;
    Azure::Cloud m_cloud;
};

void tst_GraphClient::initTestCase()
{
    qRegisterMetaType<RestResult>();
    qRegisterMetaType<JsonArrayResult>();
    qRegisterMetaType<GraphObjectResult>();
}

void tst_GraphClient::init()
{
    m_sandbox = std::make_unique<Sandbox::Server>();
    QVERIFY(m_sandbox->listen(0));
    m_cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(m_cloud.isValid());
    signIn(QStringLiteral("admin"));
}

void tst_GraphClient::cleanup()
{
    m_graph.reset();
    m_pipeline.reset();
    m_tokens.reset();
    m_sandbox.reset();
}

void tst_GraphClient::signIn(const QString &user)
{
    m_graph.reset();
    m_pipeline.reset();
    m_tokens =
        std::make_unique<Tests::SandboxTokenSource>(*m_sandbox, user + QStringLiteral("@contosoisv.onmicrosoft.com"));
    m_pipeline = std::make_unique<Azure::RestPipeline>(&m_network, m_clock, m_cloud, m_tokens.get());
    m_graph = std::make_unique<Azure::GraphClient>(m_pipeline.get());
}

RestResult tst_GraphClient::run(RestJob *job)
{
    QSignalSpy finished(job, &RestJob::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().value<RestResult>();
}

JsonArrayResult tst_GraphClient::run(PagerJob *job)
{
    QSignalSpy finished(job, &PagerJob::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().value<JsonArrayResult>();
}

GraphObjectResult tst_GraphClient::run(GraphObjectJob *job)
{
    QSignalSpy finished(job, &GraphObjectJob::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().value<GraphObjectResult>();
}

QJsonObject tst_GraphClient::createApp(const QString &name)
{
    const GraphObjectResult created = run(m_graph->createApplication(name, QStringLiteral("AzureADMultipleOrgs")));
    return created ? created.value().json : QJsonObject();
}

void tst_GraphClient::me_andOrganization()
{
    const GraphObjectResult me = run(m_graph->me());
    QVERIFY2(me.hasValue(), qPrintable(me ? QString() : me.error().summary()));
    QCOMPARE(me.value().userPrincipalName, QStringLiteral("admin@contosoisv.onmicrosoft.com"));
    const JsonArrayResult organization = run(m_graph->organization());
    QVERIFY(organization.hasValue());
    QCOMPARE(organization.value().size(), 1);
    QCOMPARE(organization.value().first().toObject().value(QStringLiteral("id")).toString(),
             Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")));
}

void tst_GraphClient::application_createFindUpdate()
{
    const QJsonObject app = createApp(QStringLiteral("Contoso CMK"));
    const QString appId = app.value(QStringLiteral("appId")).toString();
    const QString objectId = app.value(QStringLiteral("id")).toString();
    QVERIFY(!appId.isEmpty() && !objectId.isEmpty());

    const JsonArrayResult found = run(m_graph->applicationsByAppId(appId));
    QVERIFY(found.hasValue());
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().toObject().value(QStringLiteral("id")).toString(), objectId);

    QVERIFY(run(m_graph->updateSignInAudience(objectId, QStringLiteral("AzureADMyOrg"))).hasValue());
    const GraphObjectResult read = run(m_graph->getApplication(objectId));
    QVERIFY(read.hasValue());
    QCOMPARE(read.value().signInAudience, QStringLiteral("AzureADMyOrg"));

    const GraphObjectResult missing =
        run(m_graph->getApplication(QStringLiteral("00000000-0000-0000-0000-000000000001")));
    QVERIFY(!missing.hasValue());
    QCOMPARE(missing.error().httpStatus(), 404);
    QCOMPARE(missing.error().code(), QStringLiteral("Request_ResourceNotFound"));
}

void tst_GraphClient::federatedCredentials_createListDelete()
{
    const QString objectId = createApp(QStringLiteral("Contoso CMK")).value(QStringLiteral("id")).toString();
    const QJsonObject credential{
        {QStringLiteral("name"), QStringLiteral("crosskey-uami-1")},
        {QStringLiteral("issuer"), QStringLiteral("https://login.microsoftonline.com/%1/v2.0")
                                       .arg(Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")))},
        {QStringLiteral("subject"), QStringLiteral("7d1b8f0e-2a55-4c1e-9a4a-3f0f6f1b2c3d")},
        {QStringLiteral("audiences"), QJsonArray{QStringLiteral("api://AzureADTokenExchange")}}};
    const RestResult created = run(m_graph->createFederatedCredential(objectId, credential));
    QVERIFY2(created.hasValue(), qPrintable(created ? QString() : created.error().summary()));
    const QString credentialId = created.value().json.value(QStringLiteral("id")).toString();

    const JsonArrayResult listed = run(m_graph->listFederatedCredentials(objectId));
    QVERIFY(listed.hasValue());
    QCOMPARE(listed.value().size(), 1);
    QVERIFY(run(m_graph->deleteFederatedCredential(objectId, credentialId)).hasValue());
    QCOMPARE(run(m_graph->listFederatedCredentials(objectId)).value().size(), 0);
}

void tst_GraphClient::servicePrincipal_createThenAlreadyInstalled()
{
    const QString appId = createApp(QStringLiteral("Contoso CMK")).value(QStringLiteral("appId")).toString();
    const GraphObjectResult none = run(m_graph->servicePrincipalByAppId(appId));
    QVERIFY(!none.hasValue());
    QCOMPARE(none.error().httpStatus(), 404);
    const GraphObjectResult created = run(m_graph->createServicePrincipal(appId));
    QVERIFY2(created.hasValue(), qPrintable(created ? QString() : created.error().summary()));
    const GraphObjectResult again = run(m_graph->createServicePrincipal(appId));
    QVERIFY(!again.hasValue());
    QCOMPARE(again.error().httpStatus(), 409);
    QCOMPARE(again.error().code(), QStringLiteral("Request_MultipleObjectsWithSameKeyValue"));
    const GraphObjectResult found = run(m_graph->servicePrincipalByAppId(appId));
    QVERIFY(found.hasValue());
    QCOMPARE(found.value().appId, appId);
    QCOMPARE(found.value().appOwnerOrganizationId, Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")));
}

void tst_GraphClient::readerCreatingAnApp_isRequestDenied()
{
    signIn(QStringLiteral("support"));
    const GraphObjectResult result =
        run(m_graph->createApplication(QStringLiteral("x"), QStringLiteral("AzureADMultipleOrgs")));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().httpStatus(), 403);
    QCOMPARE(result.error().code(), QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(m_sandbox->requestLog().entries().last().status, 403); // not retried
}

void tst_GraphClient::graphObject_isParsedStrictly()
{
    QVERIFY(Azure::GraphObject::fromJson(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("someNewField"), 1}})
                .hasValue());
    QCOMPARE(Azure::GraphObject::fromJson(
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("appId"), 7}})
                 .error()
                 .kind(),
             AzureError::Kind::InvalidResponse);
    QCOMPARE(Azure::GraphObject::fromJson(QJsonObject{}).error().kind(), AzureError::Kind::InvalidResponse);
}

void tst_GraphClient::quoteKey_doublesQuotes()
{
    QCOMPARE(Azure::GraphClient::quoteKey(QStringLiteral("a'b")), QStringLiteral("'a''b'"));
}

QTEST_GUILESS_MAIN(tst_GraphClient)
#include "tst_graphclient.moc"
