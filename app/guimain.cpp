// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appservices.h"
#include "app/entrypoints.h"
#include "azure/azureerror.h"
#include "azure/cloud.h"
#include "azure/systemclock.h"
#include "sandbox/server.h"
#include "sandbox/serveroptions.h"
#include "ui/customergrant/customergrantsession.h"
#include "ui/customergrant/customergrantwizard.h"
#include "ui/diagnose/diagnosewizard.h"
#include "ui/isvbind/isvbindsession.h"
#include "ui/isvbind/isvbindwizard.h"
#include "ui/isvprepare/isvpreparesession.h"
#include "ui/isvprepare/isvpreparewizard.h"
#include "ui/logview.h"
#include "ui/mainwindow.h"
#include "ui/manage/managesession.h"
#include "ui/manage/managewizard.h"
#include "ui/systemurlopener.h"
#include "ui/windowcapture.h"
#include "wizard/progressstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <type_traits>

using namespace CrossKey;

namespace {

// The command line's texts, translated under the context "Main".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// A built-in cloud's name, or a Resource Manager URL that may receive tokens (https, or http on this
// computer); empty when it is neither.
QString validCloud(const QString &value)
{
    if (const auto builtIn = Azure::Cloud::fromName(value.toLower())) {
        return builtIn.value().name();
    }
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && Azure::Cloud::isAcceptableEndpoint(url) ? url.toString() : QString();
}

// The embedded sandbox of --sandbox: the demo admin signs in without a page and Azure's waits are short, so
// the ISV prepare flow runs through in seconds.
Sandbox::ServerOptions demoSandboxOptions()
{
    Sandbox::ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    options.deviceCodeIntervalSeconds = 1;
    options.principalReplicationDelayMs = 1000;
    options.providerRegistrationDelayMs = 1000;
    options.featureRegistrationDelayMs = 1500;
    options.longRunningOperationMs = 500;
    return options;
}

} // namespace

int CrossKey::App::guiMain(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CrossKey"));
    QCoreApplication::setApplicationName(QStringLiteral("crosskey"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSKEY_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CrossKey"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Sets up and diagnoses Azure Storage encryption with cross-tenant customer-managed keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           Text::tr("Start a built-in local Azure with two demo tenants and use it."));
    const QCommandLineOption cloudOption(QStringLiteral("cloud"),
                                         Text::tr("The cloud: public, usgov, china, or a Resource Manager URL."),
                                         Text::tr("cloud"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Text::tr("The language of the interface, e.g. de."),
                                        Text::tr("code"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              Text::tr("Save a picture of the window to FILE (PNG) and quit."),
                                              Text::tr("FILE"));
    const QCommandLineOption clientIdOption(
        QStringLiteral("client-id"),
        Text::tr("Sign in as this public client (application id) instead of the Azure CLI's."), Text::tr("id"));
    parser.addOptions({sandboxOption, cloudOption, langOption, screenshotOption, clientIdOption});
    parser.process(app);
    const auto clientId = App::AppServices::clientIdFromOption(parser.value(clientIdOption));
    if (!clientId) {
        std::fprintf(stderr, "%s\n", qPrintable(clientId.error().message()));
        return 2;
    }

    QStringList messages;
    const QString lang = parser.value(langOption);
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    QTranslator appTranslator;
    QTranslator qtTranslator;
    if (appTranslator.load(locale, QStringLiteral("crosskey"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&appTranslator);
    } else if (!lang.isEmpty()) {
        messages.append(Text::tr("No CrossKey translation for \"%1\"; the interface stays in English.").arg(lang));
    }
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    if (!lang.isEmpty()) {
        QLocale::setDefault(locale);
    }

    QString cloud;
    if (parser.isSet(cloudOption)) {
        cloud = validCloud(parser.value(cloudOption));
        if (cloud.isEmpty()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(
                    Text::tr("--cloud must be public, usgov, china, or a Resource Manager URL (https, or http on this "
                             "computer), not \"%1\".")
                        .arg(parser.value(cloudOption))));
            return 2;
        }
        if (parser.isSet(sandboxOption)) {
            std::fprintf(stderr, "%s\n", qPrintable(Text::tr("--sandbox and --cloud cannot be combined.")));
            return 2;
        }
    }

    // A screenshot must not depend on, or change, the user's remembered window layout.
    const bool screenshot = parser.isSet(screenshotOption);
    QTemporaryDir screenshotSettingsDir;
    std::unique_ptr<QSettings> settings =
        screenshot ? std::make_unique<QSettings>(screenshotSettingsDir.filePath(QStringLiteral("crosskey.ini")),
                                                 QSettings::IniFormat)
                   : std::make_unique<QSettings>();

    Azure::SystemClock clock;
    Ui::MainWindow window(clock, *settings);
    for (const QString &message : std::as_const(messages)) {
        window.appendLog(message);
    }

    Ui::SystemUrlOpener opener;
    AppServices services(settings.get(), &opener);
    services.setClientId(clientId.value());
    // Screenshots neither read nor leave progress behind.
    auto *isvPrepare =
        new Ui::IsvPrepareWizard(clock, screenshot ? QString() : Wizard::ProgressStore::defaultDirectory());
    window.setModeWidget(Ui::ModeCatalog::Mode::IsvPrepare, isvPrepare);
    QObject::connect(isvPrepare, &Ui::IsvPrepareWizard::flowFinished, &window, &Ui::MainWindow::showModeChooser);
    QObject::connect(isvPrepare->session(), &Ui::IsvPrepareSession::runnerCreated, &window,
                     [&window](Wizard::Runner *runner) { window.logView()->setRunner(runner); });
    // Keychain trouble decides whether sign-ins survive this run, so it is shown above the pages, not only logged.
    QObject::connect(&services, &AppServices::notice, &window, [&window](const QString &text) {
        window.showProblem(Azure::AzureError(Azure::AzureError::Kind::Keychain, text));
    });
    QObject::connect(&services, &AppServices::ready, isvPrepare,
                     [isvPrepare, &services] { isvPrepare->setSignInService(services.signIn()); });
    services.start();

    Sandbox::Server sandbox(demoSandboxOptions());
    if (parser.isSet(sandboxOption)) {
        if (sandbox.listen(0)) {
            const QString text = Text::tr("Sandbox: %1").arg(sandbox.baseUrl().toString());
            window.setEnvironmentText(text);
            window.appendLog(text);
            isvPrepare->presetCloud(Text::tr("Sandbox (%1)").arg(sandbox.baseUrl().toString()), sandbox.baseUrl());
        } else {
            window.setEnvironmentText(Text::tr("Sandbox: not running"));
            window.showProblem(Azure::AzureError(Azure::AzureError::Kind::Network,
                                                 Text::tr("The sandbox could not listen on 127.0.0.1."),
                                                 Text::tr("Another program may hold the port or block local "
                                                          "connections. Close it, or start without --sandbox.")));
        }
    } else if (!cloud.isEmpty()) {
        window.setEnvironmentText(Text::tr("Cloud: %1").arg(cloud));
        isvPrepare->selectCloud(cloud);
    } else {
        window.setEnvironmentText(Text::tr("Cloud: public"));
    }

    // Customer grant (issue 8): its own flow on the same sign-in service and cloud choice.
    auto *customerGrant =
        new Ui::CustomerGrantWizard(clock, screenshot ? QString() : Wizard::ProgressStore::defaultDirectory());
    window.setModeWidget(Ui::ModeCatalog::Mode::CustomerGrant, customerGrant);
    QObject::connect(customerGrant, &Ui::CustomerGrantWizard::flowFinished, &window, &Ui::MainWindow::showModeChooser);
    QObject::connect(customerGrant->session(), &Ui::FlowSession::runnerCreated, &window,
                     [&window](Wizard::Runner *runner) { window.logView()->setRunner(runner); });
    if (services.isReady()) {
        customerGrant->setSignInService(services.signIn());
    }
    QObject::connect(&services, &AppServices::ready, customerGrant,
                     [customerGrant, &services] { customerGrant->setSignInService(services.signIn()); });
    if (parser.isSet(sandboxOption) && sandbox.baseUrl().port() > 0) {
        customerGrant->presetCloud(Text::tr("Sandbox (%1)").arg(sandbox.baseUrl().toString()), sandbox.baseUrl());
    } else if (!cloud.isEmpty()) {
        customerGrant->selectCloud(cloud);
    }

    // ISV bind and Manage (issue 9): flows of their own, on the same sign-in service and cloud choice.
    const auto addFlow = [&](auto *flow, Ui::ModeCatalog::Mode mode) {
        window.setModeWidget(mode, flow);
        QObject::connect(flow, &std::remove_pointer_t<decltype(flow)>::flowFinished, &window,
                         &Ui::MainWindow::showModeChooser);
        QObject::connect(flow->session(), &Ui::FlowSession::runnerCreated, &window,
                         [&window](Wizard::Runner *runner) { window.logView()->setRunner(runner); });
        if (services.isReady()) {
            flow->setSignInService(services.signIn());
        }
        QObject::connect(&services, &AppServices::ready, flow,
                         [flow, &services] { flow->setSignInService(services.signIn()); });
        if (parser.isSet(sandboxOption) && sandbox.baseUrl().port() > 0) {
            flow->presetCloud(Text::tr("Sandbox (%1)").arg(sandbox.baseUrl().toString()), sandbox.baseUrl());
        } else if (!cloud.isEmpty()) {
            flow->selectCloud(cloud);
        }
    };
    const QString flowProgress = screenshot ? QString() : Wizard::ProgressStore::defaultDirectory();
    addFlow(new Ui::IsvBindWizard(clock, flowProgress), Ui::ModeCatalog::Mode::IsvBind);
    addFlow(new Ui::ManageWizard(clock, flowProgress), Ui::ModeCatalog::Mode::Manage);

    // Diagnose (issue 10): read-only; up to two sign-ins (ISV and customer) on the same sign-in service and cloud.
    auto *diagnose = new Ui::DiagnoseWizard(clock);
    window.setModeWidget(Ui::ModeCatalog::Mode::Diagnose, diagnose);
    QObject::connect(diagnose, &Ui::DiagnoseWizard::flowFinished, &window, &Ui::MainWindow::showModeChooser);
    if (services.isReady()) {
        diagnose->setSignInService(services.signIn());
    }
    QObject::connect(&services, &AppServices::ready, diagnose,
                     [diagnose, &services] { diagnose->setSignInService(services.signIn()); });
    if (parser.isSet(sandboxOption) && sandbox.baseUrl().port() > 0) {
        diagnose->presetCloud(Text::tr("Sandbox (%1)").arg(sandbox.baseUrl().toString()), sandbox.baseUrl());
    } else if (!cloud.isEmpty()) {
        diagnose->selectCloud(cloud);
    }

    if (screenshot) {
        auto *capture = new Ui::WindowCapture(&window, parser.value(screenshotOption), QSize(1100, 720), &app);
        QObject::connect(capture, &Ui::WindowCapture::finished, &app, [](bool saved, const QString &message) {
            std::fprintf(saved ? stdout : stderr, "%s\n", qPrintable(message));
            QCoreApplication::exit(saved ? 0 : 1);
        });
        capture->start();
    } else {
        window.show();
    }
    return QApplication::exec();
}
