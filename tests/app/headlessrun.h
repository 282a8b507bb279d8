// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/requestlog.h"
#include "sandbox/server.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

namespace CrossKey::Tests {

// The built crosskey run as a user runs it: its own process, a throw-away HOME and XDG folders, no display.
struct HeadlessRun
{
    int exitCode = -1;
    QString out;
    QString err;

    // `terminateWhen` (optional) sees stderr as it comes; the first time it says yes, the run gets SIGTERM.
    static HeadlessRun run(const QTemporaryDir &home, const QStringList &arguments, int timeoutMs = 60000,
                           const std::function<bool(const QByteArray &)> &terminateWhen = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        environment.insert(QStringLiteral("CI"), QStringLiteral("true"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(home.path());
        QSignalSpy finished(&process, &QProcess::finished);
        QByteArray err;
        bool terminated = false;
        if (terminateWhen) {
            QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
                err += process.readAllStandardError();
                if (!terminated && terminateWhen(err)) {
                    terminated = true;
                    process.terminate();
                }
            });
        }
        process.start(QStringLiteral(CROSSKEY_BINARY), arguments);
        HeadlessRun result;
        // The sandbox answers on this thread's event loop, so wait with one that runs.
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            result.err = QStringLiteral("(timed out)\n");
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err += QString::fromLocal8Bit(err + process.readAllStandardError());
        return result;
    }

    QByteArray describe() const { return QStringLiteral("exit %1\n%2\n%3").arg(exitCode).arg(out, err).toLocal8Bit(); }
};

// Requests since `countBefore` that change the world; sign-in and reads do not.
inline QStringList writesSince(const Sandbox::Server &sandbox, int countBefore)
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

} // namespace CrossKey::Tests
