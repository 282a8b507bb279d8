// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultinjector.h"
#include "sandbox/requestlog.h"
#include "sandbox/server.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey::Sandbox;

namespace {

const QString kMetadata = QStringLiteral("/metadata/endpoints?api-version=2022-09-01");
const QString kSubscriptions = QStringLiteral("/subscriptions?api-version=2022-12-01");

// One raw HTTP/1.1 request; returns what came back before the server closed or `waitMs` passed.
// The server runs on this thread, so wait with the event loop running, never blocking.
QByteArray rawExchange(quint16 port, const QByteArray &path, int waitMs, bool *closed)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&socket, &received] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000)) {
        return {};
    }
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    *closed = QTest::qWaitFor([&socket] { return socket.state() != QAbstractSocket::ConnectedState; }, waitMs);
    received += socket.readAll();
    return received;
}

} // namespace

class tst_SandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throttle_answers429InServiceShape_data();
    void throttle_answers429InServiceShape();
    void error_answersStatusInServiceShape_data();
    void error_answersStatusInServiceShape();
    void failNext_failsThatManyThenPasses_andLogsTheFault();
    void rule_matchesMethodAndPathIgnoringQueryAndCase();
    void controlEndpoints_areNeverFaulted();
    void reset_closesConnectionWithoutAnswer();
    void hang_neverAnswersUntilClientGivesUp();
    void delay_answersNoSoonerThanDelay();
    void disconnectMidDelay_serverSurvivesAndKeepsServing();
    void serverDestroyedMidDelay_closesWithoutCrash();
    void controlApi_addsListsRemovesAndClears();
    void controlApi_badRule_answers400_data();
    void controlApi_badRule_answers400();
    void faultsFile_loadsRules();
    void faultsFile_bad_exitsWith2_data();
    void faultsFile_bad_exitsWith2();
};

void tst_SandboxFaults::throttle_answers429InServiceShape_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");        // error.code, or the OAuth error
    QTest::addColumn<QByteArray>("idHeader"); // the service's request-id header
    QTest::newRow("resource manager") << QByteArray("GET") << kSubscriptions << "TooManyRequests"
                                      << QByteArray("x-ms-correlation-request-id");
    QTest::newRow("graph") << QByteArray("GET") << QStringLiteral("/v1.0/me") << "TooManyRequests"
                           << QByteArray("request-id");
    QTest::newRow("identity platform") << QByteArray("POST") << QStringLiteral("/common/oauth2/v2.0/token")
                                       << "temporarily_unavailable" << QByteArray("x-ms-ests-server");
    QTest::newRow("metadata") << QByteArray("GET") << kMetadata << "TooManyRequests" << QByteArray("x-ms-request-id");
}

void tst_SandboxFaults::throttle_answers429InServiceShape()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(QByteArray, idHeader);
    Server server;
    QVERIFY(server.listen());
    server.faults().throttleNext(1, 7);
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.send(method, path, "x=1");
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), QByteArray("7"));
    QVERIFY(!result.header(idHeader).isEmpty());
    const QJsonValue error = result.json().value(QStringLiteral("error"));
    QCOMPARE(error.isObject() ? error[QStringLiteral("code")].toString() : error.toString(), code);
    QVERIFY(server.faults().isEmpty());
}

void tst_SandboxFaults::error_answersStatusInServiceShape_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("arm 500") << 500 << kSubscriptions << "InternalServerError";
    QTest::newRow("arm 502") << 502 << kSubscriptions << "BadGateway";
    QTest::newRow("arm 503") << 503 << kSubscriptions << "ServiceUnavailable";
    QTest::newRow("arm 504") << 504 << kSubscriptions << "GatewayTimeout";
    QTest::newRow("graph 503") << 503 << QStringLiteral("/v1.0/applications") << "serviceNotAvailable";
    QTest::newRow("graph 500") << 500 << QStringLiteral("/v1.0/applications") << "generalException";
}

void tst_SandboxFaults::error_answersStatusInServiceShape()
{
    QFETCH(int, status);
    QFETCH(QString, path);
    QFETCH(QString, code);
    Server server;
    QVERIFY(server.listen());
    server.faults().failNext(1, status);
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(path);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), code);
    QVERIFY(result.header("Retry-After").isEmpty());
    if (path.startsWith(QLatin1String("/v1.0"))) {
        QVERIFY(result.json()[QStringLiteral("error")][QStringLiteral("innerError")].isObject());
    }
}

void tst_SandboxFaults::failNext_failsThatManyThenPasses_andLogsTheFault()
{
    Server server;
    QVERIFY(server.listen());
    server.faults().failNext(2, 503);
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.get(kMetadata).status, 503);
    QCOMPARE(client.get(kMetadata).status, 503);
    QCOMPARE(client.get(kMetadata).status, 200);
    QCOMPARE(server.requestCount(), 3);
    const QList<RequestLog::Entry> &log = server.requestLog().entries();
    QCOMPARE(log.at(0).fault, QStringLiteral("error 503"));
    QCOMPARE(log.at(0).status, 503);
    QCOMPARE(log.at(2).fault, QString());
    const QJsonArray json = client.get(QStringLiteral("/sandbox/requests")).json()[QStringLiteral("value")].toArray();
    QCOMPARE(json.at(1)[QStringLiteral("fault")].toString(), QStringLiteral("error 503"));
    QVERIFY(!json.at(2).toObject().contains(QStringLiteral("fault")));
}

void tst_SandboxFaults::rule_matchesMethodAndPathIgnoringQueryAndCase()
{
    Server server;
    QVERIFY(server.listen());
    server.faults().add(FaultRule::error(500).on("put", QStringLiteral("/Subscriptions/*/resourcegroups/*")));
    server.faults().add(FaultRule::throttle(2).onService(QStringLiteral("graph")).times(1));
    SandboxTestClient client(server.baseUrl());
    const QString group = QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg");
    QCOMPARE(client.get(group + QStringLiteral("?api-version=2024-03-01")).status, 401); // GET: not faulted
    QCOMPARE(client.send("PUT", group + QStringLiteral("?api-version=2024-03-01"), "{}", "application/json").status,
             500);
    QCOMPARE(client.send("PUT", group, "{}", "application/json").status, 500); // query ignored, always
    QCOMPARE(client.get(kMetadata).status, 200);                               // other service
    QCOMPARE(client.get(QStringLiteral("/v1.0/me")).status, 429);
    QCOMPARE(client.get(QStringLiteral("/v1.0/me")).status, 401); // count used up
    QCOMPARE(server.faults().rules().size(), 1);
}

void tst_SandboxFaults::controlEndpoints_areNeverFaulted()
{
    Server server;
    QVERIFY(server.listen());
    server.faults().add(FaultRule::hang());
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.get(QStringLiteral("/sandbox/health")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/sandbox/faults")).status, 200);
    QCOMPARE(client.send("DELETE", QStringLiteral("/sandbox/faults")).status, 204);
    QCOMPARE(client.get(kMetadata).status, 200);
}

void tst_SandboxFaults::reset_closesConnectionWithoutAnswer()
{
    Server server;
    QVERIFY(server.listen());
    server.faults().add(FaultRule::reset().times(1));
    bool closed = false;
    const QByteArray received = rawExchange(server.port(), kMetadata.toLatin1(), 5000, &closed);
    QVERIFY(closed);
    QCOMPARE(received, QByteArray());
    QCOMPARE(server.requestLog().entries().last().fault, QStringLiteral("reset"));
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.get(kMetadata).status, 200);
}

void tst_SandboxFaults::hang_neverAnswersUntilClientGivesUp()
{
    Server server;
    QVERIFY(server.listen());
    server.faults().add(FaultRule::hang().on("GET", QStringLiteral("/metadata/**")));
    bool closed = false;
    QElapsedTimer timer;
    timer.start();
    const QByteArray received = rawExchange(server.port(), kMetadata.toLatin1(), 400, &closed);
    QVERIFY(timer.elapsed() >= 400);
    QVERIFY(!closed);
    QCOMPARE(received, QByteArray());
    QCOMPARE(server.requestLog().entries().last().fault, QStringLiteral("hang"));
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.get(QStringLiteral("/sandbox/health")).status, 200);
}

void tst_SandboxFaults::delay_answersNoSoonerThanDelay()
{
    Server server;
    QVERIFY(server.listen());
    server.faults().add(FaultRule::delay(300).times(1));
    SandboxTestClient client(server.baseUrl());
    QElapsedTimer timer;
    timer.start();
    const HttpResult result = client.get(kMetadata);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.status, 200);
    QVERIFY(!result.json().isEmpty());
    QCOMPARE(server.requestLog().entries().last().fault, QStringLiteral("delay 300ms"));
    QVERIFY(server.requestLog().entries().last().latencyMs >= 300);
}

void tst_SandboxFaults::disconnectMidDelay_serverSurvivesAndKeepsServing()
{
    Server server;
    QVERIFY(server.listen());
    server.faults().add(FaultRule::reset(200).on("POST", QStringLiteral("**")));
    server.faults().add(FaultRule::delay(200));
    for (int i = 0; i < 5; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write((i % 2 ? "POST " : "GET ") + kMetadata.toLatin1() +
                     " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        QTRY_COMPARE(server.requestCount(), i + 1);
        socket.abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.pendingAnswerCount(), 0, 5000);
    server.faults().clear();
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.get(kMetadata).status, 200);
}

void tst_SandboxFaults::serverDestroyedMidDelay_closesWithoutCrash()
{
    QTcpSocket socket;
    {
        Server server;
        QVERIFY(server.listen());
        server.faults().add(FaultRule::delay(60000));
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("GET " + kMetadata.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(server.pendingAnswerCount(), 1);
    }
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(socket.readAll(), QByteArray());
}

void tst_SandboxFaults::controlApi_addsListsRemovesAndClears()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult added = client.send(
        "POST", QStringLiteral("/sandbox/faults"),
        R"({"method":"GET","path":"/metadata/**","action":"throttle","retryAfter":3,"count":2})", "application/json");
    QCOMPARE(added.status, 201);
    const int id = added.json()[QStringLiteral("id")].toInt();
    QVERIFY(id > 0);
    QCOMPARE(added.json()[QStringLiteral("count")].toInt(), 2);
    const HttpResult list =
        client.send("POST", QStringLiteral("/sandbox/faults"),
                    R"([{"action":"error","status":502},{"action":"delay","delayMs":5}])", "application/json");
    QCOMPARE(list.status, 201);
    QCOMPARE(list.json()[QStringLiteral("value")].toArray().size(), 2);
    QJsonArray rules = client.get(QStringLiteral("/sandbox/faults")).json()[QStringLiteral("value")].toArray();
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules.at(1)[QStringLiteral("count")].toString(), QStringLiteral("always"));
    QCOMPARE(client.get(kMetadata).header("Retry-After"), QByteArray("3"));
    rules = client.get(QStringLiteral("/sandbox/faults")).json()[QStringLiteral("value")].toArray();
    QCOMPARE(rules.at(0)[QStringLiteral("count")].toInt(), 1);
    QCOMPARE(client.send("DELETE", QStringLiteral("/sandbox/faults/%1").arg(id)).status, 204);
    QCOMPARE(client.send("DELETE", QStringLiteral("/sandbox/faults/%1").arg(id)).status, 404);
    QCOMPARE(client.get(kMetadata).status, 502);
    QCOMPARE(client.send("DELETE", QStringLiteral("/sandbox/faults")).status, 204);
    QCOMPARE(client.get(kMetadata).status, 200);
    QCOMPARE(client.send("PATCH", QStringLiteral("/sandbox/faults")).status, 405);
}

void tst_SandboxFaults::controlApi_badRule_answers400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{nope") << "not JSON";
    QTest::newRow("no action") << QByteArray(R"({"path":"/x"})") << "'action'";
    QTest::newRow("unknown action") << QByteArray(R"({"action":"explode"})") << "'action'";
    QTest::newRow("unknown key") << QByteArray(R"({"action":"hang","pth":"/x"})") << "'pth'";
    QTest::newRow("error 404") << QByteArray(R"({"action":"error","status":404})") << "500, 502, 503 or 504";
    QTest::newRow("throttle 503") << QByteArray(R"({"action":"throttle","status":503})") << "429";
    QTest::newRow("count 0") << QByteArray(R"({"action":"hang","count":0})") << "'count'";
    QTest::newRow("count text") << QByteArray(R"({"action":"hang","count":"twice"})") << "always";
    QTest::newRow("delay missing") << QByteArray(R"({"action":"delay"})") << "delayMs";
    QTest::newRow("delay negative") << QByteArray(R"({"action":"delay","delayMs":-1})") << "delayMs";
    QTest::newRow("bad method") << QByteArray(R"({"action":"hang","method":"GET /"})") << "'method'";
    QTest::newRow("empty path") << QByteArray(R"({"action":"hang","path":""})") << "'path'";
    QTest::newRow("second of list") << QByteArray(R"([{"action":"hang"},{"action":"nope"}])") << "rule 2";
}

void tst_SandboxFaults::controlApi_badRule_answers400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.send("POST", QStringLiteral("/sandbox/faults"), body, "application/json");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("InvalidFault"));
    const QString message = result.json()[QStringLiteral("error")][QStringLiteral("message")].toString();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY(server.faults().isEmpty());
}

void tst_SandboxFaults::faultsFile_loadsRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("faults.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"path":"/metadata/**","action":"throttle","count":1},{"action":"error","status":504,"count":1}])");
    file.close();
    QProcess process;
    process.start(QStringLiteral(CROSSKEY_SANDBOX_BINARY), {QStringLiteral("--faults"), path});
    QVERIFY(process.waitForStarted(10000));
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine() && ready.wait(10000)) {
    }
    const QUrl url(QString::fromUtf8(process.readLine()).trimmed());
    QVERIFY(url.port() > 0);
    {
        SandboxTestClient client(url);
        QCOMPARE(client.get(QStringLiteral("/sandbox/faults")).json()[QStringLiteral("value")].toArray().size(), 2);
        QCOMPARE(client.get(kMetadata).status, 429);
        QCOMPARE(client.get(kMetadata).status, 504);
        QCOMPARE(client.get(kMetadata).status, 200);
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void tst_SandboxFaults::faultsFile_bad_exitsWith2_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("missing file") << QByteArray() << QByteArray("cannot read fault file");
    QTest::newRow("not json") << QByteArray("[{") << QByteArray("is not JSON");
    QTest::newRow("not a list") << QByteArray("42") << QByteArray("is not JSON");
    QTest::newRow("bad rule") << QByteArray(R"([{"action":"hang"},{"action":"error","status":418}])")
                              << QByteArray("rule 2: 'status'");
    QTest::newRow("rule not an object") << QByteArray(R"([1])") << QByteArray("rule 1: expected a JSON object");
}

void tst_SandboxFaults::faultsFile_bad_exitsWith2()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("faults.json"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QProcess process;
    process.start(QStringLiteral(CROSSKEY_SANDBOX_BINARY), {QStringLiteral("--faults"), path});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.contains(mentions), error.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_sandboxfaults.moc"
