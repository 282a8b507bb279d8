// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ids.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "sandboxgraphclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

class tst_SandboxGraphApplications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void create_asDeveloper_returnsGraphShape();
    void create_byRole_data();
    void create_byRole();
    void create_usersMayRegister_letsPlainUserCreate();
    void create_userReadOnlyToken_isDenied();
    void create_badInput_data();
    void create_badInput();
    void get_byIdAndAppId();
    void get_badOrUnknownId_data();
    void get_badOrUnknownId();
    void get_otherTenant_isNotFound();
    void update_owner_changesAudience();
    void update_badInput_keepsApplication();
    void update_nonOwner_isDenied();
    void update_admin_mayChangeAnyApplication();
    void delete_owner_removesIt();
    void delete_support_isDenied();
    void noToken_isUnauthorized();

private:
    qsizetype applicationCount() const { return m_server->world().applications().size(); }
    std::unique_ptr<Server> m_server;
    std::unique_ptr<SandboxGraphClient> m_graph;
};

void tst_SandboxGraphApplications::init()
{
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->listen());
    m_graph = std::make_unique<SandboxGraphClient>(m_server->baseUrl());
}

void tst_SandboxGraphApplications::create_asDeveloper_returnsGraphShape()
{
    m_graph->signIn(kIsvDeveloper);
    const HttpResult result = m_graph->post(QStringLiteral("/v1.0/applications"),
                                            {{QStringLiteral("displayName"), QStringLiteral("Contoso CMK")}});
    QCOMPARE(result.status, 201);
    const QJsonObject app = result.json();
    const QString id = app[QStringLiteral("id")].toString();
    QVERIFY(Ids::isGuid(id));
    QVERIFY(Ids::isGuid(app[QStringLiteral("appId")].toString()));
    QVERIFY(app[QStringLiteral("@odata.context")].toString().endsWith(
        QLatin1String("/v1.0/$metadata#applications/$entity")));
    QCOMPARE(app[QStringLiteral("signInAudience")].toString(), QStringLiteral("AzureADMyOrg"));
    QCOMPARE(app[QStringLiteral("publisherDomain")].toString(), QStringLiteral("contosoisv.onmicrosoft.com"));
    QVERIFY(QDateTime::fromString(app[QStringLiteral("createdDateTime")].toString(), Qt::ISODate).isValid());
    QVERIFY(app[QStringLiteral("web")][QStringLiteral("redirectUris")].isArray());
    QVERIFY(result.header("Location")
                .endsWith(("/directoryObjects/" + id + "/Microsoft.DirectoryServices.Application").toLatin1()));
    QVERIFY(!result.header("request-id").isEmpty());
    QCOMPARE(result.header("client-request-id"), QByteArray("6f1c2e0a-7d4b-4a5e-9c3f-2b8d1e0f4a6c"));
    QVERIFY(result.header("x-ms-ags-diagnostic").contains("ServerInfo"));
    QVERIFY(result.header("Content-Type").startsWith("application/json;odata.metadata=minimal"));
    const Application *stored = m_server->world().findApplication(app[QStringLiteral("appId")].toString());
    QVERIFY(stored);
    QCOMPARE(stored->owners, QStringList{Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("developer"))});
}

void tst_SandboxGraphApplications::create_byRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    QTest::newRow("admin") << kIsvAdmin << 201;
    QTest::newRow("developer") << kIsvDeveloper << 201;
    QTest::newRow("owner") << kIsvOwner << 403;
    QTest::newRow("support") << kIsvSupport << 403;
}

void tst_SandboxGraphApplications::create_byRole()
{
    QFETCH(QString, user);
    QFETCH(int, status);
    m_graph->signIn(user);
    const qsizetype before = applicationCount();
    const HttpResult result =
        m_graph->post(QStringLiteral("/v1.0/applications"),
                      {{QStringLiteral("displayName"), QStringLiteral("App")},
                       {QStringLiteral("signInAudience"), QStringLiteral("AzureADMultipleOrgs")}});
    QCOMPARE(result.status, status);
    if (status == 403) {
        QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("Authorization_RequestDenied"));
        QCOMPARE(SandboxGraphClient::errorMessage(result),
                 QStringLiteral("Insufficient privileges to complete the operation."));
        QVERIFY(result.json()[QStringLiteral("error")][QStringLiteral("innerError")][QStringLiteral("request-id")]
                    .isString());
        QCOMPARE(applicationCount(), before);
    } else {
        QCOMPARE(result.json()[QStringLiteral("signInAudience")].toString(), QStringLiteral("AzureADMultipleOrgs"));
    }
}

void tst_SandboxGraphApplications::create_usersMayRegister_letsPlainUserCreate()
{
    for (Tenant &tenant : m_server->world().editTenants()) {
        tenant.usersCanRegisterApps = true;
    }
    m_graph->signIn(kIsvOwner);
    QVERIFY(!m_graph->createApplication(QStringLiteral("Owner app")).isEmpty());
}

void tst_SandboxGraphApplications::create_userReadOnlyToken_isDenied()
{
    m_graph->signIn(kIsvAdmin, QStringLiteral("User.Read"));
    const HttpResult result =
        m_graph->post(QStringLiteral("/v1.0/applications"), {{QStringLiteral("displayName"), QStringLiteral("App")}});
    QCOMPARE(result.status, 403);
    QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("Authorization_RequestDenied"));
}

void tst_SandboxGraphApplications::create_badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << QByteArray("{\"displayName\":") << QStringLiteral("BadRequest");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("BadRequest");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("BadRequest");
    QTest::newRow("noDisplayName") << QByteArray("{}") << QStringLiteral("Request_BadRequest");
    QTest::newRow("blankDisplayName") << QByteArray("{\"displayName\":\" \"}") << QStringLiteral("Request_BadRequest");
    QTest::newRow("numberDisplayName") << QByteArray("{\"displayName\":5}") << QStringLiteral("Request_BadRequest");
    QTest::newRow("badAudience") << QByteArray("{\"displayName\":\"a\",\"signInAudience\":\"Everyone\"}")
                                 << QStringLiteral("Request_BadRequest");
    QTest::newRow("unknownProperty") << QByteArray("{\"displayName\":\"a\",\"colour\":\"red\"}")
                                     << QStringLiteral("BadRequest");
    QTest::newRow("readOnlyAppId") << QByteArray("{\"displayName\":\"a\",\"appId\":\"x\"}")
                                   << QStringLiteral("Request_BadRequest");
    QTest::newRow("redirectNotList") << QByteArray("{\"displayName\":\"a\",\"web\":{\"redirectUris\":\"https://x\"}}")
                                     << QStringLiteral("Request_BadRequest");
    QTest::newRow("redirectRelative") << QByteArray("{\"displayName\":\"a\",\"web\":{\"redirectUris\":[\"/x\"]}}")
                                      << QStringLiteral("Request_BadRequest");
}

void tst_SandboxGraphApplications::create_badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    m_graph->signIn(kIsvAdmin);
    const qsizetype before = applicationCount();
    const quint64 revision = m_server->world().revision();
    const HttpResult result = m_graph->send("POST", QStringLiteral("/v1.0/applications"), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxGraphClient::errorCode(result), code);
    QCOMPARE(applicationCount(), before);
    QCOMPARE(m_server->world().revision(), revision);
}

void tst_SandboxGraphApplications::get_byIdAndAppId()
{
    m_graph->signIn(kIsvDeveloper);
    const QJsonObject app = m_graph->createApplication(QStringLiteral("Lookup"));
    const QString id = app[QStringLiteral("id")].toString();
    const QString appId = app[QStringLiteral("appId")].toString();
    m_graph->signIn(kIsvSupport); // readers may read
    HttpResult result = m_graph->get(QStringLiteral("/v1.0/applications/") + id);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()[QStringLiteral("appId")].toString(), appId);
    result = m_graph->get(QStringLiteral("/v1.0/applications(appId='%1')").arg(appId));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()[QStringLiteral("id")].toString(), id);
    result = m_graph->get(QStringLiteral("/v1.0/applications/%1?$select=id,AppId").arg(id));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().keys(),
             (QStringList{QStringLiteral("@odata.context"), QStringLiteral("appId"), QStringLiteral("id")}));
    QVERIFY(result.json()[QStringLiteral("@odata.context")].toString().endsWith(
        QLatin1String("#applications(id,appId)/$entity")));
}

void tst_SandboxGraphApplications::get_badOrUnknownId_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("notGuid") << QStringLiteral("/v1.0/applications/not-a-guid") << 400
                             << QStringLiteral("Request_BadRequest");
    QTest::newRow("unknown") << QStringLiteral("/v1.0/applications/") + Ids::random() << 404
                             << QStringLiteral("Request_ResourceNotFound");
    QTest::newRow("unknownAppId") << QStringLiteral("/v1.0/applications(appId='%1')").arg(Ids::random()) << 404
                                  << QStringLiteral("Request_ResourceNotFound");
    QTest::newRow("otherKey") << QStringLiteral("/v1.0/applications(colour='red')") << 400
                              << QStringLiteral("BadRequest");
    QTest::newRow("unknownSegment") << QStringLiteral("/v1.0/applicationz") << 400 << QStringLiteral("BadRequest");
}

void tst_SandboxGraphApplications::get_badOrUnknownId()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    m_graph->signIn(kIsvAdmin);
    const HttpResult result = m_graph->get(path);
    QCOMPARE(result.status, status);
    QCOMPARE(SandboxGraphClient::errorCode(result), code);
}

void tst_SandboxGraphApplications::get_otherTenant_isNotFound()
{
    m_graph->signIn(kIsvDeveloper);
    const QString id = m_graph->createApplication(QStringLiteral("Private"))[QStringLiteral("id")].toString();
    m_graph->signIn(kCustomerAdmin);
    QCOMPARE(m_graph->get(QStringLiteral("/v1.0/applications/") + id).status, 404);
}

void tst_SandboxGraphApplications::update_owner_changesAudience()
{
    m_graph->signIn(kIsvDeveloper);
    const QString id =
        m_graph->createApplication(QStringLiteral("Patch me"), QStringLiteral("AzureADMyOrg"))[QStringLiteral("id")]
            .toString();
    const HttpResult result = m_graph->patch(
        QStringLiteral("/v1.0/applications/") + id,
        {{QStringLiteral("signInAudience"), QStringLiteral("AzureADMultipleOrgs")},
         {QStringLiteral("web"),
          QJsonObject{{QStringLiteral("redirectUris"), QJsonArray{QStringLiteral("https://contoso.example/cb")}}}}});
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    const QJsonObject app = m_graph->get(QStringLiteral("/v1.0/applications/") + id).json();
    QCOMPARE(app[QStringLiteral("signInAudience")].toString(), QStringLiteral("AzureADMultipleOrgs"));
    QCOMPARE(app[QStringLiteral("web")][QStringLiteral("redirectUris")].toArray().size(), 1);
    QCOMPARE(app[QStringLiteral("displayName")].toString(), QStringLiteral("Patch me"));
}

void tst_SandboxGraphApplications::update_badInput_keepsApplication()
{
    m_graph->signIn(kIsvDeveloper);
    const QString id = m_graph->createApplication(QStringLiteral("Keep"))[QStringLiteral("id")].toString();
    const QString path = QStringLiteral("/v1.0/applications/") + id;
    QCOMPARE(m_graph->send("PATCH", path, "not json").status, 400);
    HttpResult result = m_graph->patch(path, {{QStringLiteral("signInAudience"), 7}});
    QCOMPARE(result.status, 400);
    result =
        m_graph->patch(path, {{QStringLiteral("displayName"), QStringLiteral("New")}, {QStringLiteral("bogus"), 1}});
    QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("BadRequest"));
    QCOMPARE(m_graph->get(path).json()[QStringLiteral("displayName")].toString(), QStringLiteral("Keep"));
}

void tst_SandboxGraphApplications::update_nonOwner_isDenied()
{
    m_graph->signIn(kIsvAdmin);
    const QString id = m_graph->createApplication(QStringLiteral("Admin's"))[QStringLiteral("id")].toString();
    for (const QString &user : {kIsvDeveloper, kIsvOwner, kIsvSupport}) {
        m_graph->signIn(user);
        const HttpResult result = m_graph->patch(QStringLiteral("/v1.0/applications/") + id,
                                                 {{QStringLiteral("displayName"), QStringLiteral("Mine now")}});
        QCOMPARE(result.status, 403);
        QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("Authorization_RequestDenied"));
    }
}

void tst_SandboxGraphApplications::update_admin_mayChangeAnyApplication()
{
    m_graph->signIn(kIsvDeveloper);
    const QString id = m_graph->createApplication(QStringLiteral("Dev's"))[QStringLiteral("id")].toString();
    m_graph->signIn(kIsvAdmin);
    QCOMPARE(m_graph
                 ->patch(QStringLiteral("/v1.0/applications/") + id,
                         {{QStringLiteral("displayName"), QStringLiteral("Renamed")}})
                 .status,
             204);
}

void tst_SandboxGraphApplications::delete_owner_removesIt()
{
    m_graph->signIn(kIsvDeveloper);
    const QString id = m_graph->createApplication(QStringLiteral("Bye"))[QStringLiteral("id")].toString();
    const HttpResult result = m_graph->del(QStringLiteral("/v1.0/applications/") + id);
    QCOMPARE(result.status, 204);
    QCOMPARE(m_graph->get(QStringLiteral("/v1.0/applications/") + id).status, 404);
    QCOMPARE(m_graph->del(QStringLiteral("/v1.0/applications/") + id).status, 404);
}

void tst_SandboxGraphApplications::delete_support_isDenied()
{
    m_graph->signIn(kIsvDeveloper);
    const QString id = m_graph->createApplication(QStringLiteral("Stay"))[QStringLiteral("id")].toString();
    m_graph->signIn(kIsvSupport);
    QCOMPARE(m_graph->del(QStringLiteral("/v1.0/applications/") + id).status, 403);
    m_graph->signIn(kIsvDeveloper);
    QCOMPARE(m_graph->get(QStringLiteral("/v1.0/applications/") + id).status, 200);
}

void tst_SandboxGraphApplications::noToken_isUnauthorized()
{
    const HttpResult result = m_graph->get(QStringLiteral("/v1.0/applications"));
    QCOMPARE(result.status, 401);
    QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(!result.header("WWW-Authenticate").isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxGraphApplications)
#include "tst_sandboxgraphapplications.moc"
