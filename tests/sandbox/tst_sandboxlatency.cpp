// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/requestlog.h"
#include "sandbox/server.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace CrossKey::Sandbox;

namespace {

const QString kMetadata = QStringLiteral("/metadata/endpoints?api-version=2022-09-01");

} // namespace

// Added latency is measured loosely: at least N ms, never an upper bound.
class tst_SandboxLatency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedLatency_answersNoSoonerThanN();
    void addedLatency_keepsConcurrentRequestsConcurrent();
    void addedLatency_spareControlEndpoints();
    void latencySwitch_appliesInTheBinary();
    void delaySwitch_badValue_exitsWith2_data();
    void delaySwitch_badValue_exitsWith2();
};

void tst_SandboxLatency::addedLatency_answersNoSoonerThanN()
{
    ServerOptions options;
    options.addedLatencyMs = 250;
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = client.get(kMetadata);
        QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.status, 200);
    }
    QVERIFY(server.requestLog().entries().last().latencyMs >= 250);
}

void tst_SandboxLatency::addedLatency_keepsConcurrentRequestsConcurrent()
{
    ServerOptions options;
    options.addedLatencyMs = 400;
    Server server(options);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i) {
        replies.append(network.get(QNetworkRequest(QUrl(server.baseUrl().toString() + kMetadata))));
    }
    // Every request reached the server before the first answer left: none waited for another.
    int receivedAtFirstAnswer = -1;
    for (QNetworkReply *reply : replies) {
        connect(reply, &QNetworkReply::finished, this, [&server, &receivedAtFirstAnswer] {
            if (receivedAtFirstAnswer < 0) {
                receivedAtFirstAnswer = server.requestCount();
            }
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](auto *r) { return r->isFinished(); }),
                             10000);
    QCOMPARE(receivedAtFirstAnswer, 5);
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QCOMPARE(server.pendingAnswerCount(), 0);
}

void tst_SandboxLatency::addedLatency_spareControlEndpoints()
{
    ServerOptions options;
    options.addedLatencyMs = 5000;
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.get(QStringLiteral("/sandbox/health")).status, 200);
    QCOMPARE(server.pendingAnswerCount(), 0);
    QCOMPARE(server.requestLog().entries().last().latencyMs < 5000, true);
}

void tst_SandboxLatency::latencySwitch_appliesInTheBinary()
{
    QProcess process;
    process.start(QStringLiteral(CROSSKEY_SANDBOX_BINARY),
                  {QStringLiteral("--latency-ms"), QStringLiteral("200"), QStringLiteral("--principal-delay-ms"),
                   QStringLiteral("0"), QStringLiteral("--realistic")});
    QVERIFY(process.waitForStarted(10000));
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine() && ready.wait(10000)) {
    }
    const QUrl url(QString::fromUtf8(process.readLine()).trimmed());
    QVERIFY(url.port() > 0);
    {
        SandboxTestClient client(url);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client.get(kMetadata).status, 200);
        QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void tst_SandboxLatency::delaySwitch_badValue_exitsWith2_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("latency negative") << "latency-ms"
                                      << "-5";
    QTest::newRow("latency text") << "latency-ms"
                                  << "fast";
    QTest::newRow("principal") << "principal-delay-ms"
                               << "1.5";
    QTest::newRow("provider") << "provider-delay-ms"
                              << "x";
    QTest::newRow("feature") << "feature-delay-ms"
                             << "-1";
    QTest::newRow("lro") << "lro-ms"
                         << "99999999999";
}

void tst_SandboxLatency::delaySwitch_badValue_exitsWith2()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QProcess process;
    process.start(QStringLiteral(CROSSKEY_SANDBOX_BINARY), {QStringLiteral("--") + option, value});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(option));
}

QTEST_GUILESS_MAIN(tst_SandboxLatency)
#include "tst_sandboxlatency.moc"
