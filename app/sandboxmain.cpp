// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/server.h"

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
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        QTextStream(stderr) << "crosskey-sandbox: --port must be a number from 0 to 65535\n";
        return 2;
    }
    CrossKey::Sandbox::Server server;
    if (!server.listen(quint16(port))) {
        QTextStream(stderr) << "crosskey-sandbox: cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
