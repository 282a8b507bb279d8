// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/formbody.h"
#include "sandbox/ids.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "sandboxgraphclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

class tst_SandboxGraphServicePrincipals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void customerAdmin_installsMultitenantApp();
    void customerAdmin_singleTenantApp_hasNoBackingApplication();
    void customer_nonAdmin_isDenied_data();
    void customer_nonAdmin_isDenied();
    void homeTenant_ownerMayCreate();
    void badInput_data();
    void badInput();
    void adminConsent_makesServicePrincipalAppear();
    void get_unknownOrBadId();

private:
    QString isvApp(const QString &audience);
    std::unique_ptr<Server> m_server;
    std::unique_ptr<SandboxGraphClient> m_graph;
};

void tst_SandboxGraphServicePrincipals::init()
{
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->listen());
    m_graph = std::make_unique<SandboxGraphClient>(m_server->baseUrl());
}

QString tst_SandboxGraphServicePrincipals::isvApp(const QString &audience)
{
    m_graph->signIn(kIsvDeveloper);
    return m_graph->createApplication(QStringLiteral("Contoso CMK"), audience)[QStringLiteral("appId")].toString();
}

void tst_SandboxGraphServicePrincipals::customerAdmin_installsMultitenantApp()
{
    const QString appId = isvApp(QStringLiteral("AzureADMultipleOrgs"));
    m_graph->signIn(kCustomerAdmin);
    HttpResult result = m_graph->post(QStringLiteral("/v1.0/servicePrincipals"), {{QStringLiteral("appId"), appId}});
    QCOMPARE(result.status, 201);
    const QJsonObject sp = result.json();
    const QString id = sp[QStringLiteral("id")].toString();
    QVERIFY(Ids::isGuid(id));
    QCOMPARE(sp[QStringLiteral("appId")].toString(), appId);
    QCOMPARE(sp[QStringLiteral("appOwnerOrganizationId")].toString(),
             Scenarios::tenantId(QStringLiteral("contosoisv")));
    QCOMPARE(sp[QStringLiteral("servicePrincipalType")].toString(), QStringLiteral("Application"));
    QVERIFY(sp[QStringLiteral("@odata.context")].toString().endsWith(QLatin1String("#servicePrincipals/$entity")));
    QVERIFY(m_server->world().findServicePrincipal(Scenarios::tenantId(QStringLiteral("fabrikam")), appId));

    result = m_graph->get(QStringLiteral("/v1.0/servicePrincipals?$filter=appId eq '%1'").arg(appId));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()[QStringLiteral("value")].toArray().size(), 1);
    QCOMPARE(m_graph->get(QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(appId))
                 .json()[QStringLiteral("id")]
                 .toString(),
             id);
    QCOMPARE(m_graph->get(QStringLiteral("/v1.0/servicePrincipals/") + id).status, 200);

    result = m_graph->post(QStringLiteral("/v1.0/servicePrincipals"), {{QStringLiteral("appId"), appId}});
    QCOMPARE(result.status, 409);
    QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("Request_MultipleObjectsWithSameKeyValue"));
    // The ISV tenant has no service principal for it until someone creates one there.
    m_graph->signIn(kIsvAdmin);
    QCOMPARE(m_graph->get(QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(appId)).status, 404);
}

void tst_SandboxGraphServicePrincipals::customerAdmin_singleTenantApp_hasNoBackingApplication()
{
    const QString appId = isvApp(QStringLiteral("AzureADMyOrg"));
    m_graph->signIn(kCustomerAdmin);
    const HttpResult result =
        m_graph->post(QStringLiteral("/v1.0/servicePrincipals"), {{QStringLiteral("appId"), appId}});
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("Request_BadRequest"));
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("details")][0][QStringLiteral("code")].toString(),
             QStringLiteral("NoBackingApplicationObject"));
    QVERIFY(!m_server->world().findServicePrincipal(Scenarios::tenantId(QStringLiteral("fabrikam")), appId));
}

void tst_SandboxGraphServicePrincipals::customer_nonAdmin_isDenied_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("developer") << kCustomerDeveloper;
    QTest::newRow("owner") << kCustomerOwner;
    QTest::newRow("support") << QStringLiteral("support@fabrikam.onmicrosoft.com");
}

void tst_SandboxGraphServicePrincipals::customer_nonAdmin_isDenied()
{
    QFETCH(QString, user);
    const QString appId = isvApp(QStringLiteral("AzureADMultipleOrgs"));
    m_graph->signIn(user);
    const HttpResult result =
        m_graph->post(QStringLiteral("/v1.0/servicePrincipals"), {{QStringLiteral("appId"), appId}});
    QCOMPARE(result.status, 403);
    QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("Authorization_RequestDenied"));
    QVERIFY(!m_server->world().findServicePrincipal(Scenarios::tenantId(QStringLiteral("fabrikam")), appId));
}

void tst_SandboxGraphServicePrincipals::homeTenant_ownerMayCreate()
{
    const QString appId = isvApp(QStringLiteral("AzureADMyOrg"));
    const HttpResult result =
        m_graph->post(QStringLiteral("/v1.0/servicePrincipals"), {{QStringLiteral("appId"), appId}});
    QCOMPARE(result.status, 201);
    QCOMPARE(result.json()[QStringLiteral("appOwnerOrganizationId")].toString(),
             Scenarios::tenantId(QStringLiteral("contosoisv")));
}

void tst_SandboxGraphServicePrincipals::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << QByteArray("{") << QStringLiteral("BadRequest");
    QTest::newRow("noAppId") << QByteArray("{}") << QStringLiteral("Request_BadRequest");
    QTest::newRow("appIdNumber") << QByteArray("{\"appId\":42}") << QStringLiteral("Request_BadRequest");
    QTest::newRow("notGuid") << QByteArray("{\"appId\":\"nope\"}") << QStringLiteral("Request_BadRequest");
    QTest::newRow("unknownApp") << QByteArray("{\"appId\":\"" + Ids::random().toLatin1() + "\"}")
                                << QStringLiteral("Request_BadRequest");
    QTest::newRow("unknownProperty") << QByteArray("{\"appId\":\"x\",\"colour\":1}") << QStringLiteral("BadRequest");
}

void tst_SandboxGraphServicePrincipals::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    m_graph->signIn(kCustomerAdmin);
    const qsizetype before = m_server->world().servicePrincipals().size();
    const HttpResult result = m_graph->send("POST", QStringLiteral("/v1.0/servicePrincipals"), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxGraphClient::errorCode(result), code);
    QCOMPARE(m_server->world().servicePrincipals().size(), before);
}

void tst_SandboxGraphServicePrincipals::adminConsent_makesServicePrincipalAppear()
{
    m_graph->signIn(kIsvDeveloper);
    const QString id = m_graph->createApplication(QStringLiteral("Consent me"))[QStringLiteral("id")].toString();
    const QString redirect = QStringLiteral("https://contoso.example/consent");
    QCOMPARE(m_graph
                 ->patch(QStringLiteral("/v1.0/applications/") + id,
                         {{QStringLiteral("web"), QJsonObject{{QStringLiteral("redirectUris"), QJsonArray{redirect}}}}})
                 .status,
             204);
    const QString appId =
        m_graph->get(QStringLiteral("/v1.0/applications/") + id).json()[QStringLiteral("appId")].toString();
    SandboxTestClient browser(m_server->baseUrl());
    const QByteArray form =
        FormBody::encode({{QStringLiteral("client_id"), appId},
                          {QStringLiteral("redirect_uri"), redirect},
                          {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                          {QStringLiteral("sandbox_user"), kCustomerAdmin}});
    const HttpResult consent =
        browser.send("POST", QStringLiteral("/fabrikam.onmicrosoft.com/v2.0/adminconsent"), form);
    QCOMPARE(consent.status, 302);
    QCOMPARE(consent.locationParameter(QStringLiteral("admin_consent")), QStringLiteral("True"));
    m_graph->signIn(kCustomerOwner); // any member may read it
    const HttpResult result = m_graph->get(QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(appId));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()[QStringLiteral("appOwnerOrganizationId")].toString(),
             Scenarios::tenantId(QStringLiteral("contosoisv")));
}

void tst_SandboxGraphServicePrincipals::get_unknownOrBadId()
{
    m_graph->signIn(kCustomerAdmin);
    QCOMPARE(m_graph->get(QStringLiteral("/v1.0/servicePrincipals/") + Ids::random()).status, 404);
    QCOMPARE(SandboxGraphClient::errorCode(m_graph->get(QStringLiteral("/v1.0/servicePrincipals/xyz"))),
             QStringLiteral("Request_BadRequest"));
    QCOMPARE(m_graph->get(QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(Ids::random())).status, 404);
    QCOMPARE(m_graph->send("DELETE", QStringLiteral("/v1.0/servicePrincipals")).status, 405);
}

QTEST_GUILESS_MAIN(tst_SandboxGraphServicePrincipals)
#include "tst_sandboxgraphserviceprincipals.moc"
