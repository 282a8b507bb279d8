// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/accountindex.h"
#include "azure/accountregistry.h"
#include "azure/memorytokenstore.h"
#include "azure/signinservice.h"
#include "azure/systemclock.h"
#include "sandbox/requestlog.h"
#include "sandbox/server.h"
#include "tests/azure/sandboxbrowser.h"
#include "ui/isvprepare/isvpreparesession.h"
#include "ui/isvprepare/isvpreparewizard.h"
#include "ui/logview.h"
#include "ui/mainwindow.h"
#include "ui/searchablecombobox.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CrossKey::Tests {

inline constexpr int kNetworkMs = 15000;
inline constexpr int kRunMs = 60000;

// The sandbox (scenario fresh) with short delays, the app's sign-in pieces over it — the browser is
// SandboxBrowser, which follows the sandbox's auto-approved authorize page — and the ISV prepare flow with the
// sandbox preset as its cloud: alone, or in the main window as the app shows it (screenshots).
struct IsvPrepareFixture
{
    enum class Host
    {
        Alone,
        MainWindow,
    };

    explicit IsvPrepareFixture(Host host = Host::Alone)
    {
        Sandbox::ServerOptions options;
        options.autoApprove = {QStringLiteral("admin")};
        options.deviceCodeIntervalSeconds = 1;
        options.principalReplicationDelayMs = 100;
        options.providerRegistrationDelayMs = 100;
        options.featureRegistrationDelayMs = 100;
        options.longRunningOperationMs = 100;
        sandbox = std::make_unique<Sandbox::Server>(options);
        listening = sandbox->listen(0);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("crosskey.ini")), QSettings::IniFormat);
        index = std::make_unique<Azure::AccountIndex>(settings.get());
        browser = std::make_unique<SandboxBrowser>(&network);
        signIn = std::make_unique<Azure::SignInService>(&network, clock, &store, &registry, browser.get(), index.get());
        wizard = new Ui::IsvPrepareWizard(clock, dir.filePath(QStringLiteral("progress")));
        wizard->setSignInService(signIn.get());
        wizard->presetCloud(QStringLiteral("Sandbox (%1)").arg(sandbox->baseUrl().toString()), sandbox->baseUrl());
        if (host == Host::MainWindow) {
            auto *window = new Ui::MainWindow(clock, *settings);
            window->setModeWidget(Ui::ModeCatalog::Mode::IsvPrepare, wizard);
            window->setEnvironmentText(QStringLiteral("Sandbox: %1").arg(sandbox->baseUrl().toString()));
            QObject::connect(wizard->session(), &Ui::IsvPrepareSession::runnerCreated, window,
                             [window](Wizard::Runner *runner) { window->logView()->setRunner(runner); });
            window->showMode(Ui::ModeCatalog::Mode::IsvPrepare);
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

    // Write requests to Graph or Resource Manager (sign-in's token requests are not changes).
    int writeRequests() const
    {
        int count = 0;
        for (const auto &entry : sandbox->requestLog().entries()) {
            if (entry.method != QLatin1String("GET") && !entry.path.contains(QLatin1String("/oauth2/"))) {
                ++count;
            }
        }
        return count;
    }

    // Page 1 by the browser method; ends signed in as the sandbox's auto-approved admin of Contoso ISV.
    void signInByBrowser()
    {
        QVERIFY(listening);
        QVERIFY(QTest::qWaitForWindowExposed(top.get()));
        QCOMPARE(wizard->currentId(), int(Ui::IsvPrepareWizard::SignInPageId));
        QVERIFY(!next()->isEnabled());
        QVERIFY(child<QComboBox>("cloudComboBox")->currentText().startsWith(QStringLiteral("Sandbox")));
        QTest::mouseClick(child<QAbstractButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), kNetworkMs);
        QVERIFY2(child<QLabel>("accountLabel")->text().contains(QStringLiteral("admin@contosoisv")),
                 qPrintable(child<QLabel>("accountLabel")->text()));
        QCOMPARE(browser->opened, 1);
    }

    // Next to page 2, waits for the live lists, picks `group` (and `region`, else the group's).
    void chooseScope(const QString &group, const QString &region = {})
    {
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(Ui::IsvPrepareWizard::ScopePageId));
        auto *subscription = child<Ui::SearchableComboBox>("subscriptionComboBox");
        auto *groups = child<Ui::SearchableComboBox>("resourceGroupComboBox");
        auto *regions = child<Ui::SearchableComboBox>("regionComboBox");
        QTRY_VERIFY_WITH_TIMEOUT(!subscription->currentValue().isEmpty(), kNetworkMs);
        QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2 && regions->count() >= 6, kNetworkMs);
        QVERIFY(subscription->currentText().contains(QStringLiteral("Contoso ISV Production")));
        groups->setCurrentIndex(groups->findText(group));
        QCOMPARE(groups->currentValue(), group);
        if (!region.isEmpty()) {
            QVERIFY(regions->selectValue(region));
        }
        QTRY_VERIFY(next()->isEnabled());
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
    Ui::IsvPrepareWizard *wizard = nullptr; // owned by `top`
    std::unique_ptr<QWidget> top;           // last: goes first, before the services it uses
};

} // namespace CrossKey::Tests
