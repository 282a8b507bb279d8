// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey::Sandbox;

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portZero_listensOnLoopbackAndAnswers();
    void unknownPath_answersJsonNotFoundWithRequestId();
    void resetUnknownScenario_answers400();
    void reset_restoresFreshWorld();
    void worldDump_listsTenantsUsersWithoutSecrets();
    void requestLog_recordsStatusErrorAndClientRequestId();
    void requestLog_redactsSecretsInQuery();
    void controlWrongMethod_answers405();
    void hugeBody_answers413AndLeavesWorldUnchanged();
    void stateFile_savedAfterChangeAndReloaded();
    void stateFile_unreadable_reportsError();
    void garbageOverTcp_serverStaysUp();
    void disconnectMidBody_serverStaysUp();
    void oddPaths_answerWithoutCrash_data();
    void oddPaths_answerWithoutCrash();
    void head_answersHeadersWithoutBody();
};

void tst_SandboxServer::portZero_listensOnLoopbackAndAnswers()
{
    Server server;
    QVERIFY(server.listen(0));
    QVERIFY(server.port() > 0);
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(QStringLiteral("/sandbox/health"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void tst_SandboxServer::unknownPath_answersJsonNotFoundWithRequestId()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE"), QByteArray("PATCH")}) {
        const HttpResult result = client.send(method, QStringLiteral("/no/such/thing"));
        QCOMPARE(result.status, 404);
        QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("NotFound"));
        QVERIFY(!result.header("x-ms-request-id").isEmpty());
    }
}

void tst_SandboxServer::resetUnknownScenario_answers400()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const quint64 revision = server.world().revision();
    const HttpResult result = client.send("POST", QStringLiteral("/sandbox/reset?scenario=nope"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("UnknownScenario"));
    QCOMPARE(server.world().revision(), revision);
}

void tst_SandboxServer::reset_restoresFreshWorld()
{
    Server server;
    QVERIFY(server.listen());
    server.world().editUsers().clear();
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.send("POST", QStringLiteral("/sandbox/reset?scenario=fresh"));
    QCOMPARE(result.status, 200);
    QCOMPARE(server.world().users().size(), 8);
    QVERIFY(server.world().findTenant(QStringLiteral("fabrikam.onmicrosoft.com")));
}

void tst_SandboxServer::worldDump_listsTenantsUsersWithoutSecrets()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(QStringLiteral("/sandbox/world"));
    QCOMPARE(result.status, 200);
    const QJsonObject world = result.json();
    QCOMPARE(world[QStringLiteral("scenario")].toString(), QStringLiteral("fresh"));
    QCOMPARE(world[QStringLiteral("tenants")].toArray().size(), 2);
    QCOMPARE(world[QStringLiteral("users")].toArray().size(), 8);
    QCOMPARE(world[QStringLiteral("subscriptions")].toArray().size(), 2);
    QVERIFY(world[QStringLiteral("roleAssignments")].toArray().size() >= 8);
    QVERIFY(!world.contains(QStringLiteral("signingKey")));
    QVERIFY(!world.contains(QStringLiteral("refreshGrants")));
    QVERIFY(result.body.contains(Scenarios::tenantId(QStringLiteral("contosoisv")).toLatin1()));
    QVERIFY(result.body.contains("developer@fabrikam.onmicrosoft.com"));
}

void tst_SandboxServer::requestLog_recordsStatusErrorAndClientRequestId()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    client.get(QStringLiteral("/metadata/endpoints"),
               {{"x-ms-client-request-id", "11111111-2222-3333-4444-555555555555"}});
    const HttpResult result = client.get(QStringLiteral("/sandbox/requests"));
    QCOMPARE(result.status, 200);
    const QJsonArray entries = result.json()[QStringLiteral("value")].toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry[QStringLiteral("method")].toString(), QStringLiteral("GET"));
    QCOMPARE(entry[QStringLiteral("path")].toString(), QStringLiteral("/metadata/endpoints"));
    QCOMPARE(entry[QStringLiteral("status")].toInt(), 400);
    QCOMPARE(entry[QStringLiteral("errorCode")].toString(), QStringLiteral("MissingApiVersionParameter"));
    QCOMPARE(entry[QStringLiteral("service")].toString(), QStringLiteral("metadata"));
    QCOMPARE(entry[QStringLiteral("clientRequestId")].toString(),
             QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QVERIFY(!entry[QStringLiteral("requestId")].toString().isEmpty());
    QVERIFY(entry.contains(QStringLiteral("latencyMs")));
    QCOMPARE(server.requestCount(), 2);
}

void tst_SandboxServer::requestLog_redactsSecretsInQuery()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    client.get(QStringLiteral("/callback?code=SECRETCODE&state=visible"));
    const HttpResult result = client.get(QStringLiteral("/sandbox/requests"));
    QVERIFY(!result.body.contains("SECRETCODE"));
    QVERIFY(result.body.contains("code=REDACTED"));
    QVERIFY(result.body.contains("state=visible"));
}

void tst_SandboxServer::controlWrongMethod_answers405()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(QStringLiteral("/sandbox/reset"));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("POST"));
}

void tst_SandboxServer::hugeBody_answers413AndLeavesWorldUnchanged()
{
    ServerOptions options;
    options.maxBodyBytes = 64 * 1024;
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const quint64 revision = server.world().revision();
    const QByteArray huge(256 * 1024, 'a');
    const HttpResult result = client.send("POST", QStringLiteral("/common/oauth2/v2.0/devicecode"), "scope=" + huge);
    QCOMPARE(result.status, 413);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("RequestEntityTooLarge"));
    QCOMPARE(server.world().revision(), revision);
    QCOMPARE(client.get(QStringLiteral("/sandbox/health")).status, 200);
}

void tst_SandboxServer::stateFile_savedAfterChangeAndReloaded()
{
    QTemporaryDir dir;
    ServerOptions options;
    options.stateFile = dir.filePath(QStringLiteral("state.json"));
    {
        Server server(options);
        QVERIFY2(server.errorString().isEmpty(), qPrintable(server.errorString()));
        QVERIFY(server.listen());
        QVERIFY(QFile::exists(options.stateFile));
        User extra = server.world().users().first();
        extra.id = QStringLiteral("00000000-0000-0000-0000-00000000abcd");
        extra.userPrincipalName = QStringLiteral("extra@contosoisv.onmicrosoft.com");
        server.world().editUsers().append(extra);
        SandboxTestClient client(server.baseUrl());
        QCOMPARE(client.get(QStringLiteral("/sandbox/health")).status, 200);
        QFile file(options.stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("extra@contosoisv.onmicrosoft.com")); // saved after the request, not at exit
    }
    options.scenario = QStringLiteral("ignored-when-state-exists");
    Server reloaded(options);
    QVERIFY2(reloaded.errorString().isEmpty(), qPrintable(reloaded.errorString()));
    QCOMPARE(reloaded.world().users().size(), 9);
    QVERIFY(reloaded.world().findUser(QStringLiteral("extra@contosoisv.onmicrosoft.com")));
    QCOMPARE(reloaded.world().signingKey().size(), 32);
}

void tst_SandboxServer::stateFile_unreadable_reportsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    ServerOptions options;
    options.stateFile = path;
    Server server(options);
    QVERIFY(!server.errorString().isEmpty());
}

namespace {

void sendRaw(const QUrl &base, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(bytes);
    QVERIFY(socket.waitForBytesWritten(5000));
    socket.waitForReadyRead(300); // an answer or none; either is fine
    socket.abort();
}

} // namespace

void tst_SandboxServer::garbageOverTcp_serverStaysUp()
{
    Server server;
    QVERIFY(server.listen());
    static const char garbage[] = "\x00\x01\x02 not http at all\r\n\r\n";
    sendRaw(server.baseUrl(), QByteArray(garbage, sizeof(garbage) - 1));
    sendRaw(server.baseUrl(), "GET / HTTP/9.9\r\nHost: x\r\n\r\n");
    sendRaw(server.baseUrl(), "POST /common/oauth2/v2.0/token HTTP/1.1\r\nContent-Length: -5\r\n\r\nabc");
    sendRaw(server.baseUrl(), "GET /sandbox/health HTTP/1.1\r\n" + QByteArray(70000, 'X') + "\r\n\r\n");
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.get(QStringLiteral("/sandbox/health")).status, 200);
}

void tst_SandboxServer::disconnectMidBody_serverStaysUp()
{
    Server server;
    QVERIFY(server.listen());
    const quint64 revision = server.world().revision();
    sendRaw(server.baseUrl(), "POST /common/oauth2/v2.0/devicecode HTTP/1.1\r\nHost: x\r\nContent-Type: "
                              "application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nclient_id=04b0");
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.get(QStringLiteral("/sandbox/health")).status, 200);
    QCOMPARE(server.world().revision(), revision);
}

void tst_SandboxServer::oddPaths_answerWithoutCrash_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("nul") << QStringLiteral("/%00/x") << 404;
    QTest::newRow("badUtf8") << QStringLiteral("/%FF%FE/oauth2/v2.0/token") << 400;
    QTest::newRow("dotdot") << QStringLiteral("/sandbox/../sandbox/health") << 200;
    QTest::newRow("encodedSlash") << QStringLiteral("/sandbox%2Fhealth") << 404;
    QTest::newRow("longPath") << QStringLiteral("/") + QString(8000, QLatin1Char('a')) << 404;
    QTest::newRow("unknownTenantAuthorize") << QStringLiteral("/nope/oauth2/v2.0/authorize") << 400;
    QTest::newRow("deepIdentity") << QStringLiteral("/common/oauth2/v2.0/token/extra") << 404;
    QTest::newRow("badQuery") << QStringLiteral("/metadata/endpoints?api-version=%ZZ&&=") << 400;
}

void tst_SandboxServer::oddPaths_answerWithoutCrash()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const quint64 revision = server.world().revision();
    QCOMPARE(client.get(path).status, status);
    QCOMPARE(client.send("POST", path, "a=%ZZ&b").status > 0, true);
    QCOMPARE(server.world().revision(), revision);
    QCOMPARE(client.get(QStringLiteral("/sandbox/health")).status, 200);
}

void tst_SandboxServer::head_answersHeadersWithoutBody()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.send("HEAD", QStringLiteral("/metadata/endpoints?api-version=2022-09-01"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.isEmpty());
    QVERIFY(!result.header("x-ms-request-id").isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
