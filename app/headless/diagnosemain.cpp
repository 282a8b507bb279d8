// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appservices.h"
#include "app/headless/console.h"
#include "app/headless/diagnosecommand.h"
#include "app/headless/exitcode.h"
#include "app/headless/interruptsignals.h"
#include "azure/cloudresolvejob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

namespace CrossKey::App::Headless {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

int usageError(const QString &message)
{
    Console::err(Text::tr("crosskey diagnose: %1").arg(message));
    Console::err(Text::tr("Run \"crosskey diagnose --help\" for usage."));
    return BadInput;
}

QString o(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

int diagnoseMain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({o("h"), o("help")}, Text::tr("Show this help."));
    parser.addOptions({
        help,
        {o("storage-account"),
         Text::tr("Diagnose this storage account: a name (with --subscription) or its resource id."), Text::tr("name")},
        {o("app-id"), Text::tr("Diagnose from the ISV's multitenant app (client id)."), Text::tr("id")},
        {o("key-uri"), Text::tr("Diagnose from the customer's key: https://{vault}/keys/{name}[/{version}]."),
         Text::tr("uri")},
        {o("subscription"), Text::tr("The storage account's subscription id."), Text::tr("id")},
        {o("isv-tenant"), Text::tr("Sign in to the ISV tenant (id or domain) and check its side."), Text::tr("tenant")},
        {o("customer-tenant"), Text::tr("Sign in to the customer tenant (id or domain) and check its side."),
         Text::tr("tenant")},
        {o("cloud"), Text::tr("The cloud: public (default), usgov, china, or a Resource Manager URL."),
         Text::tr("cloud"), o("public")},
        {o("client-id"), Text::tr("Sign in as this public client (application id) instead of the Azure CLI's."),
         Text::tr("id")},
        {o("format"), Text::tr("The report's format: text (default), json, markdown or html."), Text::tr("format"),
         o("text")},
        {o("output"), Text::tr("Write the report to this file instead of stdout."), Text::tr("file")},
        {o("verbose"), Text::tr("Also print CrossKey's log (requests, sign-in; never a token).")},
    });
    if (!parser.parse(QStringList{arguments.constFirst()} + arguments.mid(2))) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        QString options = parser.helpText();
        Console::out(Text::tr("Usage: crosskey diagnose --storage-account <name|id> | --app-id <id> | --key-uri <uri> "
                              "[--isv-tenant <tenant>] [--customer-tenant <tenant>] [options]"));
        Console::out(QString());
        Console::out(Text::tr("Follows the cross-tenant key chain with read-only calls and reports each link."));
        Console::out(QString());
        Console::out(options.mid(options.indexOf(QLatin1String("Options:"))).trimmed());
        Console::out(QString());
        Console::out(Text::tr("Exit codes: 0 every check passed, 1 warnings or checks that could not run, 2 a "
                              "failure, 3 nothing could be checked (no tenant or cloud reachable)."));
        return Done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Text::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }
    const int targets =
        int(parser.isSet(o("storage-account"))) + int(parser.isSet(o("app-id"))) + int(parser.isSet(o("key-uri")));
    if (targets != 1) {
        return usageError(Text::tr("give exactly one of --storage-account, --app-id and --key-uri."));
    }
    if (!parser.isSet(o("isv-tenant")) && !parser.isSet(o("customer-tenant"))) {
        return usageError(Text::tr("give --isv-tenant, --customer-tenant or both: the tenants to sign in to."));
    }
    DiagnoseCommand::Settings settings;
    settings.cloud = parser.value(o("cloud")).trimmed();
    settings.isvTenant = parser.value(o("isv-tenant")).trimmed();
    settings.customerTenant = parser.value(o("customer-tenant")).trimmed();
    settings.outputPath = parser.value(o("output"));
    if (!Wizard::DiagnoseReportFormat::parseFormat(parser.value(o("format")).trimmed(), &settings.format)) {
        return usageError(
            Text::tr("unknown --format \"%1\"; use text, json, markdown or html.").arg(parser.value(o("format"))));
    }
    const QString account = parser.value(o("storage-account")).trimmed();
    settings.target.subscriptionId = parser.value(o("subscription")).trimmed();
    if (account.startsWith(QLatin1Char('/'))) {
        settings.target.storageAccountId = account;
    } else if (!account.isEmpty()) {
        if (settings.target.subscriptionId.isEmpty()) {
            return usageError(Text::tr("--storage-account with a name needs --subscription."));
        }
        settings.target.storageAccountName = account;
    }
    settings.target.appId = parser.value(o("app-id")).trimmed();
    settings.target.keyUri = parser.value(o("key-uri")).trimmed();
    QString vault, key, version;
    if (!settings.target.keyUri.isEmpty() &&
        !Wizard::Diagnosis::splitKeyUri(settings.target.keyUri, &vault, &key, &version)) {
        return usageError(Text::tr("--key-uri: “%1” is not a key URI.").arg(settings.target.keyUri));
    }
    if (const auto cloud = Azure::CloudResolveJob::validate(settings.cloud); !cloud) {
        return usageError(cloud.error().message());
    }
    const auto clientId = AppServices::clientIdFromOption(parser.value(o("client-id")));
    if (!clientId) {
        return usageError(clientId.error().message());
    }
    if (!parser.isSet(o("verbose")) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(
            QStringLiteral("crosskey.*.debug=false\ncrosskey.*.info=false\ncrosskey.*.warning=false"));
    }

    QSettings store;
    AppServices services(&store, nullptr); // no browser here: device code only
    services.setClientId(clientId.value());
    QObject::connect(&services, &AppServices::notice, qApp, [](const QString &text) { Console::err(text); });
    DiagnoseCommand command(settings, &services);
    QObject::connect(&command, &DiagnoseCommand::finished, qApp, [](int code) { QCoreApplication::exit(code); });
    InterruptSignals interrupts;
    QObject::connect(&interrupts, &InterruptSignals::received, &command, &DiagnoseCommand::interrupt);
    command.start();
    return QCoreApplication::exec();
}

} // namespace CrossKey::App::Headless
