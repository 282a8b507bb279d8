// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ids.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "sandboxgraphclient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey::Sandbox;

class tst_SandboxGraphService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void me_returnsSignedInUser();
    void organization_returnsTenant();
    void list_pagesWithNextLink();
    void list_defaultPageIsHundred();
    void list_filterAndSelect();
    void list_badQuery_data();
    void list_badQuery();
    void stateFile_keepsApplicationsCredentialsAndServicePrincipals();
};

void tst_SandboxGraphService::me_returnsSignedInUser()
{
    Server server;
    QVERIFY(server.listen());
    SandboxGraphClient graph(server.baseUrl());
    graph.signIn(kCustomerOwner, QStringLiteral("User.Read"));
    const HttpResult result = graph.get(QStringLiteral("/v1.0/me"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()[QStringLiteral("userPrincipalName")].toString(), kCustomerOwner);
    QCOMPARE(result.json()[QStringLiteral("id")].toString(),
             Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("owner")));
    QVERIFY(result.json()[QStringLiteral("@odata.context")].toString().endsWith(QLatin1String("#users/$entity")));
    QCOMPARE(graph.send("POST", QStringLiteral("/v1.0/me"), "{}").status, 405);
}

void tst_SandboxGraphService::organization_returnsTenant()
{
    Server server;
    QVERIFY(server.listen());
    SandboxGraphClient graph(server.baseUrl());
    graph.signIn(kIsvSupport);
    const HttpResult result = graph.get(QStringLiteral("/v1.0/organization"));
    QCOMPARE(result.status, 200);
    const QJsonArray value = result.json()[QStringLiteral("value")].toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first()[QStringLiteral("id")].toString(), Scenarios::tenantId(QStringLiteral("contosoisv")));
    QCOMPARE(value.first()[QStringLiteral("verifiedDomains")][0][QStringLiteral("name")].toString(),
             QStringLiteral("contosoisv.onmicrosoft.com"));
}

void tst_SandboxGraphService::list_pagesWithNextLink()
{
    Server server;
    QVERIFY(server.listen());
    SandboxGraphClient graph(server.baseUrl());
    graph.signIn(kIsvDeveloper);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!graph.createApplication(QStringLiteral("page-%1").arg(i)).isEmpty());
    }
    QVERIFY(!graph.createApplication(QStringLiteral("other")).isEmpty());
    QString next = QStringLiteral("/v1.0/applications?$filter=startswith(displayName,'page-')&$top=2");
    QStringList names;
    int pages = 0;
    while (!next.isEmpty()) {
        const HttpResult result = graph.get(next);
        QCOMPARE(result.status, 200);
        ++pages;
        for (const QJsonValue &app : result.json()[QStringLiteral("value")].toArray()) {
            names.append(app[QStringLiteral("displayName")].toString());
        }
        const QString link = result.json()[QStringLiteral("@odata.nextLink")].toString();
        QVERIFY(link.isEmpty() || link.startsWith(server.baseUrl().toString() + QStringLiteral("/v1.0/applications?")));
        QVERIFY(link.isEmpty() || link.contains(QLatin1String("$skiptoken=")));
        next = link.mid(server.baseUrl().toString().size());
    }
    QCOMPARE(pages, 3);
    QCOMPARE(names.size(), 5);
}

void tst_SandboxGraphService::list_defaultPageIsHundred()
{
    Server server;
    QVERIFY(server.listen());
    Application template_;
    template_.tenantId = Scenarios::tenantId(QStringLiteral("contosoisv"));
    for (int i = 0; i < 105; ++i) {
        Application app = template_;
        app.id = Ids::random();
        app.appId = Ids::random();
        app.displayName = QStringLiteral("bulk-%1").arg(i);
        server.world().editApplications().append(app);
    }
    SandboxGraphClient graph(server.baseUrl());
    graph.signIn(kIsvSupport);
    const HttpResult result = graph.get(QStringLiteral("/v1.0/applications"));
    QCOMPARE(result.json()[QStringLiteral("value")].toArray().size(), 100);
    QVERIFY(result.json().contains(QStringLiteral("@odata.nextLink")));
}

void tst_SandboxGraphService::list_filterAndSelect()
{
    Server server;
    QVERIFY(server.listen());
    SandboxGraphClient graph(server.baseUrl());
    graph.signIn(kIsvDeveloper);
    const QString appId = graph.createApplication(QStringLiteral("O'Brien app"))[QStringLiteral("appId")].toString();
    graph.createApplication(QStringLiteral("Another"));
    HttpResult result =
        graph.get(QStringLiteral("/v1.0/applications?$filter=appId eq '%1'&$select=id,appId").arg(appId));
    QCOMPARE(result.status, 200);
    QJsonArray value = result.json()[QStringLiteral("value")].toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().keys(), (QStringList{QStringLiteral("appId"), QStringLiteral("id")}));
    QVERIFY(
        result.json()[QStringLiteral("@odata.context")].toString().endsWith(QLatin1String("#applications(id,appId)")));
    result = graph.get(QStringLiteral("/v1.0/applications?$filter=displayName eq 'o''brien APP'"));
    QCOMPARE(result.json()[QStringLiteral("value")].toArray().size(), 1);
    result = graph.get(QStringLiteral("/v1.0/applications?$filter=appId eq '%1'").arg(Ids::random()));
    QCOMPARE(result.status, 200);
    QVERIFY(result.json()[QStringLiteral("value")].toArray().isEmpty());
}

void tst_SandboxGraphService::list_badQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("topTooBig") << QStringLiteral("$top=1000") << QStringLiteral("Request_UnsupportedQuery");
    QTest::newRow("topText") << QStringLiteral("$top=all") << QStringLiteral("Request_UnsupportedQuery");
    QTest::newRow("filterSyntax") << QStringLiteral("$filter=appId eq") << QStringLiteral("BadRequest");
    QTest::newRow("filterUnknown") << QStringLiteral("$filter=colour eq 'red'") << QStringLiteral("BadRequest");
    QTest::newRow("filterUnsupported") << QStringLiteral("$filter=notes eq 'x'")
                                       << QStringLiteral("Request_UnsupportedQuery");
    QTest::newRow("selectUnknown") << QStringLiteral("$select=colour") << QStringLiteral("BadRequest");
    QTest::newRow("skiptoken") << QStringLiteral("$skiptoken=garbage") << QStringLiteral("Directory_ExpiredPageToken");
    QTest::newRow("orderby") << QStringLiteral("$orderby=displayName") << QStringLiteral("Request_UnsupportedQuery");
}

void tst_SandboxGraphService::list_badQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    Server server;
    QVERIFY(server.listen());
    SandboxGraphClient graph(server.baseUrl());
    graph.signIn(kIsvAdmin);
    const HttpResult result = graph.get(QStringLiteral("/v1.0/applications?") + query);
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxGraphClient::errorCode(result), code);
}

void tst_SandboxGraphService::stateFile_keepsApplicationsCredentialsAndServicePrincipals()
{
    QTemporaryDir dir;
    ServerOptions options;
    options.stateFile = dir.filePath(QStringLiteral("state.json"));
    QString token;
    QString id;
    QString appId;
    {
        Server server(options);
        QVERIFY(server.listen());
        SandboxGraphClient graph(server.baseUrl());
        graph.signIn(kIsvDeveloper);
        token = graph.token(kIsvDeveloper);
        const QJsonObject app = graph.createApplication(QStringLiteral("Persistent"));
        id = app[QStringLiteral("id")].toString();
        appId = app[QStringLiteral("appId")].toString();
        QCOMPARE(graph
                     .post(QStringLiteral("/v1.0/applications/%1/federatedIdentityCredentials").arg(id),
                           {{QStringLiteral("name"), QStringLiteral("kept")},
                            {QStringLiteral("issuer"), QStringLiteral("https://login.example/t/v2.0")},
                            {QStringLiteral("subject"), Ids::random()},
                            {QStringLiteral("audiences"), QJsonArray{QStringLiteral("api://AzureADTokenExchange")}}})
                     .status,
                 201);
        graph.signIn(kCustomerAdmin);
        QCOMPARE(graph.post(QStringLiteral("/v1.0/servicePrincipals"), {{QStringLiteral("appId"), appId}}).status, 201);
    }
    Server reloaded(options);
    QVERIFY2(reloaded.errorString().isEmpty(), qPrintable(reloaded.errorString()));
    QVERIFY(reloaded.listen());
    SandboxGraphClient graph(reloaded.baseUrl());
    graph.setToken(token); // the signing key survives too
    const HttpResult app = graph.get(QStringLiteral("/v1.0/applications/") + id);
    QCOMPARE(app.status, 200);
    QCOMPARE(app.json()[QStringLiteral("displayName")].toString(), QStringLiteral("Persistent"));
    QCOMPARE(graph.get(QStringLiteral("/v1.0/applications/%1/federatedIdentityCredentials/kept").arg(id)).status, 200);
    QCOMPARE(graph
                 .patch(QStringLiteral("/v1.0/applications/") + id,
                        {{QStringLiteral("displayName"), QStringLiteral("Still mine")}})
                 .status,
             204); // ownership survives
    QVERIFY(reloaded.world().findServicePrincipal(Scenarios::tenantId(QStringLiteral("fabrikam")), appId));
}

QTEST_GUILESS_MAIN(tst_SandboxGraphService)
#include "tst_sandboxgraphservice.moc"
