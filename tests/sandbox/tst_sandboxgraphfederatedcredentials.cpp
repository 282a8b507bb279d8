// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ids.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "sandboxgraphclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
QJsonObject credential(const QString &name, const QString &subject)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("issuer"), QStringLiteral("https://login.microsoftonline.com/%1/v2.0")
                                           .arg(Scenarios::tenantId(QStringLiteral("contosoisv")))},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("description"), QStringLiteral("CrossKey CMK")},
            {QStringLiteral("audiences"), QJsonArray{QStringLiteral("api://AzureADTokenExchange")}}};
}
} // namespace

class tst_SandboxGraphFederatedCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void create_returnsCredentialAndIsListed();
    void get_byIdOrName();
    void list_filtersBySubject();
    void delete_removesIt();
    void create_invalid_data();
    void create_invalid();
    void create_duplicate_isConflict();
    void create_twentyFirst_isRefused();
    void create_nonOwner_isDenied();
    void unknownApplicationOrCredential_isNotFound();

private:
    QString base() const
    {
        return QStringLiteral("/v1.0/applications/%1/federatedIdentityCredentials").arg(m_appObjectId);
    }
    qsizetype count() const { return m_server->world().findApplication(m_appId)->federatedIdentityCredentials.size(); }
    std::unique_ptr<Server> m_server;
    std::unique_ptr<SandboxGraphClient> m_graph;
    QString m_appObjectId;
    QString m_appId;
};

void tst_SandboxGraphFederatedCredentials::init()
{
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->listen());
    m_graph = std::make_unique<SandboxGraphClient>(m_server->baseUrl());
    m_graph->signIn(kIsvDeveloper);
    const QJsonObject app = m_graph->createApplication(QStringLiteral("Contoso CMK"));
    m_appObjectId = app[QStringLiteral("id")].toString();
    m_appId = app[QStringLiteral("appId")].toString();
    QVERIFY(!m_appObjectId.isEmpty());
}

void tst_SandboxGraphFederatedCredentials::create_returnsCredentialAndIsListed()
{
    const QString subject = Ids::random();
    const HttpResult result = m_graph->post(base(), credential(QStringLiteral("crosskey-uami-1"), subject));
    QCOMPARE(result.status, 201);
    const QJsonObject created = result.json();
    QVERIFY(Ids::isGuid(created[QStringLiteral("id")].toString()));
    QCOMPARE(created[QStringLiteral("subject")].toString(), subject);
    QCOMPARE(created[QStringLiteral("audiences")].toArray(), QJsonArray{QStringLiteral("api://AzureADTokenExchange")});
    QVERIFY(created[QStringLiteral("@odata.context")].toString().endsWith(
        QStringLiteral("#applications('%1')/federatedIdentityCredentials/$entity").arg(m_appObjectId)));
    QVERIFY(result.header("Location").contains("/federatedIdentityCredentials/"));
    const HttpResult list = m_graph->get(base());
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json()[QStringLiteral("value")].toArray().size(), 1);
    QCOMPARE(m_graph->get(QStringLiteral("/v1.0/applications(appId='%1')/federatedIdentityCredentials").arg(m_appId))
                 .json()[QStringLiteral("value")]
                 .toArray()
                 .size(),
             1);
}

void tst_SandboxGraphFederatedCredentials::get_byIdOrName()
{
    const QString id = m_graph->post(base(), credential(QStringLiteral("by-name"), Ids::random()))
                           .json()[QStringLiteral("id")]
                           .toString();
    m_graph->signIn(kIsvSupport);
    const QStringList paths{
        QString(base() + QLatin1Char('/') + id), QString(base() + QStringLiteral("/by-name")),
        QStringLiteral("/v1.0/applications/%1/federatedIdentityCredentials(name='by-name')").arg(m_appObjectId)};
    for (const QString &path : paths) {
        const HttpResult result = m_graph->get(path);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json()[QStringLiteral("id")].toString(), id);
    }
}

void tst_SandboxGraphFederatedCredentials::list_filtersBySubject()
{
    const QString subject = Ids::random();
    QCOMPARE(m_graph->post(base(), credential(QStringLiteral("first"), subject)).status, 201);
    QCOMPARE(m_graph->post(base(), credential(QStringLiteral("second"), Ids::random())).status, 201);
    const QJsonArray value = m_graph->get(base() + QStringLiteral("?$filter=subject eq '%1'").arg(subject))
                                 .json()[QStringLiteral("value")]
                                 .toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first()[QStringLiteral("name")].toString(), QStringLiteral("first"));
}

void tst_SandboxGraphFederatedCredentials::delete_removesIt()
{
    const QString id = m_graph->post(base(), credential(QStringLiteral("gone"), Ids::random()))
                           .json()[QStringLiteral("id")]
                           .toString();
    QCOMPARE(m_graph->del(base() + QLatin1Char('/') + id).status, 204);
    QCOMPARE(count(), 0);
    QCOMPARE(SandboxGraphClient::errorCode(m_graph->get(base() + QLatin1Char('/') + id)),
             QStringLiteral("Request_ResourceNotFound"));
}

void tst_SandboxGraphFederatedCredentials::create_invalid_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    const QString bad = QStringLiteral("Request_BadRequest");
    QTest::newRow("nameShort") << QStringLiteral("name") << QJsonValue(QStringLiteral("ab")) << bad;
    QTest::newRow("nameSpace") << QStringLiteral("name") << QJsonValue(QStringLiteral("bad name")) << bad;
    QTest::newRow("nameDash") << QStringLiteral("name") << QJsonValue(QStringLiteral("-leading")) << bad;
    QTest::newRow("nameLong") << QStringLiteral("name") << QJsonValue(QString(121, QLatin1Char('a'))) << bad;
    QTest::newRow("nameMissing") << QStringLiteral("name") << QJsonValue() << bad;
    QTest::newRow("issuerNotUrl") << QStringLiteral("issuer") << QJsonValue(QStringLiteral("not a url")) << bad;
    QTest::newRow("issuerFtp") << QStringLiteral("issuer") << QJsonValue(QStringLiteral("ftp://x.example/")) << bad;
    QTest::newRow("subjectEmpty") << QStringLiteral("subject") << QJsonValue(QString()) << bad;
    QTest::newRow("subjectWildcard") << QStringLiteral("subject") << QJsonValue(QStringLiteral("repo:*")) << bad;
    QTest::newRow("subjectNumber") << QStringLiteral("subject") << QJsonValue(5) << bad;
    QTest::newRow("twoAudiences") << QStringLiteral("audiences")
                                  << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}) << bad;
    QTest::newRow("noAudience") << QStringLiteral("audiences") << QJsonValue(QJsonArray()) << bad;
    QTest::newRow("audienceString") << QStringLiteral("audiences") << QJsonValue(QStringLiteral("a")) << bad;
    QTest::newRow("unknown") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"))
                             << QStringLiteral("BadRequest");
}

void tst_SandboxGraphFederatedCredentials::create_invalid()
{
    QFETCH(QString, property);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject body = credential(QStringLiteral("valid-name"), Ids::random());
    if (value.isNull()) {
        body.remove(property);
    } else {
        body.insert(property, value);
    }
    const quint64 revision = m_server->world().revision();
    const HttpResult result = m_graph->post(base(), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxGraphClient::errorCode(result), code);
    QCOMPARE(count(), 0);
    QCOMPARE(m_server->world().revision(), revision);
}

void tst_SandboxGraphFederatedCredentials::create_duplicate_isConflict()
{
    const QString subject = Ids::random();
    QCOMPARE(m_graph->post(base(), credential(QStringLiteral("twice"), subject)).status, 201);
    HttpResult result = m_graph->post(base(), credential(QStringLiteral("twice"), Ids::random()));
    QCOMPARE(result.status, 409);
    QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("Request_MultipleObjectsWithSameKeyValue"));
    QCOMPARE(SandboxGraphClient::errorMessage(result),
             QStringLiteral("FederatedIdentityCredential with name twice already exists."));
    result = m_graph->post(base(), credential(QStringLiteral("other-name"), subject));
    QCOMPARE(result.status, 409);
    QCOMPARE(count(), 1);
}

void tst_SandboxGraphFederatedCredentials::create_twentyFirst_isRefused()
{
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(m_graph->post(base(), credential(QStringLiteral("fic-%1").arg(i), Ids::random())).status, 201);
    }
    const HttpResult result = m_graph->post(base(), credential(QStringLiteral("fic-20"), Ids::random()));
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("Request_BadRequest"));
    QCOMPARE(count(), 20);
}

void tst_SandboxGraphFederatedCredentials::create_nonOwner_isDenied()
{
    for (const QString &user : {kIsvSupport, kIsvOwner}) {
        m_graph->signIn(user);
        const HttpResult result = m_graph->post(base(), credential(QStringLiteral("intruder"), Ids::random()));
        QCOMPARE(result.status, 403);
        QCOMPARE(SandboxGraphClient::errorCode(result), QStringLiteral("Authorization_RequestDenied"));
    }
    m_graph->signIn(kIsvAdmin);
    QCOMPARE(m_graph->post(base(), credential(QStringLiteral("by-admin"), Ids::random())).status, 201);
}

void tst_SandboxGraphFederatedCredentials::unknownApplicationOrCredential_isNotFound()
{
    QCOMPARE(
        m_graph->get(QStringLiteral("/v1.0/applications/%1/federatedIdentityCredentials").arg(Ids::random())).status,
        404);
    QCOMPARE(m_graph->get(base() + QStringLiteral("/missing")).status, 404);
    QCOMPARE(m_graph->del(base() + QLatin1Char('/') + Ids::random()).status, 404);
    QCOMPARE(m_graph->send("PUT", base()).status, 405);
}

QTEST_GUILESS_MAIN(tst_SandboxGraphFederatedCredentials)
#include "tst_sandboxgraphfederatedcredentials.moc"
