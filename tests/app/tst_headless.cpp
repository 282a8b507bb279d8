// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armstate.h"
#include "sandbox/requestlog.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "wizard/invitation.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey;

namespace {

const QString kApp = QStringLiteral("CrossKey Headless");
const QString kIdentity = QStringLiteral("id-headless");
const QString kGroup = QStringLiteral("rg-headless");

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Requests that change the world; token and device code requests and the sign-in pages do not.
QStringList writesSince(const Sandbox::Server &sandbox, int countBefore)
{
    const auto &entries = sandbox.requestLog().entries();
    const int fresh = qMin(int(entries.size()), sandbox.requestLog().count() - countBefore);
    QStringList writes;
    for (const auto &entry : entries.mid(entries.size() - fresh)) {
        const bool read = entry.method == QLatin1String("GET") || entry.method == QLatin1String("HEAD");
        const bool signIn = entry.path.contains(QLatin1String("/oauth2/")) ||
                            entry.path.startsWith(QLatin1String("/devicelogin")) ||
                            entry.path.startsWith(QLatin1String("/sandbox/"));
        if (!read && !signIn) {
            writes.append(entry.method + QLatin1Char(' ') + entry.path);
        }
    }
    return writes;
}

} // namespace

// `crosskey run isv-prepare` as a user runs it: the built binary in its own process, with a throw-away HOME,
// against the in-process sandbox (scenario fresh, admin auto-approved, so the device code is approved at once).
class tst_Headless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void help_listsModesAndExitCodes();
    void badUsage_exitsTwo_data();
    void badUsage_exitsTwo();
    void badName_exitsTwoAndWritesNothing();
    void dryRun_printsStepsAndScriptAndWritesNothing();
    void fullRun_thenRerun_everyStepAlreadyDone();
    void killedInTheMiddle_secondRunContinues();
    void terminated_cancelsSavesProgressAndExitsOne();
    void noRights_failedStepWithCauseFixAndRequestIds_exitsOne();
    void unreachableCloud_exitsThree();
    void unknownClientId_signInRefused_exitsThree();

private:
    std::unique_ptr<Sandbox::Server> newSandbox(int latencyMs = 0, const QString &user = QStringLiteral("admin"));
    QProcess *startRun(const QStringList &arguments);
    Finished finish(QProcess *process, int timeoutMs = 120000);
    Finished run(const QStringList &arguments, int timeoutMs = 120000);
    QStringList isvPrepare(const Sandbox::Server &sandbox, const QStringList &extra = {}) const;
    bool keychainUnavailable(const Finished &finished) const;
    void checkWorld(Sandbox::Server &sandbox);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Sandbox::Server> m_sandbox;
};

void tst_Headless::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(CROSSKEY_BINARY)), CROSSKEY_BINARY);
}

void tst_Headless::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

std::unique_ptr<Sandbox::Server> tst_Headless::newSandbox(int latencyMs, const QString &user)
{
    Sandbox::ServerOptions options;
    options.scenario = QStringLiteral("fresh");
    options.autoApprove = {user};
    options.deviceCodeIntervalSeconds = 1;
    options.principalReplicationDelayMs = 100;
    options.providerRegistrationDelayMs = 100;
    options.featureRegistrationDelayMs = 100;
    options.longRunningOperationMs = 100;
    options.addedLatencyMs = latencyMs;
    auto sandbox = std::make_unique<Sandbox::Server>(options);
    return sandbox->listen(0) ? std::move(sandbox) : nullptr;
}

QProcess *tst_Headless::startRun(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_home->path();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("CI"), QStringLiteral("true"));
    // Headless means no display at all: nothing may need one.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process->setProcessEnvironment(environment);
    process->setWorkingDirectory(home);
    process->start(QStringLiteral(CROSSKEY_BINARY), QStringList{QStringLiteral("run")} + arguments);
    return process;
}

Finished tst_Headless::finish(QProcess *process, int timeoutMs)
{
    Finished result;
    QSignalSpy finished(process, &QProcess::finished);
    // The sandbox answers on this thread's event loop, so wait with one that runs.
    if (process->state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
        process->kill();
        process->waitForFinished(5000);
        result.err = QStringLiteral("(timed out)\n");
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    result.out = QString::fromLocal8Bit(process->readAllStandardOutput());
    result.err += QString::fromLocal8Bit(process->readAllStandardError());
    process->deleteLater();
    return result;
}

Finished tst_Headless::run(const QStringList &arguments, int timeoutMs)
{
    return finish(startRun(arguments), timeoutMs);
}

QStringList tst_Headless::isvPrepare(const Sandbox::Server &sandbox, const QStringList &extra) const
{
    return QStringList{QStringLiteral("isv-prepare"),
                       QStringLiteral("--cloud"),
                       sandbox.baseUrl().toString(),
                       QStringLiteral("--tenant"),
                       QStringLiteral("contosoisv.onmicrosoft.com"),
                       QStringLiteral("--subscription"),
                       Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv")),
                       QStringLiteral("--resource-group"),
                       kGroup,
                       QStringLiteral("--location"),
                       QStringLiteral("eastus"),
                       QStringLiteral("--app-name"),
                       kApp,
                       QStringLiteral("--identity-name"),
                       kIdentity,
                       QStringLiteral("--out"),
                       m_home->filePath(QStringLiteral("invitation.json"))} +
           extra;
}

bool tst_Headless::keychainUnavailable(const Finished &finished) const
{
    return finished.err.contains(QLatin1String("keychain"), Qt::CaseInsensitive) &&
           finished.err.contains(QLatin1String("memory"), Qt::CaseInsensitive);
}

void tst_Headless::checkWorld(Sandbox::Server &sandbox)
{
    const QString tenantId = Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv"));
    const Sandbox::World &world = sandbox.world();
    QList<Sandbox::Application> apps;
    for (const Sandbox::Application &app : world.applications()) {
        if (app.displayName == kApp && app.tenantId == tenantId) {
            apps.append(app);
        }
    }
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first().signInAudience, QStringLiteral("AzureADMultipleOrgs"));
    QList<Sandbox::UserAssignedIdentity> identities;
    for (const auto &identity : world.resourceManager().identities) {
        if (identity.name == kIdentity) {
            identities.append(identity);
        }
    }
    QCOMPARE(identities.size(), 1);
    QCOMPARE(identities.first().resourceGroup.toLower(), kGroup);
    QCOMPARE(apps.first().federatedIdentityCredentials.size(), 1);
    QCOMPARE(apps.first().federatedIdentityCredentials.first().subject, identities.first().principalId);

    const auto invitation = Wizard::Invitation::load(m_home->filePath(QStringLiteral("invitation.json")));
    QVERIFY2(invitation.hasValue(), qPrintable(invitation.hasValue() ? QString() : invitation.error().summary()));
    QCOMPARE(invitation.value().appId, apps.first().appId);
    QCOMPARE(invitation.value().appName, kApp);
    QCOMPARE(invitation.value().isvTenantId, tenantId);
}

void tst_Headless::help_listsModesAndExitCodes()
{
    const Finished help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("isv-prepare")), qPrintable(help.out));
    QVERIFY(help.out.contains(QLatin1String("Exit codes")));

    const Finished modeHelp = run({QStringLiteral("isv-prepare"), QStringLiteral("--help")});
    QCOMPARE(modeHelp.exitCode, 0);
    for (const char *option : {"--cloud", "--tenant", "--subscription", "--resource-group", "--location", "--app-name",
                               "--identity-name", "--out", "--app-id", "--dry-run", "--client-id"}) {
        QVERIFY2(modeHelp.out.contains(QLatin1String(option)), option);
    }
}

void tst_Headless::badUsage_exitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList complete{
        QStringLiteral("isv-prepare"), QStringLiteral("--cloud"),          QStringLiteral("public"),
        QStringLiteral("--tenant"),    QStringLiteral("contoso.com"),      QStringLiteral("--subscription"),
        QStringLiteral("x"),           QStringLiteral("--resource-group"), QStringLiteral("rg"),
        QStringLiteral("--location"),  QStringLiteral("eastus"),           QStringLiteral("--app-name"),
        QStringLiteral("a"),           QStringLiteral("--identity-name"),  QStringLiteral("id-a"),
        QStringLiteral("--out"),       QStringLiteral("invitation.json")};
    QTest::newRow("no mode") << QStringList() << QStringLiteral("name a mode");
    QTest::newRow("unknown mode") << QStringList{QStringLiteral("isv-unprepare")} << QStringLiteral("unknown mode");
    QTest::newRow("unknown option") << complete + QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("missing tenant") << complete.mid(0, 3) + complete.mid(5) << QStringLiteral("--tenant");
    QTest::newRow("missing out") << complete.mid(0, 15) << QStringLiteral("--out");
    QTest::newRow("bad cloud") << QStringList{complete.mid(0, 2)} + QStringList{QStringLiteral("mars")} +
                                      complete.mid(3)
                               << QStringLiteral("mars");
    QTest::newRow("bad client id") << complete + QStringList{QStringLiteral("--client-id"), QStringLiteral("cli")}
                                   << QStringLiteral("--client-id");
    QTest::newRow("stray argument") << complete + QStringList{QStringLiteral("now")} << QStringLiteral("now");
}

void tst_Headless::badUsage_exitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Finished finished = run(arguments, 30000);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(message), qPrintable(finished.err));
}

void tst_Headless::badName_exitsTwoAndWritesNothing()
{
    auto sandbox = newSandbox();
    QVERIFY(sandbox);
    const int before = sandbox->requestLog().count();
    QStringList arguments = isvPrepare(*sandbox);
    arguments[arguments.indexOf(kIdentity)] = QStringLiteral("-not a name!");
    const Finished finished = run(arguments);
    QVERIFY2(finished.exitCode == 2, qPrintable(finished.out + finished.err));
    QVERIFY2(finished.err.contains(QLatin1String("Nothing was changed")), qPrintable(finished.err));
    QCOMPARE(writesSince(*sandbox, before), QStringList());
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("invitation.json"))));
}

void tst_Headless::dryRun_printsStepsAndScriptAndWritesNothing()
{
    auto sandbox = newSandbox();
    QVERIFY(sandbox);
    const int before = sandbox->requestLog().count();
    const Finished finished = run(isvPrepare(*sandbox, {QStringLiteral("--dry-run")}));
    QVERIFY2(finished.exitCode == 0, qPrintable(finished.out + finished.err));
    QVERIFY2(finished.err.contains(QLatin1String("devicelogin")), qPrintable(finished.err));
    QVERIFY2(finished.out.contains(QLatin1String("[1/")), qPrintable(finished.out));
    QVERIFY(finished.out.contains(QLatin1String("will be created")));
    QVERIFY(finished.out.contains(QLatin1String("az ")));
    QVERIFY(finished.out.contains(kApp));
    QCOMPARE(writesSince(*sandbox, before), QStringList());
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("invitation.json"))));
}

void tst_Headless::fullRun_thenRerun_everyStepAlreadyDone()
{
    auto sandbox = newSandbox();
    QVERIFY(sandbox);
    const Finished first = run(isvPrepare(*sandbox));
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.err.contains(QLatin1String("devicelogin")), qPrintable(first.err));
    QVERIFY(first.out.contains(QLatin1String(": done")));
    QVERIFY2(first.out.contains(QLatin1String("adminconsent")), qPrintable(first.out)); // the invitation's text
    checkWorld(*sandbox);

    const int before = sandbox->requestLog().count();
    const Finished second = run(isvPrepare(*sandbox));
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    QStringList finals;
    for (const QString &line : second.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')) && !line.contains(QLatin1String(": checking"))) {
            finals.append(line);
        }
    }
    QVERIFY2(finals.size() >= 5, qPrintable(second.out));
    for (const QString &line : std::as_const(finals)) {
        QVERIFY2(line.contains(QLatin1String(": already-done")) || line.contains(QLatin1String(": skipped")),
                 qPrintable(line));
    }
    QCOMPARE(writesSince(*sandbox, before), QStringList());
    checkWorld(*sandbox);

    // Nothing the runs left in HOME (settings, account index, progress, invitation) holds a token.
    int files = 0;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        QVERIFY2(!content.contains("eyJ"), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("refresh_token") && !content.contains("refreshToken"), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 2); // at least the settings with the account index and the invitation

    if (keychainUnavailable(first)) {
        qInfo("The keychain is not available here (tokens were kept in memory): the reuse of the saved sign-in "
              "is not checked.");
    } else {
        QVERIFY2(second.err.contains(QLatin1String("Using the saved sign-in")), qPrintable(second.err));
        QVERIFY2(!second.err.contains(QLatin1String("devicelogin")), qPrintable(second.err));
    }
}

void tst_Headless::killedInTheMiddle_secondRunContinues()
{
    auto sandbox = newSandbox(150);
    QVERIFY(sandbox);
    QProcess *process = startRun(isvPrepare(*sandbox));
    // Kill it the moment the app is being created: the create may or may not have reached the sandbox.
    QByteArray seen;
    connect(process, &QProcess::readyReadStandardOutput, process, [process, &seen] {
        seen += process->readAllStandardOutput();
        if (seen.contains(": running") && seen.contains("[3/")) {
            const int at = seen.indexOf("[3/");
            if (seen.indexOf(": running", at) > at) {
                process->kill();
            }
        }
    });
    QSignalSpy finished(process, &QProcess::finished);
    QVERIFY(finished.wait(120000));
    process->disconnect();
    QVERIFY2(process->exitStatus() == QProcess::CrashExit, seen.constData());
    process->deleteLater();

    const Finished second = run(isvPrepare(*sandbox));
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    QVERIFY2(second.out.contains(QLatin1String("Resuming: ")), qPrintable(second.out));
    checkWorld(*sandbox);
}

void tst_Headless::terminated_cancelsSavesProgressAndExitsOne()
{
    auto sandbox = newSandbox();
    QVERIFY(sandbox);
    QProcess *process = startRun(isvPrepare(*sandbox));
    // SIGTERM while the provider registration is being waited for: the wait is cancelled, not killed.
    QByteArray seen;
    bool sent = false;
    connect(process, &QProcess::readyReadStandardOutput, process, [process, &seen, &sent] {
        seen += process->readAllStandardOutput();
        if (!sent && seen.contains(": waiting")) {
            sent = true;
            process->terminate();
        }
    });
    const Finished stopped = finish(process);
    process->disconnect();
    QVERIFY2(sent, seen.constData());
    QVERIFY2(stopped.exitCode == 1, qPrintable(seen + stopped.err));
    QVERIFY2(stopped.err.contains(QLatin1String("Progress is saved")), qPrintable(stopped.err));

    const Finished second = run(isvPrepare(*sandbox));
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    QVERIFY2(second.out.contains(QLatin1String("Resuming: 1 of 6")), qPrintable(second.out));
    checkWorld(*sandbox);
}

void tst_Headless::noRights_failedStepWithCauseFixAndRequestIds_exitsOne()
{
    auto sandbox = newSandbox(0, QStringLiteral("support")); // Reader on the subscription
    QVERIFY(sandbox);
    const Finished finished = run(isvPrepare(*sandbox));
    QVERIFY2(finished.exitCode == 1, qPrintable(finished.out + finished.err));
    QVERIFY2(finished.out.contains(QLatin1String("[1/6] ")) && finished.out.contains(QLatin1String(": failed")),
             qPrintable(finished.out));
    QVERIFY2(finished.out.contains(QLatin1String("      cause: ")), qPrintable(finished.out));
    QVERIFY2(finished.out.contains(QLatin1String("      fix: ")), qPrintable(finished.out));
    QVERIFY2(finished.out.contains(QLatin1String("      request ids: ")), qPrintable(finished.out));
    QVERIFY(finished.out.contains(QLatin1String("HTTP 403, AuthorizationFailed")));
    QVERIFY(finished.out.contains(QLatin1String("resourceGroups/write")));
    QVERIFY2(finished.err.contains(QLatin1String("Progress is saved")), qPrintable(finished.err));
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("invitation.json"))));
}

void tst_Headless::unreachableCloud_exitsThree()
{
    quint16 closedPort = 0;
    {
        auto sandbox = newSandbox();
        QVERIFY(sandbox);
        closedPort = sandbox->port();
    } // gone: nothing listens there any more
    auto sandbox = newSandbox();
    QVERIFY(sandbox);
    QStringList arguments = isvPrepare(*sandbox);
    arguments[arguments.indexOf(sandbox->baseUrl().toString())] = QStringLiteral("http://127.0.0.1:%1").arg(closedPort);
    const Finished finished = run(arguments);
    QVERIFY2(finished.exitCode == 3, qPrintable(finished.out + finished.err));
    QVERIFY2(finished.err.contains(QLatin1String("Error: ")), qPrintable(finished.err));
}

void tst_Headless::unknownClientId_signInRefused_exitsThree()
{
    auto sandbox = newSandbox();
    QVERIFY(sandbox);
    const int before = sandbox->requestLog().count();
    const Finished finished = run(
        isvPrepare(*sandbox, {QStringLiteral("--client-id"), QStringLiteral("11111111-2222-3333-4444-555555555555")}));
    QVERIFY2(finished.exitCode == 3, qPrintable(finished.out + finished.err));
    // The option reached the sign-in: the identity platform refused that client.
    QVERIFY2(finished.err.contains(QLatin1String("AADSTS700016")), qPrintable(finished.err));
    QCOMPARE(writesSince(*sandbox, before), QStringList());
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
