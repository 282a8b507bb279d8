// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowfixture.h"
#include "sandbox/scenarios.h"
#include "ui/manage/managesession.h"
#include "ui/manage/managetargetpage.h"
#include "ui/manage/managewizard.h"
#include "ui/searchablecombobox.h"
#include "wizard/manageplans.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace CrossKey;
using Sandbox::StorageScenarios;
using Fixture = Tests::FlowFixture<Ui::ManageWizard>;

// The Manage mode (issue 9) offscreen against the sandbox's `bound` world, ISV side: sign in as admin@contosoisv,
// show the account's encryption, switch back to Microsoft-managed keys after confirming.
class tst_ManageFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchToMicrosoftKeys_afterConfirming_unbindsTheAccount();
    void cancelledConfirmation_changesNothing();
    void customerSide_disableKey_afterConfirming_revokes();

private:
    static void openAccount(Fixture &f);
    static void confirmation(Fixture &f, QMessageBox *&box);
};

void tst_ManageFlow::openAccount(Fixture &f)
{
    QVERIFY(f.listening);
    QVERIFY(QTest::qWaitForWindowExposed(f.top.get()));
    QCOMPARE(f.wizard->currentId(), int(Ui::ManageWizard::SidePageId));
    f.checkTabWalk();
    QVERIFY(f.child<QAbstractButton>("isvSideRadioButton")->isChecked());
    f.snap(QStringLiteral("manage-1-side"));
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::ManageWizard::SignInPageId));
    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    f.snap(QStringLiteral("manage-2-sign-in"));
    f.checkTabWalk();
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::ManageWizard::TargetPageId));
    auto *subscription = f.child<Ui::SearchableComboBox>("subscriptionComboBox");
    auto *groups = f.child<Ui::SearchableComboBox>("resourceGroupComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(!subscription->currentValue().isEmpty(), Tests::kFlowNetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2, Tests::kFlowNetworkMs);
    groups->setCurrentIndex(groups->findText(QStringLiteral("rg-crosskey-isv")));
    QTest::keyClicks(f.child<QLineEdit>("storageAccountEdit"), StorageScenarios::accountName());
    auto *show = f.child<QPushButton>("showCurrentButton");
    QVERIFY(show->isEnabled());
    QTest::mouseClick(show, Qt::LeftButton);
    auto *current = f.child<QLabel>("currentStateLabel");
    QTRY_VERIFY_WITH_TIMEOUT(current->text().contains(QLatin1String("Key URI")), Tests::kFlowNetworkMs);
    QVERIFY2(current->text().contains(StorageScenarios::keyName()) &&
                 current->text().contains(StorageScenarios::appId()) &&
                 current->text().contains(QLatin1String("follows the newest version")),
             qPrintable(current->text()));
    // The customer's actions are not offered on the ISV side.
    QVERIFY(!f.wizard->targetPage()->actionButton(Wizard::Manage::kDisableKey)->isVisibleTo(f.wizard));
    f.snap(QStringLiteral("manage-3-current"));
    f.checkTabWalk();
}

void tst_ManageFlow::confirmation(Fixture &f, QMessageBox *&box)
{
    QTest::mouseClick(f.wizard->targetPage()->actionButton(Wizard::Manage::kSwitchToMicrosoftKeys), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT((box = f.wizard->findChild<QMessageBox *>(QStringLiteral("confirmActionMessageBox"))),
                             1000);
}

void tst_ManageFlow::switchToMicrosoftKeys_afterConfirming_unbindsTheAccount()
{
    Fixture f(QStringLiteral("bound"));
    QVERIFY(f.account().usesCustomerKey());
    openAccount(f);
    if (QTest::currentTestFailed()) {
        return;
    }
    QMessageBox *box = nullptr;
    confirmation(f, box);
    QVERIFY(box);
    // The confirmation spells out the effect and shows the CLI; Cancel is the default.
    QVERIFY2(box->text().contains(QLatin1String("Microsoft-managed keys")), qPrintable(box->text()));
    QVERIFY(box->detailedText().contains(QLatin1String("az ")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(f.account().usesCustomerKey());
    f.snap(QStringLiteral("manage-4-confirm"), box);
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);

    QTRY_COMPARE(f.wizard->currentId(), int(Ui::ManageWizard::RunPageId));
    QAbstractButton *finish = f.wizard->button(QWizard::FinishButton);
    QTRY_VERIFY_WITH_TIMEOUT(finish->isVisible() && finish->isEnabled(), Tests::kFlowRunMs);
    QVERIFY(!f.account().usesCustomerKey());
    QCOMPARE(f.account().keySource, QStringLiteral("Microsoft.Storage"));
    f.snap(QStringLiteral("manage-5-run"));
    f.checkTabWalk();
}

void tst_ManageFlow::cancelledConfirmation_changesNothing()
{
    Fixture f(QStringLiteral("bound"));
    openAccount(f);
    if (QTest::currentTestFailed()) {
        return;
    }
    QMessageBox *box = nullptr;
    confirmation(f, box);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(200);
    QCOMPARE(f.wizard->currentId(), int(Ui::ManageWizard::TargetPageId));
    QVERIFY(f.account().usesCustomerKey());
}

void tst_ManageFlow::customerSide_disableKey_afterConfirming_revokes()
{
    Fixture f(QStringLiteral("bound"));
    QVERIFY(f.listening);
    // Key Vault Crypto Officer on the vault for Fabrikam's admin, as the customer grant plan gives its user.
    Sandbox::RoleAssignment officer;
    officer.name = QStringLiteral("5d4c3b2a-0000-4000-8000-00000000cafe");
    officer.scope = f.sandbox->world().keyVault().vaults.last().id();
    officer.roleDefinitionId = QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603");
    officer.principalId = Sandbox::Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("admin"));
    officer.tenantId = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    f.sandbox->world().editRoleAssignments().append(officer);
    QVERIFY(QTest::qWaitForWindowExposed(f.top.get()));

    // By keyboard, as a radio group is: the arrow moves to the customer side.
    f.child<QAbstractButton>("isvSideRadioButton")->setFocus();
    QTest::keyClick(f.child<QAbstractButton>("isvSideRadioButton"), Qt::Key_Down);
    QVERIFY(f.child<QAbstractButton>("customerSideRadioButton")->isChecked());
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::ManageWizard::SignInPageId));
    QTest::keyClicks(f.child<QLineEdit>("tenantLineEdit"), QStringLiteral("fabrikam.onmicrosoft.com"));
    QTest::mouseClick(f.child<QAbstractButton>("signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), Tests::kFlowNetworkMs);
    QVERIFY2(f.child<QLabel>("accountLabel")->text().contains(QStringLiteral("admin@fabrikam")),
             qPrintable(f.child<QLabel>("accountLabel")->text()));

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::ManageWizard::TargetPageId));
    QCOMPARE(f.wizard->session()->side(), Ui::ManageSession::Side::Customer);
    QVERIFY(!f.wizard->targetPage()->actionButton(Wizard::Manage::kSwitchToMicrosoftKeys)->isVisibleTo(f.wizard));
    QTest::keyClicks(f.child<QLineEdit>("vaultUriEdit"), f.sandbox->baseUrl().toString() + QStringLiteral("/vaults/") +
                                                             StorageScenarios::vaultName() + QLatin1Char('/'));
    QTest::keyClicks(f.child<QLineEdit>("keyNameEdit"), StorageScenarios::keyName());
    QTest::mouseClick(f.child<QPushButton>("showCurrentButton"), Qt::LeftButton);
    auto *current = f.child<QLabel>("currentStateLabel");
    QTRY_VERIFY_WITH_TIMEOUT(current->text().contains(QLatin1String("enabled")), Tests::kFlowNetworkMs);
    f.checkTabWalk();

    QTest::mouseClick(f.wizard->targetPage()->actionButton(Wizard::Manage::kDisableKey), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = f.wizard->findChild<QMessageBox *>(QStringLiteral("confirmActionMessageBox"))));
    // The confirmation spells out the effect: data unreadable after the service's cache delay.
    QVERIFY2(box->text().contains(QLatin1String("unreadable")) && box->text().contains(QLatin1String("cache")),
             qPrintable(box->text()));
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(f.wizard->currentId(), int(Ui::ManageWizard::RunPageId));
    QAbstractButton *finish = f.wizard->button(QWizard::FinishButton);
    QTRY_VERIFY_WITH_TIMEOUT(finish->isVisible() && finish->isEnabled(), Tests::kFlowRunMs);
    bool found = false;
    for (const auto &version : f.sandbox->world().keyVault().keys) {
        if (version.keyName == StorageScenarios::keyName()) {
            found = true;
            QVERIFY(!version.enabled);
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(tst_ManageFlow)
#include "tst_manageflow.moc"
