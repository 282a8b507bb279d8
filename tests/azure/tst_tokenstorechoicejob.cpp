// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/memorytokenstore.h"
#include "azure/tokenstorechoicejob.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey::Azure;

namespace {
const char kChildVariable[] = "CROSSKEY_TOKENSTORECHOICE_CHILD";

TokenStoreChoice choose(std::chrono::milliseconds timeout)
{
    auto *job = new TokenStoreChoiceJob(QStringLiteral("CrossKey-test"), timeout);
    QSignalSpy finished(job, &TokenStoreChoiceJob::finished);
    job->start();
    if (!finished.wait(60000)) {
        return {};
    }
    return finished.first().first().value<TokenStoreChoice>();
}

TokenStoreResult run(TokenStoreJob *job)
{
    QSignalSpy finished(job, &TokenStoreJob::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Timeout, QStringLiteral("the job never finished"));
    }
    return finished.first().first().value<TokenStoreResult>();
}
} // namespace

// Where tokens go: the keychain when its probe works (scripts/test's private keyring), memory plus a notice
// when it does not (a child process of this test whose session bus address leads nowhere).
class tst_TokenStoreChoiceJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workingKeychain_choosesKeychainWithoutNotice();
    void unreachableBus_fallsBackToMemoryWithNotice();
    void child_unreachableBus(); // runs only inside the child process started above

private:
    bool m_isChild = false;
};

void tst_TokenStoreChoiceJob::initTestCase()
{
    qRegisterMetaType<TokenStoreChoice>();
    qRegisterMetaType<TokenStoreResult>();
    m_isChild = qEnvironmentVariableIsSet(kChildVariable);
}

void tst_TokenStoreChoiceJob::workingKeychain_choosesKeychainWithoutNotice()
{
    if (m_isChild) {
        QSKIP("parent-only case");
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("DBUS_SESSION_BUS_ADDRESS is unset: no session bus, so no keychain to choose. Run through "
              "scripts/test, or dbus-run-session -- scripts/lib/keyring-env ctest -R tokenstorechoice");
    }
    const TokenStoreChoice choice = choose(std::chrono::seconds(15));
    QVERIFY(choice.store);
    QVERIFY2(!choice.notice, qPrintable(choice.notice ? choice.notice->summary() : QString()));
    QVERIFY(choice.usesKeychain());
    QVERIFY(!dynamic_cast<MemoryTokenStore *>(choice.store.get()));
    // The probe entry is gone again.
    const TokenStoreResult probe = run(choice.store->read(TokenStoreChoiceJob::kProbeKey));
    QVERIFY(probe.hasValue());
    QVERIFY(!probe.value().has_value());
}

void tst_TokenStoreChoiceJob::unreachableBus_fallsBackToMemoryWithNotice()
{
    if (m_isChild) {
        QSKIP("parent-only case");
    }
    // The session bus is chosen once per process, so the unreachable keychain runs in a child.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-such-bus"));
    environment.insert(QStringLiteral("HOME"), home.path());
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "DISPLAY", "WAYLAND_DISPLAY"}) {
        environment.remove(QString::fromLatin1(name)); // nothing to autolaunch a bus with, all files under HOME
    }
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("child_unreachableBus")});
    QVERIFY(child.waitForFinished(90000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : tst_TokenStoreChoiceJob::child_unreachableBus()"), output.constData());

    // Never a plain file: nothing the run wrote under its HOME holds the probe's words or a store.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("probe-"), qPrintable(file.fileName()));
    }
}

void tst_TokenStoreChoiceJob::child_unreachableBus()
{
    if (!m_isChild) {
        QSKIP("runs only in the child process of unreachableBus_fallsBackToMemoryWithNotice");
    }
    const TokenStoreChoice choice = choose(std::chrono::seconds(5));
    QVERIFY(choice.store);
    QVERIFY(!choice.usesKeychain());
    QVERIFY(dynamic_cast<MemoryTokenStore *>(choice.store.get()));
    QVERIFY(choice.notice);
    QCOMPARE(choice.notice->kind(), AzureError::Kind::Keychain);
    QCOMPARE(choice.notice->code(), QStringLiteral("KeychainUnavailable"));
    QVERIFY2(choice.notice->message().contains(QStringLiteral("in memory for this run only")),
             qPrintable(choice.notice->message()));
    QVERIFY2(choice.notice->hint().contains(QStringLiteral("gnome-keyring")), qPrintable(choice.notice->hint()));

    // The memory store works for the rest of the run.
    const StoredAccount account{QStringLiteral("refresh"),
                                QJsonObject{{QStringLiteral("tenantId"), QStringLiteral("t")}}};
    QVERIFY(run(choice.store->write(QStringLiteral("k"), account)).hasValue());
    const TokenStoreResult read = run(choice.store->read(QStringLiteral("k")));
    QVERIFY(read.hasValue());
    QCOMPARE(read.value(), std::optional(account));
}

QTEST_GUILESS_MAIN(tst_TokenStoreChoiceJob)
#include "tst_tokenstorechoicejob.moc"
