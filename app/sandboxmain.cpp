// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/serveroptions.h"
#include "sandbox/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crosskey-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local Azure for CrossKey's demo and tests."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QStringLiteral("Starting world: %1.").arg(CrossKey::Sandbox::Scenarios::names().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("fresh"));
    const QCommandLineOption autoApproveOption(
        QStringLiteral("auto-approve"),
        QStringLiteral("Sign these users in without a page, e.g. admin or admin@fabrikam.onmicrosoft.com."),
        QStringLiteral("USER[,USER...]"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QStringLiteral("Keep the world in this file across restarts."),
                                         QStringLiteral("FILE"));
    parser.addOptions({portOption, scenarioOption, autoApproveOption, stateOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        QTextStream(stderr) << "crosskey-sandbox: --port must be a number from 0 to 65535\n";
        return 2;
    }
    CrossKey::Sandbox::ServerOptions options;
    options.scenario = parser.value(scenarioOption);
    options.autoApprove = parser.value(autoApproveOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.stateFile = parser.value(stateOption);

    CrossKey::Sandbox::ShutdownSignals shutdown;
    CrossKey::Sandbox::Server server(options);
    if (!server.errorString().isEmpty()) {
        QTextStream(stderr) << "crosskey-sandbox: " << server.errorString() << "\n";
        return 2;
    }
    if (!server.listen(quint16(port))) {
        QTextStream(stderr) << "crosskey-sandbox: cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }
    QObject::connect(&shutdown, &CrossKey::Sandbox::ShutdownSignals::received, &app, [&server] {
        server.saveState();
        QCoreApplication::quit();
    });
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
