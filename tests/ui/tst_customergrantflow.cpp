// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/scenarios.h"
#include "sandbox/storagescenarios.h"
#include "sandbox/world.h"
#include "tests/ui/customergrantfixture.h"
#include "ui/customergrant/customergrantsession.h"
#include "ui/customergrant/customergrantwizard.h"
#include "ui/customergrant/keygrantresultpage.h"
#include "ui/errorbanner.h"
#include "ui/searchablecombobox.h"
#include "wizard/keyvaultroles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace CrossKey;
using Page = Ui::CustomerGrantWizard::PageId;
using Tests::CustomerGrantFixture;
using Tests::kGrantNetworkMs;
using Tests::kGrantRunMs;

class tst_CustomerGrantFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholePhase_fromIsvReady_endsOnKeyGrant();
    void malformedInvitation_rejectedWithReason();
    void tamperedInvitation_rejectedWithReason();

private:
    // With CROSSKEY_SCREENSHOT_DIR set (scripts/screenshot), saves the window as customer-grant-<name>.png there.
    static void shot(CustomerGrantFixture &f, const QString &name);
    static void checkTabWalk(CustomerGrantFixture &f, QWizardPage *page);
};

void tst_CustomerGrantFlow::checkTabWalk(CustomerGrantFixture &f, QWizardPage *page)
{
    if (f.top.get() != f.wizard) {
        return; // the screenshot run (in the main window) only takes pictures
    }
    // Every control a keyboard user can reach on the page: visible, enabled, taking Tab focus, named. In a group of
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

void tst_CustomerGrantFlow::shot(CustomerGrantFixture &f, const QString &name)
{
    const QString dir = qEnvironmentVariable("CROSSKEY_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    // Let the last answers paint and the busy bars go.
    QTest::qWait(400);
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("customer-grant-%1.png").arg(name));
    QVERIFY2(f.top->grab().save(path, "PNG"), qPrintable(path));
    qInfo("Saved %s", qPrintable(path));
}

void tst_CustomerGrantFlow::wholePhase_fromIsvReady_endsOnKeyGrant()
{
    // Screenshots show the flow in the main window, as the app does.
    CustomerGrantFixture f(qEnvironmentVariableIsEmpty("CROSSKEY_SCREENSHOT_DIR")
                               ? CustomerGrantFixture::Host::Alone
                               : CustomerGrantFixture::Host::MainWindow);
    if (f.top.get() != f.wizard) {
        f.top->setFixedSize(1100, 760);
    }
    const QString text = f.invitationText();
    QVERIFY(!text.isEmpty());
    f.paste(text);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY(f.next()->isEnabled());
    const QString review = f.child<QLabel>("invitationReviewLabel")->text();
    QVERIFY2(review.contains(Sandbox::StorageScenarios::appId()), qPrintable(review));
    QVERIFY(review.contains(Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv"))));
    QVERIFY(review.contains(QStringLiteral("CrossKey CMK")));
    shot(f, QStringLiteral("1-invitation"));
    checkTabWalk(f, f.wizard->currentPage());

    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    shot(f, QStringLiteral("2-sign-in"));
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::InstallPageId));
    QTRY_VERIFY_WITH_TIMEOUT(f.child<QLabel>("installStateLabel")->text().contains(QStringLiteral("Not installed")),
                             kGrantNetworkMs);
    QVERIFY(f.child<QLabel>("installExplainLabel")->text().contains(QStringLiteral("one key")));
    shot(f, QStringLiteral("3-install"));
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::ScopePageId));
    auto *subscription = f.child<Ui::SearchableComboBox>("subscriptionComboBox");
    auto *groups = f.child<Ui::SearchableComboBox>("resourceGroupComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(!subscription->currentValue().isEmpty(), kGrantNetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2, kGrantNetworkMs);
    QVERIFY(subscription->currentText().contains(QStringLiteral("Fabrikam")));
    groups->setCurrentIndex(groups->findText(QStringLiteral("rg-crosskey-customer")));
    QTRY_VERIFY(f.next()->isEnabled());
    shot(f, QStringLiteral("4-where"));
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::VaultPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!f.child<QWidget>("vaultsBusyBar")->isVisible(), kGrantNetworkMs);
    // Microsoft.KeyVault is not registered in Fabrikam yet: no vaults, and no error (the run registers it).
    QVERIFY(!f.child<QWidget>("vaultRetryBanner")->isVisibleTo(f.wizard));
    QVERIFY(!f.child<QRadioButton>("existingVaultRadioButton")->isEnabled());
    auto *vaultName = f.child<QLineEdit>("vaultNameLineEdit");
    vaultName->setText(QStringLiteral("kv--bad"));
    QVERIFY(!f.next()->isEnabled());
    QVERIFY(!f.child<QLabel>("vaultNameMessageLabel")->text().isEmpty());
    vaultName->setText(QStringLiteral("kv-fabrikam-ui"));
    QTRY_VERIFY(f.next()->isEnabled());
    shot(f, QStringLiteral("5-vault"));
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::KeyPageId));
    QCOMPARE(f.child<QComboBox>("keySizeComboBox")->currentData().toString(), QStringLiteral("3072"));
    f.child<QLineEdit>("keyExpiryLineEdit")->setText(QStringLiteral("not a date"));
    QVERIFY(!f.next()->isEnabled());
    f.child<QLineEdit>("keyExpiryLineEdit")->clear();
    QVERIFY(f.next()->isEnabled());
    shot(f, QStringLiteral("6-key"));
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(f.commit()->isVisible() && f.commit()->isEnabled(), kGrantNetworkMs);
    QVERIFY(f.child<QPlainTextEdit>("scriptTextEdit")->toPlainText().contains(QStringLiteral("az keyvault create")));
    shot(f, QStringLiteral("7-review"));
    checkTabWalk(f, f.wizard->currentPage());

    QTest::mouseClick(f.commit(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), kGrantRunMs);
    shot(f, QStringLiteral("8-run"));

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Page::KeyGrantPageId));
    const auto &grant = f.wizard->keyGrantPage()->keyGrant();
    QVERIFY(grant);
    QCOMPARE(grant->keyName, QStringLiteral("cmk"));
    QCOMPARE(grant->customerTenantId, CustomerGrantFixture::customerTenantId());
    QCOMPARE(grant->appId, Sandbox::StorageScenarios::appId());
    QVERIFY(grant->keyVersion.isEmpty());
    QCOMPARE(f.child<QLineEdit>("vaultUriLineEdit")->text(), grant->vaultUri.toString());
    QVERIFY(grant->vaultUri.toString().contains(QStringLiteral("kv-fabrikam-ui")));
    f.child<QAbstractButton>("pinVersionCheckBox")->click();
    QVERIFY(f.wizard->keyGrantPage()->keyGrant());
    QCOMPARE(f.wizard->keyGrantPage()->keyGrant()->keyVersion.size(), 32);
    const QString path = f.dir.filePath(QStringLiteral("grant.json"));
    f.wizard->keyGrantPage()->saveTo(path);
    const auto saved = Wizard::KeyGrant::load(path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().summary()));
    QCOMPARE(saved.value(), *f.wizard->keyGrantPage()->keyGrant());
    shot(f, QStringLiteral("9-key-grant"));
    checkTabWalk(f, f.wizard->currentPage());

    // The world has what the pages asked for.
    const Sandbox::World &world = f.sandbox->world();
    const auto *principal =
        world.findServicePrincipal(CustomerGrantFixture::customerTenantId(), Sandbox::StorageScenarios::appId());
    QVERIFY(principal);
    const Sandbox::Vault *vault = nullptr;
    for (const auto &candidate : world.keyVault().vaults) {
        if (candidate.name == QLatin1String("kv-fabrikam-ui")) {
            vault = &candidate;
        }
    }
    QVERIFY(vault);
    QVERIFY(vault->enablePurgeProtection);
    QVERIFY(vault->enableRbacAuthorization);
    bool keyFound = false;
    for (const auto &key : world.keyVault().keys) {
        if (key.vaultName == vault->name && key.keyName == QLatin1String("cmk")) {
            keyFound = true;
            QCOMPARE(key.keySize, 3072);
        }
    }
    QVERIFY(keyFound);
    bool granted = false;
    for (const auto &assignment : world.roleAssignments()) {
        if (assignment.principalId == principal->id) {
            QCOMPARE(assignment.scope.toLower(), (vault->id() + QStringLiteral("/keys/cmk")).toLower());
            QCOMPARE(assignment.roleDefinitionId.toLower(),
                     QString(Wizard::KeyVaultRoles::kCryptoServiceEncryptionUser));
            granted = true;
        }
    }
    QVERIFY(granted);
}

void tst_CustomerGrantFlow::malformedInvitation_rejectedWithReason()
{
    CustomerGrantFixture f;
    f.paste(QStringLiteral("Hello, here is our invitation: { \"type\": \"crosskey-invitation\", "));
    if (QTest::currentTestFailed()) {
        return;
    }
    auto *banner = f.child<Ui::ErrorBanner>("invitationErrorBanner");
    QVERIFY(banner->error());
    QVERIFY(!banner->error()->message().isEmpty());
    QVERIFY(!f.next()->isEnabled());
    QVERIFY(!f.wizard->session()->invitation());
    checkTabWalk(f, f.wizard->currentPage());
}

void tst_CustomerGrantFlow::tamperedInvitation_rejectedWithReason()
{
    CustomerGrantFixture f;
    QString text = f.invitationText();
    // The consent link now names another app than the invitation's.
    text.replace(QStringLiteral("client_id=") + Sandbox::StorageScenarios::appId(),
                 QStringLiteral("client_id=11111111-2222-3333-4444-555555555555"));
    f.paste(text);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto *banner = f.child<Ui::ErrorBanner>("invitationErrorBanner");
    QVERIFY(banner->error());
    QVERIFY2(banner->error()->message().contains(QStringLiteral("consent"), Qt::CaseInsensitive) ||
                 banner->error()->message().contains(QStringLiteral("client_id")),
             qPrintable(banner->error()->summary()));
    QVERIFY(!f.next()->isEnabled());
    QVERIFY(f.child<QLabel>("invitationReviewLabel")->text().contains(QStringLiteral("No invitation")));
}

QTEST_MAIN(tst_CustomerGrantFlow)
#include "tst_customergrantflow.moc"
