// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowfixture.h"
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

QTEST_MAIN(tst_ManageFlow)
#include "tst_manageflow.moc"
