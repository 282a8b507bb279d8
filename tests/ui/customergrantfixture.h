// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/accountindex.h"
#include "azure/accountregistry.h"
#include "azure/memorytokenstore.h"
#include "azure/signinservice.h"
#include "azure/systemclock.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/storagescenarios.h"
#include "tests/azure/sandboxbrowser.h"
#include "tests/azure/sandboxcloud.h"
#include "ui/customergrant/customergrantsession.h"
#include "ui/customergrant/customergrantwizard.h"
#include "ui/logview.h"
#include "ui/mainwindow.h"
#include "ui/searchablecombobox.h"
#include "wizard/invitation.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CrossKey::Tests {

inline constexpr int kGrantNetworkMs = 15000;
inline constexpr int kGrantRunMs = 60000;

// The sandbox (scenario isv-ready: the ISV's app exists) with short delays, the app's sign-in pieces over it —
// the browser is SandboxBrowser, which follows the sandbox's auto-approved authorize page — and the customer grant
// flow with the sandbox preset as its cloud: alone, or in the main window as the app shows it (screenshots).
struct CustomerGrantFixture
{
    enum class Host
    {
        Alone,
        MainWindow,
    };

    explicit CustomerGrantFixture(Host host = Host::Alone)
    {
        Sandbox::ServerOptions options;
        options.scenario = QStringLiteral("isv-ready");
        options.autoApprove = {QStringLiteral("admin")};
        options.deviceCodeIntervalSeconds = 1;
        options.principalReplicationDelayMs = 0;
        options.providerRegistrationDelayMs = 100;
        options.featureRegistrationDelayMs = 100;
        options.longRunningOperationMs = 50;
        sandbox = std::make_unique<Sandbox::Server>(options);
        listening = sandbox->listen(0);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("crosskey.ini")), QSettings::IniFormat);
        index = std::make_unique<Azure::AccountIndex>(settings.get());
        browser = std::make_unique<SandboxBrowser>(&network);
        signIn = std::make_unique<Azure::SignInService>(&network, clock, &store, &registry, browser.get(), index.get());
        wizard = new Ui::CustomerGrantWizard(clock, dir.filePath(QStringLiteral("progress")));
        wizard->setSignInService(signIn.get());
        wizard->presetCloud(QStringLiteral("Sandbox (%1)").arg(sandbox->baseUrl().toString()), sandbox->baseUrl());
        if (host == Host::MainWindow) {
            auto *window = new Ui::MainWindow(clock, *settings);
            window->setModeWidget(Ui::ModeCatalog::Mode::CustomerGrant, wizard);
            window->setEnvironmentText(QStringLiteral("Sandbox: %1").arg(sandbox->baseUrl().toString()));
            QObject::connect(wizard->session(), &Ui::FlowSession::runnerCreated, window,
                             [window](Wizard::Runner *runner) { window->logView()->setRunner(runner); });
            window->showMode(Ui::ModeCatalog::Mode::CustomerGrant);
            top.reset(window);
        } else {
            wizard->resize(900, 700);
            top.reset(wizard);
        }
        top->show();
    }

    template<typename T>
    T *child(const char *name) const
    {
        auto *found = wizard->findChild<T *>(QLatin1String(name));
        if (!found) {
            qFatal("no child %s", name);
        }
        return found;
    }
    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
    QAbstractButton *commit() const { return wizard->button(QWizard::CommitButton); }

    static QString customerTenantId() { return Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")); }

    // The invitation the ISV would send for the scenario's app: a mail's greeting, then the file's JSON.
    QString invitationText()
    {
        Wizard::RunContext context;
        context.tenantId = Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv"));
        context.appId = Sandbox::StorageScenarios::appId();
        context.appName = QStringLiteral("CrossKey CMK");
        const Azure::Cloud cloud = sandboxCloud(&network, sandbox->baseUrl());
        const auto invitation = Wizard::Invitation::fromContext(context, cloud);
        if (!invitation) {
            qWarning("%s", qPrintable(invitation.error().summary()));
            return {};
        }
        return QStringLiteral("Hello, our invitation:\n\n") +
               QString::fromUtf8(QJsonDocument(invitation.value().toJson()).toJson());
    }

    // Page 1: pastes `text` and reads it.
    void paste(const QString &text)
    {
        QVERIFY(listening);
        QVERIFY(QTest::qWaitForWindowExposed(top.get()));
        QCOMPARE(wizard->currentId(), int(Ui::CustomerGrantWizard::InvitationPageId));
        child<QPlainTextEdit>("invitationTextEdit")->setPlainText(text);
        QTest::mouseClick(child<QAbstractButton>("readInvitationButton"), Qt::LeftButton);
    }

    // Page 2 by the browser method, as Fabrikam's auto-approved admin.
    void signInByBrowser()
    {
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(Ui::CustomerGrantWizard::SignInPageId));
        QVERIFY(!next()->isEnabled());
        child<QLineEdit>("tenantLineEdit")->setText(QStringLiteral("fabrikam.onmicrosoft.com"));
        QTest::mouseClick(child<QAbstractButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), kGrantNetworkMs);
        QVERIFY2(child<QLabel>("accountLabel")->text().contains(QStringLiteral("admin@fabrikam")),
                 qPrintable(child<QLabel>("accountLabel")->text()));
    }

    QTemporaryDir dir;
    std::unique_ptr<Sandbox::Server> sandbox;
    bool listening = false;
    QNetworkAccessManager network;
    Azure::SystemClock clock;
    Azure::MemoryTokenStore store;
    Azure::AccountRegistry registry;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Azure::AccountIndex> index;
    std::unique_ptr<SandboxBrowser> browser;
    std::unique_ptr<Azure::SignInService> signIn;
    Ui::CustomerGrantWizard *wizard = nullptr; // owned by `top`
    std::unique_ptr<QWidget> top;              // last: goes first, before the services it uses
};

} // namespace CrossKey::Tests
