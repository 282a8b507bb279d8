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
#include "tests/ui/isvpreparefixture.h"
#include "ui/flow/runpage.h"
#include "ui/isvprepare/invitationpage.h"
#include "ui/isvprepare/isvpreparesession.h"
#include "ui/isvprepare/isvpreparewizard.h"
#include "ui/isvprepare/reviewpage.h"
#include "ui/searchablecombobox.h"
#include "wizard/invitation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace CrossKey;
using Page = Ui::IsvPrepareWizard::PageId;
using Tests::IsvPrepareFixture;
using Tests::kNetworkMs;
using Tests::kRunMs;

class tst_IsvPrepareFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholePhase_fromFresh_endsOnInvitationWithTheApp();
    void deviceCode_showsCodeAndSignsIn();
    void reopened_reusesSavedSignIn();
    void singleTenantApp_mustBeConfirmedMultitenant();
    void badNames_blockNextWithMessage();
    void groupInAnotherRegion_stoppedOnReviewBeforeAnyWrite();

private:
    static void checkTabWalk(IsvPrepareFixture &f, QWizardPage *page);
};

void tst_IsvPrepareFlow::checkTabWalk(IsvPrepareFixture &f, QWizardPage *page)
{
    // Every control a keyboard user can reach on the page: visible, enabled, taking Tab focus. In a group of
    // exclusive radio buttons Tab stops on the checked one only.
    QSet<QWidget *> expected;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        const auto *radio = qobject_cast<QRadioButton *>(widget);
        if (widget->isVisibleTo(f.wizard) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
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
    IsvPrepareFixture f;
    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    checkTabWalk(f, f.wizard->currentPage());

    f.chooseScope(QStringLiteral("rg-crosskey-isv"));
    if (QTest::currentTestFailed()) {
        return;
    }
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

    // Finish hands back to the workspace; opened again, the flow starts over, still signed in.
    QSignalSpy finished(f.wizard, &Ui::IsvPrepareWizard::flowFinished);
    QTest::mouseClick(f.wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(f.wizard->currentId(), int(Page::SignInPageId));
    QVERIFY(f.next()->isEnabled());

    // The same choices again on a finished tenant: every step checks and reports "already done"; nothing new is
    // created.
    const int writes = f.writeRequests();
    for (int page = Page::SignInPageId; page < Page::ReviewPageId; ++page) {
        QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), kNetworkMs);
        QTest::mouseClick(f.next(), Qt::LeftButton);
    }
    QCOMPARE(f.wizard->currentId(), int(Page::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(f.commit()->isVisible() && f.commit()->isEnabled(), kNetworkMs);
    QTest::mouseClick(f.commit(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), kNetworkMs);
    const Wizard::Runner *runner = f.wizard->session()->runner();
    for (int i = 0; i < runner->stepCount(); ++i) {
        QCOMPARE(runner->state(i).status, Wizard::StepStatus::AlreadyDone);
    }
    QCOMPARE(f.writeRequests(), writes);
}

void tst_IsvPrepareFlow::deviceCode_showsCodeAndSignsIn()
{
    IsvPrepareFixture f;
    QVERIFY(f.listening);
    f.wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.wizard));
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

void tst_IsvPrepareFlow::reopened_reusesSavedSignIn()
{
    IsvPrepareFixture f;
    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    // As after a restart: a new flow over the same account index and token store signs in by itself.
    Ui::IsvPrepareWizard again(f.clock, {});
    again.presetCloud(QStringLiteral("Sandbox"), f.sandbox->baseUrl());
    again.setSignInService(f.signIn.get());
    again.show();
    QTRY_VERIFY_WITH_TIMEOUT(again.button(QWizard::NextButton)->isEnabled(), Tests::kNetworkMs);
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("accountLabel"))->text().contains(QStringLiteral("admin@")));
    QCOMPARE(f.browser->opened, 1); // no second browser sign-in
}

void tst_IsvPrepareFlow::singleTenantApp_mustBeConfirmedMultitenant()
{
    IsvPrepareFixture f;
    Sandbox::Application legacy;
    legacy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    legacy.appId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    legacy.tenantId = Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv"));
    legacy.displayName = QStringLiteral("Legacy app");
    f.sandbox->world().editApplications().append(legacy);
    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    f.chooseScope(QStringLiteral("rg-crosskey-isv"));
    if (QTest::currentTestFailed()) {
        return;
    }
    QTest::mouseClick(f.next(), Qt::LeftButton);
    auto *apps = f.child<QListWidget>("appListWidget");
    QTRY_VERIFY_WITH_TIMEOUT(!f.child<QWidget>("appsBusyBar")->isVisible(), kNetworkMs);
    // The search filters the list; picking an app switches to "existing".
    QTest::keyClicks(f.child<QLineEdit>("appSearchLineEdit"), QStringLiteral("legacy"));
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < apps->count(); ++row) {
        if (!apps->item(row)->isHidden()) {
            QVERIFY(!item); // only the one match is shown
            item = apps->item(row);
        }
    }
    QVERIFY(item);
    QVERIFY(item->text().contains(QStringLiteral("single tenant")));
    apps->setCurrentItem(item);
    QVERIFY(f.child<QRadioButton>("existingAppRadioButton")->isChecked());
    auto *confirm = f.child<QCheckBox>("makeMultitenantCheckBox");
    QVERIFY(confirm->isVisible());
    QVERIFY(f.child<QLabel>("multitenantNoteLabel")->text().contains(QStringLiteral("multitenant")));
    QVERIFY(!f.next()->isEnabled());
    confirm->setFocus(Qt::TabFocusReason);
    QTest::keyClick(confirm, Qt::Key_Space);
    QVERIFY(f.next()->isEnabled());
    QCOMPARE(f.wizard->session()->inputs().appId, std::optional<QString>(legacy.appId));
}

void tst_IsvPrepareFlow::badNames_blockNextWithMessage()
{
    IsvPrepareFixture f;
    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }

    // A new group named against Azure's rules.
    f.chooseScope(QStringLiteral("rg-crosskey-isv"));
    if (QTest::currentTestFailed()) {
        return;
    }
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
    IsvPrepareFixture f;
    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    f.chooseScope(QStringLiteral("rg-shared"), QStringLiteral("eastus"));
    if (QTest::currentTestFailed()) {
        return;
    } // rg-shared is in westeurope
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
