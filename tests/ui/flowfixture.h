// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/accountindex.h"
#include "azure/accountregistry.h"
#include "azure/memorytokenstore.h"
#include "azure/signinservice.h"
#include "azure/systemclock.h"
#include "sandbox/server.h"
#include "sandbox/storagescenarios.h"
#include "sandbox/world.h"
#include "tests/azure/sandboxbrowser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <memory>

namespace CrossKey::Tests {

inline constexpr int kFlowNetworkMs = 15000;
inline constexpr int kFlowRunMs = 60000;

// The sandbox in `scenario` with short delays, the app's sign-in pieces over it (SandboxBrowser follows the
// auto-approved authorize page of admin@contosoisv), and the flow `Wizard` (IsvBindWizard, ManageWizard) with the
// sandbox preset as its cloud.
template<typename Wizard>
struct FlowFixture
{
    explicit FlowFixture(const QString &scenario)
    {
        Sandbox::ServerOptions options;
        options.scenario = scenario;
        options.autoApprove = {QStringLiteral("admin")};
        options.deviceCodeIntervalSeconds = 1;
        options.principalReplicationDelayMs = 100;
        options.providerRegistrationDelayMs = 100;
        options.featureRegistrationDelayMs = 100;
        options.longRunningOperationMs = 100;
        options.storageKeyCacheMs = 100;
        sandbox = std::make_unique<Sandbox::Server>(options);
        listening = sandbox->listen(0);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("crosskey.ini")), QSettings::IniFormat);
        index = std::make_unique<Azure::AccountIndex>(settings.get());
        browser = std::make_unique<SandboxBrowser>(&network);
        signIn = std::make_unique<Azure::SignInService>(&network, clock, &store, &registry, browser.get(), index.get());
        wizard = new Wizard(clock, dir.filePath(QStringLiteral("progress")));
        wizard->setSignInService(signIn.get());
        wizard->presetCloud(QStringLiteral("Sandbox (%1)").arg(sandbox->baseUrl().toString()), sandbox->baseUrl());
        wizard->resize(1000, 760);
        top.reset(wizard);
        top->show();
    }

    template<typename T>
    T *child(const char *name) const
    {
        auto *found = wizard->template findChild<T *>(QLatin1String(name));
        if (!found) {
            qFatal("no child %s", name);
        }
        return found;
    }
    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
    QAbstractButton *commit() const { return wizard->button(QWizard::CommitButton); }

    // The sign-in page by the browser method; ends signed in as the sandbox's auto-approved admin of Contoso ISV.
    void signInByBrowser()
    {
        QVERIFY(listening);
        QVERIFY(!next()->isEnabled());
        QTest::mouseClick(child<QAbstractButton>("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), kFlowNetworkMs);
        QVERIFY2(child<QLabel>("accountLabel")->text().contains(QStringLiteral("admin@contosoisv")),
                 qPrintable(child<QLabel>("accountLabel")->text()));
    }

    Sandbox::StorageAccount account() const
    {
        for (const auto &candidate : sandbox->world().storage().accounts) {
            if (candidate.name == Sandbox::StorageScenarios::accountName()) {
                return candidate;
            }
        }
        return {};
    }

    // With CROSSKEY_SCREENSHOT_DIR set (scripts/screenshot), saves `widget` (default: the flow) as name.png there
    // for docs/screenshots/.
    void snap(const QString &name, QWidget *widget = nullptr) const
    {
        const QString dir = qEnvironmentVariable("CROSSKEY_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            return;
        }
        // Let the last answers paint and the busy bars go.
        QTest::qWait(300);
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (!(widget ? widget : top.get())->grab().save(path, "PNG")) {
            qWarning("could not save %s", qPrintable(path));
        }
    }

    // Every control a keyboard user can reach on the current page (visible, enabled, taking Tab focus; of
    // exclusive radio buttons the checked one) is reached by Tab and has an accessible name.
    void checkTabWalk() const
    {
        QWidget *page = wizard->currentPage();
        QSet<QWidget *> expected;
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            const auto *radio = qobject_cast<QRadioButton *>(widget);
            if (widget->isVisibleTo(wizard) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
                !widget->focusProxy() && !(radio && !radio->isChecked()) &&
                !qobject_cast<QComboBox *>(widget->parent())) {
                expected.insert(widget);
            }
        }
        QVERIFY(!expected.isEmpty());
        QWidget *first = page->nextInFocusChain();
        while (!expected.contains(first)) {
            first = first->nextInFocusChain();
        }
        // A closed dialog may leave no active window; focus goes only to an active one.
        wizard->activateWindow();
        QApplication::setActiveWindow(wizard);
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QSet<QWidget *> visited;
        for (int i = 0; i < expected.size() * 2 + 8; ++i) {
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            // An editable combo box gives its line edit the focus; the box carries the name.
            QWidget *named = qobject_cast<QComboBox *>(focused->parentWidget()) ? focused->parentWidget() : focused;
            QVERIFY2(
                !named->accessibleName().isEmpty(),
                qPrintable(
                    QStringLiteral("%1 on %2 has no accessible name").arg(named->objectName(), page->objectName())));
            visited.insert(named);
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        for (QWidget *widget : std::as_const(expected)) {
            QVERIFY2(visited.contains(widget),
                     qPrintable(QStringLiteral("Tab never reached %1 (%2) on %3")
                                    .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                                         page->objectName())));
        }
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
    Wizard *wizard = nullptr;     // owned by `top`
    std::unique_ptr<QWidget> top; // last: goes first, before the services it uses
};

} // namespace CrossKey::Tests
