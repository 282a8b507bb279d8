// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosefixture.h"
#include "sandbox/requestlog.h"
#include "ui/diagnose/chainwidget.h"
#include "ui/diagnose/diagnoseinputpage.h"
#include "ui/diagnose/diagnoseresultspage.h"
#include "ui/diagnose/diagnosesession.h"
#include "ui/diagnose/explainerrorbox.h"
#include "ui/diagnose/findingtreemodel.h"
#include "wizard/errorcatalogue.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRadioButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace CrossKey;
using Tests::DiagnoseFixture;
using Wizard::Finding;

class tst_DiagnoseFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bound_bothTenants_everyFindingAndLinkPasses();
    void broken_failingLinkFirstWithItsCause();
    void isvOnly_customerLinksNotChecked();
    void explainBox_listsTheMatchingEntry();
    // Not a check: with CROSSKEY_SCREENSHOT_DIR set (scripts/screenshot, under Xvfb) saves diagnose-*.png.
    void screenshots();

private:
    static void checkTabWalk(QWizard *wizard, QWizardPage *page);
    // From the input page: the account of the scenario, the tenants wanted; through the sign-ins to the results,
    // then waits for the report.
    static void diagnose(DiagnoseFixture &f, bool isv, bool customer, bool walkTabs = false);
};

void tst_DiagnoseFlow::checkTabWalk(QWizard *wizard, QWizardPage *page)
{
    // Every control a keyboard user can reach on the page: visible, enabled, taking Tab focus. In a group of
    // exclusive radio buttons Tab stops on the checked one only.
    QSet<QWidget *> expected;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        const auto *radio = qobject_cast<QRadioButton *>(widget);
        if (widget->isVisibleTo(wizard) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
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
        // A scroll area's viewport takes focus for its view, which carries the name.
        if (named->accessibleName().isEmpty() && named->parentWidget() &&
            named->parentWidget()->focusProxy() == nullptr &&
            named->objectName() == QLatin1String("qt_scrollarea_viewport")) {
            named = named->parentWidget();
        }
        QVERIFY2(!named->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) on %3 has no accessible name")
                                .arg(named->objectName(), QString::fromLatin1(named->metaObject()->className()),
                                     page->objectName())));
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

void tst_DiagnoseFlow::diagnose(DiagnoseFixture &f, bool isv, bool customer, bool walkTabs)
{
    QVERIFY(f.listening);
    QVERIFY(QTest::qWaitForWindowExposed(f.top.get()));
    QCOMPARE(f.wizard->currentId(), int(Ui::DiagnoseWizard::InputPageId));
    auto *input = f.wizard->inputPage();
    QVERIFY(!f.next()->isEnabled());
    input->setTarget(Ui::DiagnoseInputPage::StorageAccountId, f.accountId());
    input->setTenants(isv, customer);
    QVERIFY(f.next()->isEnabled());
    if (walkTabs) {
        checkTabWalk(f.wizard, input);
    }
    // The customer's sign-in asks for the customer's tenant, so it is not the ISV's account again.
    f.wizard->customerSignInPage()->setTenant(DiagnoseFixture::customerTenantId());
    QTest::mouseClick(f.next(), Qt::LeftButton);
    if (isv) {
        f.signInOn(f.wizard->isvSignInPage(), QStringLiteral("admin@contosoisv"));
        if (walkTabs) {
            checkTabWalk(f.wizard, f.wizard->isvSignInPage());
        }
        QTest::mouseClick(f.next(), Qt::LeftButton);
    }
    if (customer) {
        f.signInOn(f.wizard->customerSignInPage(), QStringLiteral("admin@fabrikam"));
        QTest::mouseClick(f.next(), Qt::LeftButton);
    }
    QCOMPARE(f.wizard->currentId(), int(Ui::DiagnoseWizard::ResultsPageId));
    auto *results = f.wizard->resultsPage();
    QTRY_VERIFY_WITH_TIMEOUT(results->report().has_value(), DiagnoseFixture::kNetworkMs);
    QCOMPARE(results->model()->findings().size(), results->report()->findings.size());
    if (walkTabs) {
        checkTabWalk(f.wizard, results);
    }
}

void tst_DiagnoseFlow::bound_bothTenants_everyFindingAndLinkPasses()
{
    DiagnoseFixture f(QStringLiteral("bound"));
    diagnose(f, true, true, true);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto *results = f.wizard->resultsPage();
    const auto *model = results->model();
    QVERIFY(model->rowCount() >= 9);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex link = model->index(row, 0);
        QCOMPARE(link.data(Ui::FindingTreeModel::StatusRole).toInt(), int(Finding::Pass));
        QVERIFY2(link.data().toString().contains(Finding::statusTitle(Finding::Pass)),
                 qPrintable(link.data().toString()));
        for (int child = 0; child < model->rowCount(link); ++child) {
            const QModelIndex index = model->index(child, 0, link);
            QVERIFY2(index.data(Ui::FindingTreeModel::StatusRole).toInt() == int(Finding::Pass),
                     qPrintable(index.data().toString()));
        }
    }
    const auto *chain = results->chain();
    QCOMPARE(chain->nodeCount(), 8);
    for (int node = 0; node < chain->nodeCount(); ++node) {
        QCOMPARE(chain->nodeStatus(node), std::optional(Finding::Pass));
    }
    QVERIFY(chain->accessibleDescription().startsWith(QStringLiteral("ISV tenant: ") +
                                                      Finding::statusTitle(Finding::Pass)));
    QVERIFY(!chain->accessibleDescription().contains(Finding::statusTitle(Finding::Fail)));
    QVERIFY(f.child<QLabel>(results, "diagnoseSummaryLabel")->text().startsWith(QStringLiteral("Every check passed")));

    // Save report: the file type decides the format.
    const QString json = f.dir.filePath(QStringLiteral("report.json"));
    QVERIFY(results->saveReport(json));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(object.value(QLatin1String("schemaVersion")).toInt(), 1);
    const QString html = f.dir.filePath(QStringLiteral("report.html"));
    QVERIFY(results->saveReport(html));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    QVERIFY(htmlFile.readAll().contains("<svg"));
    const QString markdown = f.dir.filePath(QStringLiteral("report.md"));
    QVERIFY(results->saveReport(markdown));
    QFile markdownFile(markdown);
    QVERIFY(markdownFile.open(QIODevice::ReadOnly));
    QVERIFY(markdownFile.readAll().contains("|"));

    // Read-only: nothing but sign-in wrote anything.
    for (const auto &entry : f.sandbox->requestLog().entries()) {
        if (!entry.path.contains(QLatin1String("/oauth2/"))) {
            QVERIFY2(entry.method == QLatin1String("GET"), qPrintable(entry.method + u' ' + entry.path));
        }
    }
}

void tst_DiagnoseFlow::broken_failingLinkFirstWithItsCause()
{
    DiagnoseFixture f(QStringLiteral("broken-key-disabled"));
    diagnose(f, true, true);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto *results = f.wizard->resultsPage();
    const auto *model = results->model();
    const QModelIndex first = model->index(0, 0);
    QCOMPARE(first.data(Ui::FindingTreeModel::LinkRole).toString(), QStringLiteral("key"));
    QCOMPARE(first.data(Ui::FindingTreeModel::StatusRole).toInt(), int(Finding::Fail));
    QVERIFY(first.data().toString().contains(Finding::statusTitle(Finding::Fail)));
    const Finding *failing = model->finding(model->index(0, 0, first));
    QVERIFY(failing);
    QCOMPARE(failing->id, QStringLiteral("key.enabled"));
    QCOMPARE(failing->status, Finding::Fail);
    // The worst finding is selected and its cause and fix shown.
    auto *tree = f.child<QTreeView>(results, "findingsTreeView");
    QCOMPARE(model->finding(tree->currentIndex())->id, failing->id);
    const QString details = f.child<QTextBrowser>(results, "findingDetailsView")->toPlainText();
    QVERIFY2(details.contains(failing->cause.left(40)), qPrintable(details));
    QVERIFY2(details.contains(failing->fix.left(40)), qPrintable(details));
    const auto *chain = results->chain();
    QCOMPARE(chain->nodeStatus(6), std::optional(Finding::Fail)); // Key
    QVERIFY(chain->accessibleDescription().contains(QStringLiteral("Key: ") + Finding::statusTitle(Finding::Fail)));
}

void tst_DiagnoseFlow::isvOnly_customerLinksNotChecked()
{
    DiagnoseFixture f(QStringLiteral("bound"));
    diagnose(f, true, false);
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto *chain = f.wizard->resultsPage()->chain();
    for (int node = 3; node <= 6; ++node) { // customer tenant, service principal, vault, key
        QCOMPARE(chain->nodeStatus(node), std::optional(Finding::NotChecked));
        QCOMPARE(chain->nodeStateText(node), Finding::statusTitle(Finding::NotChecked));
    }
    QCOMPARE(chain->nodeStatus(0), std::optional(Finding::Pass));
    QCOMPARE(chain->nodeStatus(1), std::optional(Finding::Pass));
    // The customer sign-in was skipped: the customer tenant was never asked for.
    QVERIFY(!f.wizard->session()->customerConnection());
}

void tst_DiagnoseFlow::explainBox_listsTheMatchingEntry()
{
    DiagnoseFixture f(QStringLiteral("bound"));
    QVERIFY(QTest::qWaitForWindowExposed(f.top.get()));
    auto *box = f.wizard->inputPage()->explainBox();
    QVERIFY(box->matchedIds().isEmpty());
    box->setText(QStringLiteral("AADSTS700016: Application with identifier '6f1c0000-0000-4000-8000-000000000001' "
                                "was not found in the directory 'Fabrikam'."));
    QVERIFY(box->matchedIds().contains(QStringLiteral("aadsts-700016")));
    const auto entry = Wizard::ErrorCatalogue::byId(QStringLiteral("aadsts-700016"));
    QVERIFY(entry);
    const QString shown = box->explanationText();
    QVERIFY2(shown.contains(entry->title), qPrintable(shown));
    QVERIFY2(shown.contains(entry->cause.left(40)), qPrintable(shown));
    QVERIFY2(shown.contains(entry->fix.left(40)), qPrintable(shown));
    box->setText(QStringLiteral("nothing anyone knows"));
    QVERIFY(box->matchedIds().isEmpty());
    QVERIFY(f.child<QLabel>(box, "explainCountLabel")->text().contains(QStringLiteral("No known error")));
}

void tst_DiagnoseFlow::screenshots()
{
    const QString dir = qEnvironmentVariable("CROSSKEY_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("Set CROSSKEY_SCREENSHOT_DIR to the folder for the pictures.");
    }
    QVERIFY(QDir().mkpath(dir));
    const auto save = [&dir](DiagnoseFixture &f, const QString &name) {
        QTest::qWait(400); // let the last answers paint
        const QString path = QDir(dir).filePath(QStringLiteral("diagnose-%1.png").arg(name));
        QVERIFY2(f.top->grab().save(path, "PNG"), qPrintable(path));
        qInfo("Saved %s", qPrintable(path));
    };
    for (const QString &scenario : {QStringLiteral("bound"), QStringLiteral("broken-fic-subject")}) {
        DiagnoseFixture f(scenario, DiagnoseFixture::Host::MainWindow);
        f.top->setFixedSize(1100, 760);
        QVERIFY(QTest::qWaitForWindowExposed(f.top.get()));
        auto *input = f.wizard->inputPage();
        input->setTarget(Ui::DiagnoseInputPage::StorageAccountId, f.accountId());
        f.wizard->customerSignInPage()->setTenant(DiagnoseFixture::customerTenantId());
        const bool bound = scenario == QLatin1String("bound");
        if (bound) {
            input->explainBox()->setText(QStringLiteral("AADSTS700016: Application with identifier "
                                                        "'6f1c0000-0000-4000-8000-000000000001' was not found in "
                                                        "the directory 'Fabrikam'."));
            save(f, QStringLiteral("1-input"));
        }
        QTest::mouseClick(f.next(), Qt::LeftButton);
        f.signInOn(f.wizard->isvSignInPage(), QStringLiteral("admin@contosoisv"));
        QTest::mouseClick(f.next(), Qt::LeftButton);
        f.signInOn(f.wizard->customerSignInPage(), QStringLiteral("admin@fabrikam"));
        if (bound) {
            save(f, QStringLiteral("2-sign-in-customer"));
        }
        QTest::mouseClick(f.next(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard->resultsPage()->report().has_value(), DiagnoseFixture::kNetworkMs);
        save(f, bound ? QStringLiteral("3-results-pass") : QStringLiteral("4-results-failure"));
    }
}

QTEST_MAIN(tst_DiagnoseFlow)
#include "tst_diagnoseflow.moc"
