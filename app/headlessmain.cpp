// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appservices.h"
#include "app/entrypoints.h"
#include "app/headless/console.h"
#include "app/headless/diagnosecommand.h"
#include "app/headless/exitcode.h"
#include "app/headless/headlessmode.h"
#include "app/headless/interruptsignals.h"
#include "app/headless/runcommand.h"
#include "azure/cloudresolvejob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

using namespace CrossKey;
using namespace CrossKey::App::Headless;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

QString exitCodesText()
{
    return Text::tr("Exit codes: 0 done, 1 a step failed or needs you (progress is saved; run again to continue), "
                    "2 bad usage or input (nothing changed), 3 could not sign in or reach the cloud.");
}

QString runHelp(const QList<HeadlessMode> &modes)
{
    QStringList lines{Text::tr("Usage: crosskey run <mode> --cloud <cloud> --tenant <tenant> [options]"), QString(),
                      Text::tr("Runs a CrossKey plan without a window, printing one line per status change."),
                      QString(), Text::tr("Modes:")};
    qsizetype width = 0;
    for (const HeadlessMode &mode : modes) {
        width = std::max(width, mode.name.size());
    }
    for (const HeadlessMode &mode : modes) {
        lines.append(QStringLiteral("  %1  %2").arg(mode.name.leftJustified(width), mode.summary));
    }
    lines << QString() << Text::tr("Run \"crosskey run <mode> --help\" for the options of a mode.") << exitCodesText();
    return lines.join(QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    Console::err(Text::tr("crosskey run: %1").arg(message));
    Console::err(Text::tr("Run \"crosskey run --help\" for usage."));
    return BadInput;
}

} // namespace

int CrossKey::App::headlessMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CrossKey"));
    QCoreApplication::setApplicationName(QStringLiteral("crosskey"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSKEY_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == QLatin1String("diagnose")) {
        return diagnoseMain(arguments);
    }
    const QList<HeadlessMode> modes = headlessModes();
    const QString modeName = arguments.value(2);
    if (modeName == QLatin1String("--help") || modeName == QLatin1String("-h") || modeName == QLatin1String("help")) {
        Console::out(runHelp(modes));
        return Done;
    }
    if (modeName.isEmpty() || modeName.startsWith(QLatin1Char('-'))) {
        return usageError(Text::tr("name a mode first, e.g. \"crosskey run %1 …\".").arg(modes.constFirst().name));
    }
    const auto mode = std::find_if(modes.cbegin(), modes.cend(),
                                   [&modeName](const HeadlessMode &candidate) { return candidate.name == modeName; });
    if (mode == modes.cend()) {
        QStringList names;
        for (const HeadlessMode &known : modes) {
            names.append(known.name);
        }
        return usageError(Text::tr("unknown mode \"%1\"; known modes: %2.").arg(modeName, names.join(u", ")));
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption cloudOption(QStringLiteral("cloud"),
                                         Text::tr("The cloud: public, usgov, china, or a Resource Manager URL."),
                                         Text::tr("cloud"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
                                          Text::tr("The tenant to sign in to: its id or a verified domain."),
                                          Text::tr("tenant"));
    const QCommandLineOption clientIdOption(
        QStringLiteral("client-id"),
        Text::tr("Sign in as this public client (application id) instead of the Azure CLI's."), Text::tr("id"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        Text::tr("Sign in and check what already exists with read-only calls, print the steps and the equivalent "
                 "Azure CLI script; create and change nothing."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           Text::tr("Also print CrossKey's log (requests, sign-in; never a token)."));
    parser.addOptions({helpOption, cloudOption, tenantOption, clientIdOption, dryRunOption, verboseOption});
    parser.addOptions(mode->options);
    if (!parser.parse(QStringList{arguments.constFirst()} + arguments.mid(3))) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        QString options = parser.helpText();
        options = options.mid(options.indexOf(QLatin1String("Options:")));
        Console::out(Text::tr("Usage: crosskey run %1 [options]").arg(mode->name));
        Console::out(QString());
        Console::out(mode->summary);
        Console::out(QString());
        Console::out(options.trimmed());
        Console::out(QString());
        Console::out(exitCodesText());
        return Done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Text::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }
    QStringList required{cloudOption.names().constFirst(), tenantOption.names().constFirst()};
    required += mode->required;
    if (!parser.isSet(dryRunOption)) {
        required += mode->requiredToRun;
    }
    for (const QString &name : std::as_const(required)) {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty()) {
            return usageError(Text::tr("--%1 is required.").arg(name));
        }
    }
    if (const auto cloud = Azure::CloudResolveJob::validate(parser.value(cloudOption)); !cloud) {
        return usageError(cloud.error().message());
    }
    const auto clientId = AppServices::clientIdFromOption(parser.value(clientIdOption));
    if (!clientId) {
        return usageError(clientId.error().message());
    }

    if (!parser.isSet(verboseOption) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        // The status lines are the output; the log is for --verbose (or QT_LOGGING_RULES).
        QLoggingCategory::setFilterRules(
            QStringLiteral("crosskey.*.debug=false\ncrosskey.*.info=false\ncrosskey.*.warning=false"));
    }

    QSettings settings;
    AppServices services(&settings, nullptr); // no browser here: device code only
    services.setClientId(clientId.value());
    QObject::connect(&services, &AppServices::notice, &app, [](const QString &text) { Console::err(text); });

    RunCommand::Settings runSettings;
    runSettings.cloud = parser.value(cloudOption).trimmed();
    runSettings.tenant = parser.value(tenantOption).trimmed();
    runSettings.dryRun = parser.isSet(dryRunOption);
    RunCommand command(*mode, runSettings, parser, &services);
    QObject::connect(&command, &RunCommand::finished, &app, [](int code) { QCoreApplication::exit(code); });
    InterruptSignals interrupts;
    QObject::connect(&interrupts, &InterruptSignals::received, &command, &RunCommand::interrupt);
    command.start();
    return QCoreApplication::exec();
}
