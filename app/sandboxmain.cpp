// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultinjector.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/serveroptions.h"
#include "sandbox/shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace {

// --realistic: delays of the size Azure shows (docs/sandbox.md), for demos; explicit switches win.
constexpr int kRealisticPrincipalDelayMs = 30000;
constexpr int kRealisticProviderDelayMs = 60000;
constexpr int kRealisticFeatureDelayMs = 120000;
constexpr int kRealisticOperationMs = 20000;
constexpr int kRealisticLatencyMs = 150;
constexpr int kRealisticRoleDelayMs = 60000;
constexpr int kRealisticKeyCacheMs = 60000;

std::optional<int> milliseconds(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0 || value > 24 * 3600 * 1000) {
        QTextStream(stderr) << "crosskey-sandbox: --" << option.names().constFirst()
                            << " must be a number of milliseconds from 0 to 86400000\n";
        return std::nullopt;
    }
    return value;
}

} // namespace

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
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
                                          QStringLiteral("Inject the faults listed in this JSON file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Add this latency to every answer."), QStringLiteral("N"));
    const QCommandLineOption principalDelayOption(
        QStringLiteral("principal-delay-ms"),
        QStringLiteral("A new service principal or identity is unknown to RBAC this long (10000)."),
        QStringLiteral("N"));
    const QCommandLineOption providerDelayOption(QStringLiteral("provider-delay-ms"),
                                                 QStringLiteral("Provider registration takes this long (10000)."),
                                                 QStringLiteral("N"));
    const QCommandLineOption featureDelayOption(QStringLiteral("feature-delay-ms"),
                                                QStringLiteral("Feature registration takes this long (20000)."),
                                                QStringLiteral("N"));
    const QCommandLineOption operationOption(QStringLiteral("lro-ms"),
                                             QStringLiteral("Long-running operations take this long (5000)."),
                                             QStringLiteral("N"));
    const QCommandLineOption roleDelayOption(QStringLiteral("role-delay-ms"),
                                             QStringLiteral("A new role assignment takes this long to apply (0)."),
                                             QStringLiteral("N"));
    const QCommandLineOption keyCacheOption(
        QStringLiteral("storage-key-cache-ms"),
        QStringLiteral("Storage keeps an unwrapped account key this long before checking the customer key (2000)."),
        QStringLiteral("N"));
    const QCommandLineOption keyVersionOption(
        QStringLiteral("key-version-check-ms"),
        QStringLiteral("Storage looks for a newer key version this often when the version is not pinned (60000)."),
        QStringLiteral("N"));
    const QCommandLineOption realisticOption(
        QStringLiteral("realistic"),
        QStringLiteral("Azure-sized delays for demos: principal 30 s, provider 60 s, feature 120 s, operations 20 s, "
                       "role assignments 60 s, storage key cache 60 s, latency 150 ms."));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"),
                                           QStringLiteral("Serve HTTPS with this PEM certificate (chain)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("The PEM private key of --tls-cert."), QStringLiteral("FILE"));
    parser.addOptions({portOption, scenarioOption, autoApproveOption, stateOption, faultsOption, latencyOption,
                       principalDelayOption, providerDelayOption, featureDelayOption, operationOption, roleDelayOption,
                       keyCacheOption, keyVersionOption, realisticOption, tlsCertOption, tlsKeyOption});
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
    const bool realistic = parser.isSet(realisticOption);
    const auto latency = milliseconds(parser, latencyOption, realistic ? kRealisticLatencyMs : 0);
    const auto principal = milliseconds(parser, principalDelayOption,
                                        realistic ? kRealisticPrincipalDelayMs : options.principalReplicationDelayMs);
    const auto provider = milliseconds(parser, providerDelayOption,
                                       realistic ? kRealisticProviderDelayMs : options.providerRegistrationDelayMs);
    const auto feature = milliseconds(parser, featureDelayOption,
                                      realistic ? kRealisticFeatureDelayMs : options.featureRegistrationDelayMs);
    const auto operation =
        milliseconds(parser, operationOption, realistic ? kRealisticOperationMs : options.longRunningOperationMs);
    const auto role = milliseconds(parser, roleDelayOption,
                                   realistic ? kRealisticRoleDelayMs : options.roleAssignmentPropagationDelayMs);
    const auto keyCache =
        milliseconds(parser, keyCacheOption, realistic ? kRealisticKeyCacheMs : options.storageKeyCacheMs);
    const auto keyVersion = milliseconds(parser, keyVersionOption, options.storageKeyVersionCheckMs);
    if (!latency || !principal || !provider || !feature || !operation || !role || !keyCache || !keyVersion) {
        return 2;
    }
    options.addedLatencyMs = *latency;
    options.principalReplicationDelayMs = *principal;
    options.providerRegistrationDelayMs = *provider;
    options.featureRegistrationDelayMs = *feature;
    options.longRunningOperationMs = *operation;
    options.roleAssignmentPropagationDelayMs = *role;
    options.storageKeyCacheMs = *keyCache;
    options.storageKeyVersionCheckMs = *keyVersion;
    options.tlsCertificateFile = parser.value(tlsCertOption);
    options.tlsKeyFile = parser.value(tlsKeyOption);

    CrossKey::Sandbox::ShutdownSignals shutdown;
    CrossKey::Sandbox::Server server(options);
    if (!server.errorString().isEmpty()) {
        QTextStream(stderr) << "crosskey-sandbox: " << server.errorString() << "\n";
        return 2;
    }
    QString faultError;
    if (parser.isSet(faultsOption) && !server.faults().loadFile(parser.value(faultsOption), &faultError)) {
        QTextStream(stderr) << "crosskey-sandbox: " << faultError << "\n";
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
