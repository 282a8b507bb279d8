// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowfixture.h"
#include "sandbox/scenarios.h"
#include "tests/azure/sandboxcloud.h"
#include "ui/errorbanner.h"
#include "ui/isvbind/accountpage.h"
#include "ui/isvbind/bindresultpage.h"
#include "ui/isvbind/isvbindsession.h"
#include "ui/isvbind/isvbindwizard.h"
#include "ui/isvbind/keygrantpage.h"
#include "ui/searchablecombobox.h"
#include "wizard/keygrant.h"

#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace CrossKey;
using Sandbox::StorageScenarios;
using Fixture = Tests::FlowFixture<Ui::IsvBindWizard>;

// The ISV bind flow (issue 9, phase 3) offscreen against the sandbox's `customer-ready` world: the customer's key
// grant, sign in as admin@contosoisv, the account and identity, review, run, result.
class tst_IsvBindFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholePhase_fromCustomerReady_bindsAndVerifiesTheBlob();
    void malformedGrant_isRejectedWithTheReason();
    void accountName_followsAzuresRule();
    void pinnedVersion_bindsTheKeysCurrentVersion();

private:
    static QString grantFile(Fixture &f);
};

QString tst_IsvBindFlow::grantFile(Fixture &f)
{
    const Azure::Cloud cloud = Tests::sandboxCloud(&f.network, f.sandbox->baseUrl());
    Wizard::RunContext context;
    context.customerTenantId = Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam"));
    context.vaultUri =
        f.sandbox->baseUrl().toString() + QStringLiteral("/vaults/") + StorageScenarios::vaultName() + QLatin1Char('/');
    context.keyName = StorageScenarios::keyName();
    context.appId = StorageScenarios::appId();
    const Azure::Result<Wizard::KeyGrant> grant = Wizard::KeyGrant::fromContext(context, cloud);
    if (!grant) {
        qWarning("%s", qPrintable(grant.error().summary()));
        return {};
    }
    const QString path = f.dir.filePath(QStringLiteral("key-grant.json"));
    return grant.value().save(path) ? path : QString();
}

void tst_IsvBindFlow::wholePhase_fromCustomerReady_bindsAndVerifiesTheBlob()
{
    Fixture f(QStringLiteral("customer-ready"));
    QVERIFY(f.listening);
    QVERIFY(QTest::qWaitForWindowExposed(f.top.get()));
    QVERIFY(!f.account().usesCustomerKey());

    // 1: the key grant, from its file, shown for review.
    QCOMPARE(f.wizard->currentId(), int(Ui::IsvBindWizard::KeyGrantPageId));
    QVERIFY(!f.next()->isEnabled());
    f.checkTabWalk();
    const QString path = grantFile(f);
    QVERIFY(!path.isEmpty());
    f.wizard->keyGrantPage()->loadFile(path);
    QVERIFY(f.next()->isEnabled());
    const QString review = f.child<QLabel>("grantReviewLabel")->text();
    QVERIFY2(review.contains(StorageScenarios::appId()) && review.contains(StorageScenarios::vaultName()),
             qPrintable(review));
    f.snap(QStringLiteral("isv-bind-1-key-grant"));

    // 2: sign in to the ISV tenant.
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::IsvBindWizard::SignInPageId));
    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    f.snap(QStringLiteral("isv-bind-2-sign-in"));
    f.checkTabWalk();

    // 3: the account and the identity the app's federated credential names.
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::IsvBindWizard::AccountPageId));
    auto *subscription = f.child<Ui::SearchableComboBox>("subscriptionComboBox");
    auto *groups = f.child<Ui::SearchableComboBox>("resourceGroupComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(!subscription->currentValue().isEmpty(), Tests::kFlowNetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2, Tests::kFlowNetworkMs);
    groups->setCurrentIndex(groups->findText(QStringLiteral("rg-crosskey-isv")));
    QCOMPARE(groups->currentValue(), QStringLiteral("rg-crosskey-isv"));
    auto *account = f.child<QLineEdit>("storageAccountEdit");
    account->setFocus();
    QTest::keyClicks(account, StorageScenarios::accountName());
    auto *identity = f.child<QLineEdit>("identityEdit");
    QTRY_VERIFY_WITH_TIMEOUT(identity->text().endsWith(StorageScenarios::identityName()), Tests::kFlowNetworkMs);
    QTRY_VERIFY(f.next()->isEnabled());
    f.snap(QStringLiteral("isv-bind-3-account"));
    f.checkTabWalk();

    // 4: review with the check-only pass (nothing changed yet), then Bind.
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::IsvBindWizard::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(f.commit()->isEnabled(), Tests::kFlowNetworkMs);
    QVERIFY(!f.account().usesCustomerKey());
    QVERIFY(f.child<QPlainTextEdit>("cliScriptPlainTextEdit")->toPlainText().contains(QLatin1String("az ")));
    f.snap(QStringLiteral("isv-bind-4-review"));
    f.checkTabWalk();

    QTest::mouseClick(f.commit(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::IsvBindWizard::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), Tests::kFlowRunMs);
    f.snap(QStringLiteral("isv-bind-5-run"));

    // 5: the result says the blob was written and read through the key; the sandbox account is bound.
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::IsvBindWizard::ResultPageId));
    QVERIFY2(f.wizard->resultPage()->blobVerified(),
             qPrintable(f.child<QPlainTextEdit>("resultEvidencePlainTextEdit")->toPlainText()));
    const Sandbox::StorageAccount bound = f.account();
    QVERIFY(bound.usesCustomerKey());
    QCOMPARE(bound.keyName, StorageScenarios::keyName());
    QCOMPARE(bound.federatedClientId, StorageScenarios::appId());
    QVERIFY(bound.keyVersion.isEmpty()); // followed, the default
    f.snap(QStringLiteral("isv-bind-6-result"));
    f.checkTabWalk();
}

void tst_IsvBindFlow::malformedGrant_isRejectedWithTheReason()
{
    Fixture f(QStringLiteral("customer-ready"));
    QVERIFY(QTest::qWaitForWindowExposed(f.top.get()));
    auto *text = f.child<QPlainTextEdit>("grantTextEdit");
    text->setPlainText(QStringLiteral(R"({"type": "crosskey-key-grant", "version": 1, "cloud": "public", )"
                                      R"("customerTenantId": "not-a-guid", "vaultUri": "https://kv.vault.azure.net/", )"
                                      R"("keyName": "cmk", "appId": "also-not-a-guid"})"));
    QTest::mouseClick(f.child<QAbstractButton>("readGrantButton"), Qt::LeftButton);
    auto *banner = f.child<Ui::ErrorBanner>("grantErrorBanner");
    QVERIFY(banner->error().has_value());
    QVERIFY2(!banner->error()->message().isEmpty(), "the banner gives the reason");
    QVERIFY(banner->isVisible());
    QVERIFY(!f.next()->isEnabled());
    QVERIFY(!f.wizard->session()->grant());
    f.snap(QStringLiteral("isv-bind-1-key-grant-rejected"));

    // A good grant pasted after it is accepted and clears the banner.
    const QString path = grantFile(f);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    text->setPlainText(QString::fromUtf8(file.readAll()));
    QTest::mouseClick(f.child<QAbstractButton>("readGrantButton"), Qt::LeftButton);
    QVERIFY(f.next()->isEnabled());
    QVERIFY(!banner->error());
}

void tst_IsvBindFlow::accountName_followsAzuresRule()
{
    using Ui::AccountPage;
    QVERIFY(AccountPage::checkAccountName(QStringLiteral("stcrosskeyisv")).isEmpty());
    QVERIFY(AccountPage::checkAccountName(QStringLiteral("abc")).isEmpty());
    QVERIFY(!AccountPage::checkAccountName(QStringLiteral("ab")).isEmpty());
    QVERIFY(!AccountPage::checkAccountName(QStringLiteral("StCrossKey")).isEmpty());
    QVERIFY(!AccountPage::checkAccountName(QStringLiteral("st-crosskey")).isEmpty());
    QVERIFY(!AccountPage::checkAccountName(QString(25, u'a')).isEmpty());
}

void tst_IsvBindFlow::pinnedVersion_bindsTheKeysCurrentVersion()
{
    Fixture f(QStringLiteral("customer-ready"));
    QVERIFY(QTest::qWaitForWindowExposed(f.top.get()));
    const QString path = grantFile(f);
    QVERIFY(!path.isEmpty());
    f.wizard->keyGrantPage()->loadFile(path);
    QTest::mouseClick(f.next(), Qt::LeftButton);
    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    QTest::mouseClick(f.next(), Qt::LeftButton);
    auto *groups = f.child<Ui::SearchableComboBox>("resourceGroupComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2, Tests::kFlowNetworkMs);
    groups->setCurrentIndex(groups->findText(QStringLiteral("rg-crosskey-isv")));
    QTest::keyClicks(f.child<QLineEdit>("storageAccountEdit"), StorageScenarios::accountName());
    auto *pin = f.child<QAbstractButton>("pinVersionCheckBox");
    QVERIFY(!pin->isChecked()); // the grant follows the newest version
    pin->setFocus();
    QTest::keyClick(pin, Qt::Key_Space);
    QVERIFY(pin->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), Tests::kFlowNetworkMs);
    QTest::mouseClick(f.next(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.commit()->isEnabled(), Tests::kFlowNetworkMs);
    QTest::mouseClick(f.commit(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), Tests::kFlowRunMs);
    const Sandbox::StorageAccount bound = f.account();
    QVERIFY(bound.usesCustomerKey());
    QVERIFY2(!bound.keyVersion.isEmpty(), "pinned to a version");
    QCOMPARE(bound.keyVersion, bound.currentKeyVersion);
}

QTEST_MAIN(tst_IsvBindFlow)
#include "tst_isvbindflow.moc"
