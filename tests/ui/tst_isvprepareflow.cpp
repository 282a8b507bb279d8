// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accountindex.h"
#include "azure/accountregistry.h"
#include "azure/memorytokenstore.h"
#include "azure/signinservice.h"
#include "azure/systemclock.h"
#include "sandbox/requestlog.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "tests/azure/sandboxbrowser.h"
#include "ui/isvprepare/invitationpage.h"
#include "ui/isvprepare/isvpreparewizard.h"
#include "ui/isvprepare/reviewpage.h"
#include "ui/isvprepare/runpage.h"
#include "ui/searchablecombobox.h"
#include "wizard/invitation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CrossKey;
using Page = Ui::IsvPrepareWizard::PageId;

namespace {

constexpr int kNetworkMs = 15000;
constexpr int kRunMs = 60000;

// The sandbox with short delays, the app's sign-in pieces over it (the browser is SandboxBrowser, which follows
// the sandbox's auto-approved authorize page), and the flow with the sandbox preset as its cloud.
struct Fixture
{
    Fixture()
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
        browser = std::make_unique<Tests::SandboxBrowser>(&network);
        signIn = std::make_unique<Azure::SignInService>(&network, clock, &store, &registry, browser.get(), index.get());
        wizard = std::make_unique<Ui::IsvPrepareWizard>(clock, dir.filePath(QStringLiteral("progress")));
        wizard->setSignInService(signIn.get());
        wizard->presetCloud(QStringLiteral("Sandbox"), sandbox->baseUrl());
        wizard->resize(900, 700);
        wizard->show();
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

    QTemporaryDir dir;
    std::unique_ptr<Sandbox::Server> sandbox;
    bool listening = false;
    QNetworkAccessManager network;
    Azure::SystemClock clock;
    Azure::MemoryTokenStore store;
    Azure::AccountRegistry registry;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Azure::AccountIndex> index;
    std::unique_ptr<Tests::SandboxBrowser> browser;
    std::unique_ptr<Azure::SignInService> signIn;
    std::unique_ptr<Ui::IsvPrepareWizard> wizard;
};

} // namespace

class tst_IsvPrepareFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholePhase_fromFresh_endsOnInvitationWithTheApp();
    void deviceCode_showsCodeAndSignsIn();
    void badNames_blockNextWithMessage();
    void groupInAnotherRegion_stoppedOnReviewBeforeAnyWrite();

private:
    static void signInByBrowser(Fixture &f);
    static void chooseScope(Fixture &f, const QString &group, const QString &region = {});
    static void checkTabWalk(Fixture &f, QWizardPage *page);
};

void tst_IsvPrepareFlow::signInByBrowser(Fixture &f)
{
    QVERIFY(f.listening);
    QVERIFY(QTest::qWaitForWindowExposed(f.wizard.get()));
    QCOMPARE(f.wizard->currentId(), int(Page::SignInPageId));
    QVERIFY(!f.next()->isEnabled());
    QCOMPARE(f.child<QComboBox>("cloudComboBox")->currentText(), QStringLiteral("Sandbox"));
    QTest::mouseClick(f.child<QAbstractButton>("signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), kNetworkMs);
    QVERIFY2(f.child<QLabel>("accountLabel")->text().contains(QStringLiteral("admin@contosoisv")),
             qPrintable(f.child<QLabel>("accountLabel")->text()));
    QCOMPARE(f.browser->opened, 1);
}

void tst_IsvPrepareFlow::chooseScope(Fixture &f, const QString &group, const QString &region)
{
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::ScopePageId));
    auto *subscription = f.child<Ui::SearchableComboBox>("subscriptionComboBox");
    auto *groups = f.child<Ui::SearchableComboBox>("resourceGroupComboBox");
    auto *regions = f.child<Ui::SearchableComboBox>("regionComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(!subscription->currentValue().isEmpty(), kNetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2 && regions->count() >= 6, kNetworkMs);
    QVERIFY(subscription->currentText().contains(QStringLiteral("Contoso ISV Production")));
    groups->setCurrentIndex(groups->findText(group));
    QCOMPARE(groups->currentValue(), group);
    if (!region.isEmpty()) {
        QVERIFY(regions->selectValue(region));
    }
    QTRY_VERIFY(f.next()->isEnabled());
}

void tst_IsvPrepareFlow::checkTabWalk(Fixture &f, QWizardPage *page)
{
    // Every control a keyboard user can reach on the page: visible, enabled, taking Tab focus. In a group of
    // exclusive radio buttons Tab stops on the checked one only.
    QSet<QWidget *> expected;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        const auto *radio = qobject_cast<QRadioButton *>(widget);
        if (widget->isVisibleTo(f.wizard.get()) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy() && !(radio && !radio->isChecked()) && !qobject_cast<QComboBox *>(widget->parent())) {
            expected.insert(widget);
        }
    }
    QVERIFY(!expected.isEmpty());
    QWidget *first = page->nextInFocusChain();
    while (!expected.contains(first)) {
        first = first->nextInFocusChain();
    }
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
            qPrintable(QStringLiteral("%1 on %2 has no accessible name").arg(named->objectName(), page->objectName())));
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

void tst_IsvPrepareFlow::wholePhase_fromFresh_endsOnInvitationWithTheApp()
{
    Fixture f;
    signInByBrowser(f);
    checkTabWalk(f, f.wizard->currentPage());

    chooseScope(f, QStringLiteral("rg-crosskey-isv"));
    QCOMPARE(f.child<Ui::SearchableComboBox>("regionComboBox")->currentValue(), QStringLiteral("eastus"));
    QVERIFY(f.child<QLabel>("groupMessageLabel")->text().contains(QStringLiteral("reused")));
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::AppPageId));
    QCOMPARE(f.child<QLineEdit>("appNameLineEdit")->text(), QStringLiteral("CrossKey CMK"));
    QTRY_VERIFY_WITH_TIMEOUT(!f.child<QWidget>("appsBusyBar")->isVisible(), kNetworkMs);
    QVERIFY(f.next()->isEnabled());
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::IdentityPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!f.child<QWidget>("identitiesBusyBar")->isVisible(), kNetworkMs);
    // Fresh: Microsoft.ManagedIdentity is not registered, so there is nothing to pick, which is no error.
    QVERIFY(!f.wizard->currentPage()->findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
    QVERIFY(f.child<QLabel>("identityListNoteLabel")->text().contains(QStringLiteral("not registered")));
    QVERIFY(f.next()->isEnabled());
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::ReviewPageId));
    QVERIFY(!f.commit()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(f.commit()->isVisible() && f.commit()->isEnabled(), kNetworkMs);
    auto *steps = f.child<QListWidget>("reviewStepListWidget");
    QVERIFY(steps->count() >= 4);
    QVERIFY(f.child<QPlainTextEdit>("cliScriptPlainTextEdit")->toPlainText().contains(QStringLiteral("az ")));
    QCOMPARE(f.writeRequests(), 0); // the review reads only
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.commit(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), kRunMs);
    QVERIFY(!f.wizard->button(QWizard::BackButton)->isEnabled() || !f.wizard->button(QWizard::BackButton)->isVisible());
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::InvitationPageId));
    const QString isvTenant = Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv"));
    QList<Sandbox::Application> apps;
    for (const Sandbox::Application &app : f.sandbox->world().applications()) {
        if (!app.firstParty && app.tenantId.compare(isvTenant, Qt::CaseInsensitive) == 0) {
            apps.append(app);
        }
    }
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first().signInAudience, QStringLiteral("AzureADMultipleOrgs"));
    QCOMPARE(apps.first().federatedIdentityCredentials.size(), 1);
    QCOMPARE(f.sandbox->world().resourceManager().identities.size(), 1);
    QCOMPARE(f.child<QLineEdit>("invitationAppIdLineEdit")->text(), apps.first().appId);
    QCOMPARE(f.child<QLineEdit>("invitationAppNameLineEdit")->text(), QStringLiteral("CrossKey CMK"));
    QCOMPARE(f.child<QLineEdit>("invitationTenantIdLineEdit")->text().toLower(), isvTenant.toLower());
    QVERIFY(f.child<QLineEdit>("invitationConsentUrlLineEdit")->text().contains(apps.first().appId));
    QVERIFY(f.child<QPlainTextEdit>("invitationTextPlainTextEdit")->toPlainText().contains(apps.first().appId));
    checkTabWalk(f, f.wizard->currentPage());

    // "Save invitation…" writes the versioned JSON that the customer's side reads back.
    const QString path = f.dir.filePath(QStringLiteral("invitation.json"));
    f.wizard->invitationPage()->saveTo(path);
    const auto loaded = Wizard::Invitation::load(path);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().summary()));
    QCOMPARE(loaded.value().appId, apps.first().appId);
    QVERIFY(f.child<QLabel>("invitationStatusLabel")->text().contains(QStringLiteral("Saved")));
}

void tst_IsvPrepareFlow::deviceCode_showsCodeAndSignsIn()
{
    Fixture f;
    QVERIFY(f.listening);
    f.wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.wizard.get()));
    auto *deviceCode = f.child<QRadioButton>("deviceCodeRadioButton");
    deviceCode->setFocus(Qt::TabFocusReason);
    QTest::keyClick(deviceCode, Qt::Key_Space);
    QVERIFY(f.child<QRadioButton>("deviceCodeRadioButton")->isChecked());
    QTest::mouseClick(f.child<QAbstractButton>("signInButton"), Qt::LeftButton);
    // The code is shown large with its page while the sandbox (auto-approve) approves it.
    QTRY_VERIFY_WITH_TIMEOUT(!f.child<QLabel>("deviceCodeLabel")->text().isEmpty(), kNetworkMs);
    QVERIFY(f.child<QLabel>("deviceCodeUrlLabel")->text().contains(QStringLiteral("devicelogin")));
    QVERIFY(f.child<QAbstractButton>("cancelSignInButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), kNetworkMs);
    QVERIFY(f.child<QLabel>("accountLabel")->text().contains(QStringLiteral("admin@contosoisv")));
    QVERIFY(!f.child<QWidget>("deviceCodeGroupBox")->isVisible());
    QCOMPARE(f.browser->opened, 0);
}

void tst_IsvPrepareFlow::badNames_blockNextWithMessage()
{
    Fixture f;
    signInByBrowser(f);

    // A new group named against Azure's rules.
    chooseScope(f, QStringLiteral("rg-crosskey-isv"));
    auto *group = f.child<Ui::SearchableComboBox>("resourceGroupComboBox");
    group->lineEdit()->selectAll();
    QTest::keyClicks(group->lineEdit(), QStringLiteral("bad/group"));
    QVERIFY(!f.next()->isEnabled());
    QVERIFY(f.child<QLabel>("groupMessageLabel")->isVisible());
    QVERIFY(!f.child<QLabel>("groupMessageLabel")->text().contains(QStringLiteral("reused")));
    group->setCurrentIndex(group->findText(QStringLiteral("rg-crosskey-isv")));
    QTRY_VERIFY(f.next()->isEnabled());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    auto *appName = f.child<QLineEdit>("appNameLineEdit");
    appName->clear();
    QTest::keyClicks(appName, QStringLiteral("   "));
    QVERIFY(!f.next()->isEnabled());
    QVERIFY(f.child<QLabel>("appNameMessageLabel")->isVisible());
    appName->clear();
    QTest::keyClicks(appName, QStringLiteral("CrossKey CMK"));
    QVERIFY(f.next()->isEnabled());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::IdentityPageId));
    auto *identityName = f.child<QLineEdit>("identityNameLineEdit");
    identityName->clear();
    QTest::keyClicks(identityName, QStringLiteral("-x"));
    QVERIFY(!f.next()->isEnabled());
    auto *message = f.child<QLabel>("identityNameMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("3")), qPrintable(message->text())); // names the rule
    QCOMPARE(f.writeRequests(), 0);
}

void tst_IsvPrepareFlow::groupInAnotherRegion_stoppedOnReviewBeforeAnyWrite()
{
    Fixture f;
    signInByBrowser(f);
    chooseScope(f, QStringLiteral("rg-shared"), QStringLiteral("eastus")); // rg-shared is in westeurope
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QTRY_VERIFY(f.next()->isEnabled());
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), kNetworkMs);
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::ReviewPageId));

    auto *problems = f.child<QLabel>("reviewProblemsLabel");
    QTRY_VERIFY_WITH_TIMEOUT(problems->isVisible(), kNetworkMs);
    QVERIFY2(problems->text().contains(QStringLiteral("Nothing was created")), qPrintable(problems->text()));
    qInfo("%s", qPrintable(problems->text()));
    QVERIFY(!f.commit()->isEnabled());
    QVERIFY(!f.wizard->reviewPage()->isChecking());
    QCOMPARE(f.writeRequests(), 0);
    QCOMPARE(f.sandbox->world().resourceManager().identities.size(), 0);
}

QTEST_MAIN(tst_IsvPrepareFlow)
#include "tst_isvprepareflow.moc"
