// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/accountindex.h"
#include "azure/accountregistry.h"
#include "azure/memorytokenstore.h"
#include "azure/signinservice.h"
#include "azure/systemclock.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "tests/azure/sandboxbrowser.h"
#include "ui/diagnose/diagnosewizard.h"
#include "ui/flow/signinpage.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CrossKey::Tests {

// The sandbox from a storage scenario (bound, broken-*) with short delays, the app's sign-in pieces over it — the
// browser is SandboxBrowser, which follows the auto-approved authorize page for the ISV admin (Contoso ISV) or the
// customer admin (Fabrikam), by the tenant asked — and the Diagnose flow with the sandbox preset as its cloud:
// alone, or in the main window as the app shows it (screenshots).
struct DiagnoseFixture
{
    static constexpr int kNetworkMs = 15000;

    enum class Host
    {
        Alone,
        MainWindow,
    };

    explicit DiagnoseFixture(const QString &scenario, Host host = Host::Alone)
    {
        Sandbox::ServerOptions options;
        options.scenario = scenario;
        options.autoApprove = {QStringLiteral("admin@contosoisv.onmicrosoft.com"),
                               QStringLiteral("admin@fabrikam.onmicrosoft.com")};
        options.principalReplicationDelayMs = 0;
        options.providerRegistrationDelayMs = 0;
        options.featureRegistrationDelayMs = 0;
        options.longRunningOperationMs = 20;
        options.storageKeyCacheMs = 0;
        sandbox = std::make_unique<Sandbox::Server>(options);
        listening = sandbox->listen(0);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("crosskey.ini")), QSettings::IniFormat);
        index = std::make_unique<Azure::AccountIndex>(settings.get());
        browser = std::make_unique<SandboxBrowser>(&network);
        signIn = std::make_unique<Azure::SignInService>(&network, clock, &store, &registry, browser.get(), index.get());
        wizard = new Ui::DiagnoseWizard(clock);
        wizard->setSignInService(signIn.get());
        wizard->presetCloud(QStringLiteral("Sandbox (%1)").arg(sandbox->baseUrl().toString()), sandbox->baseUrl());
        if (host == Host::MainWindow) {
            auto *window = new Ui::MainWindow(clock, *settings);
            window->setModeWidget(Ui::ModeCatalog::Mode::Diagnose, wizard);
            window->setEnvironmentText(QStringLiteral("Sandbox: %1").arg(sandbox->baseUrl().toString()));
            window->showMode(Ui::ModeCatalog::Mode::Diagnose);
            top.reset(window);
        } else {
            wizard->resize(1000, 760);
            top.reset(wizard);
        }
        top->show();
    }

    static QString customerTenantId() { return Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")); }
    QString accountId() { return sandbox->world().storage().accounts.last().id(); }

    template<typename T>
    T *child(QWidget *page, const char *name) const
    {
        auto *found = page->findChild<T *>(QLatin1String(name));
        if (!found) {
            qFatal("no child %s", name);
        }
        return found;
    }
    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }

    // On a sign-in page: signs in by the browser (the customer page with the customer's tenant) and waits.
    void signInOn(Ui::SignInPage *page, const QString &expectedAccount)
    {
        QVERIFY(listening);
        QCOMPARE(wizard->currentPage(), page);
        QTest::mouseClick(child<QAbstractButton>(page, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), kNetworkMs);
        const QString account = child<QLabel>(page, "accountLabel")->text();
        QVERIFY2(account.contains(expectedAccount), qPrintable(account));
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
    Ui::DiagnoseWizard *wizard = nullptr; // owned by `top`
    std::unique_ptr<QWidget> top;         // last: goes first, before the services it uses
};

} // namespace CrossKey::Tests
