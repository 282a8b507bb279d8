// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxtestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace CrossKey::Sandbox;

class tst_SandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void start_printsUrlFirst_stopsOnSignalAndSavesState_data();
    void start_printsUrlFirst_stopsOnSignalAndSavesState();
    void unknownScenario_exitsWithError();
    void portTaken_exitsWithError();

private:
    static QUrl startAndReadUrl(QProcess &process, const QStringList &arguments);
};

QUrl tst_SandboxProcess::startAndReadUrl(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(CROSSKEY_SANDBOX_BINARY), arguments);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine() && ready.wait(10000)) {
    }
    return QUrl(QString::fromUtf8(process.readLine()).trimmed());
}

void tst_SandboxProcess::start_printsUrlFirst_stopsOnSignalAndSavesState_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void tst_SandboxProcess::start_printsUrlFirst_stopsOnSignalAndSavesState()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("world.json"));
    QProcess process;
    const QUrl url = startAndReadUrl(process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"),
                                               state, QStringLiteral("--auto-approve"), QStringLiteral("admin,owner")});
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    {
        SandboxTestClient client(url);
        QCOMPARE(client.get(QStringLiteral("/sandbox/health")).status, 200);
        QCOMPARE(client.send("POST", QStringLiteral("/sandbox/reset?scenario=fresh")).status, 200);
    }
    QFile::remove(state); // the stop must write it again
    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject world = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(world[QStringLiteral("tenants")].toArray().size(), 2);
}

void tst_SandboxProcess::unknownScenario_exitsWithError()
{
    QProcess process;
    process.start(QStringLiteral(CROSSKEY_SANDBOX_BINARY), {QStringLiteral("--scenario"), QStringLiteral("nope")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("unknown scenario"));
}

void tst_SandboxProcess::portTaken_exitsWithError()
{
    QProcess first;
    const QUrl url = startAndReadUrl(first, {});
    QVERIFY(url.port() > 0);
    QProcess second;
    second.start(QStringLiteral(CROSSKEY_SANDBOX_BINARY), {QStringLiteral("--port"), QString::number(url.port())});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(second.readAllStandardError().contains("cannot listen"));
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_SandboxProcess)
#include "tst_sandboxprocess.moc"
