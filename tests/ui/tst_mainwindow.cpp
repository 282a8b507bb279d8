// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/manualclock.h"
#include "ui/mainwindow.h"
#include "ui/modecatalog.h"
#include "ui/modechooserpage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CrossKey;
using Ui::ModeCatalog;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void modeChooser_tabVisitsFiveModesInOrder();
    void modeButton_keyOpensWorkspaceSayingNotBuilt_data();
    void modeButton_keyOpensWorkspaceSayingNotBuilt();
    void backButton_spaceReturnsToModes();
    void isvPrepare_opensItsFlow();
    void savedGeometry_restoredByNewWindow();

private:
    std::unique_ptr<Ui::MainWindow> makeShownWindow();
    static QCommandLinkButton *modeButton(const QWidget &window, ModeCatalog::Mode mode);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    Tests::ManualClock m_clock;
};

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("crosskey.ini")), QSettings::IniFormat);
}

std::unique_ptr<Ui::MainWindow> tst_MainWindow::makeShownWindow()
{
    auto window = std::make_unique<Ui::MainWindow>(m_clock, *m_settings);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get())) {
        qWarning("window not active");
    }
    return window;
}

QCommandLinkButton *tst_MainWindow::modeButton(const QWidget &window, ModeCatalog::Mode mode)
{
    const QString name = Ui::ModeChooserPage::buttonObjectName(ModeCatalog::entry(mode).id);
    return window.findChild<QCommandLinkButton *>(name);
}

void tst_MainWindow::modeChooser_tabVisitsFiveModesInOrder()
{
    const auto window = makeShownWindow();
    const QList<ModeCatalog::Mode> modes = ModeCatalog::modes();
    QCOMPARE(modes.size(), 5);
    QCommandLinkButton *first = modeButton(*window, modes.first());
    QVERIFY(first);
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);

    for (int i = 0; i < modes.size(); ++i) {
        const ModeCatalog::Entry entry = ModeCatalog::entry(modes.at(i));
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QCOMPARE(focused, modeButton(*window, modes.at(i)));
        QCOMPARE(focused->accessibleName(), entry.plainTitle());
        QVERIFY(focused->accessibleDescription().contains(entry.summary));
        QTest::keyClick(focused, Qt::Key_Tab);
    }
}

void tst_MainWindow::modeButton_keyOpensWorkspaceSayingNotBuilt_data()
{
    QTest::addColumn<QString>("modeId");
    QTest::addColumn<int>("key");
    bool added = false;
    for (const ModeCatalog::Mode mode : ModeCatalog::modes()) {
        if (ModeCatalog::entry(mode).pagesBuilt) {
            continue; // opens its own flow: isvPrepare_opensItsFlow
        }
        added = true;
        const QString id = ModeCatalog::entry(mode).id;
        QTest::addRow("%s-space", qPrintable(id)) << id << int(Qt::Key_Space);
        QTest::addRow("%s-return", qPrintable(id)) << id << int(Qt::Key_Return);
        QTest::addRow("%s-enter", qPrintable(id)) << id << int(Qt::Key_Enter);
    }
    if (!added) {
        // Every mode has its pages: one row that says so, since a data function cannot skip.
        QTest::addRow("none") << QString() << int(Qt::Key_Space);
    }
}

void tst_MainWindow::modeButton_keyOpensWorkspaceSayingNotBuilt()
{
    QFETCH(QString, modeId);
    QFETCH(int, key);
    if (modeId.isEmpty()) {
        QSKIP("Every mode has its pages.");
    }
    const ModeCatalog::Mode mode = *ModeCatalog::fromId(modeId);
    const auto window = makeShownWindow();
    QCommandLinkButton *button = modeButton(*window, mode);
    QVERIFY(button);
    button->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), button);

    QTest::keyClick(button, Qt::Key(key));

    QCOMPARE(window->currentMode(), mode);
    auto *page = window->findChild<QWidget *>(QStringLiteral("workspacePage"));
    QVERIFY(page && page->isVisible());
    QVERIFY(!button->isVisible());
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("workspaceTitleLabel"))->text(),
             ModeCatalog::entry(mode).plainTitle());
    auto *notice = window->findChild<QLabel *>(QStringLiteral("notBuiltNoticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("not built yet")), qPrintable(notice->text()));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("emptyStateLabel"))->isVisible());
    auto *log = window->findChild<QPlainTextEdit *>(QStringLiteral("logPlainTextEdit"));
    QVERIFY(log->toPlainText().contains(QStringLiteral("not built yet")));

    // Alt+Left goes back, and the keyboard lands on the mode just left.
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QCOMPARE(focused->objectName(), QStringLiteral("backButton"));
    QTest::keyClick(focused, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(button->isVisible());
    QVERIFY(!window->currentMode());
    QTRY_COMPARE(QApplication::focusWidget(), button);
}

void tst_MainWindow::backButton_spaceReturnsToModes()
{
    const auto window = makeShownWindow();
    window->showMode(ModeCatalog::Mode::Diagnose);
    auto *back = window->findChild<QWidget *>(QStringLiteral("backButton"));
    QVERIFY(back && back->isVisible());
    QCOMPARE(back->accessibleName(), QStringLiteral("Back to modes"));
    back->setFocus(Qt::TabFocusReason);
    QTest::keyClick(back, Qt::Key_Space);
    QVERIFY(!window->currentMode());
    QVERIFY(modeButton(*window, ModeCatalog::Mode::Diagnose)->isVisible());
}

void tst_MainWindow::isvPrepare_opensItsFlow()
{
    const auto window = makeShownWindow();
    auto *flow = new QLabel(QStringLiteral("flow"));
    flow->setObjectName(QStringLiteral("isvFlow"));
    window->setModeWidget(ModeCatalog::Mode::IsvPrepare, flow);
    QCommandLinkButton *button = modeButton(*window, ModeCatalog::Mode::IsvPrepare);
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);

    QCOMPARE(window->currentMode(), ModeCatalog::Mode::IsvPrepare);
    QVERIFY(flow->isVisible());
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("notBuiltNoticeLabel"))->isVisible());
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("runView"))->isVisible());

    // Another mode hides the flow; one whose pages are not built yet shows its notice.
    for (const ModeCatalog::Mode other : ModeCatalog::modes()) {
        if (other == ModeCatalog::Mode::IsvPrepare) {
            continue;
        }
        window->showModeChooser();
        window->showMode(other);
        QVERIFY(!flow->isVisible());
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("notBuiltNoticeLabel"))->isVisible(),
                 !ModeCatalog::entry(other).pagesBuilt);
    }
}

void tst_MainWindow::savedGeometry_restoredByNewWindow()
{
    {
        const auto window = makeShownWindow();
        window->resize(900, 640);
        window->findChild<QDockWidget *>(QStringLiteral("logDockWidget"))->hide();
        QTRY_COMPARE(window->size(), QSize(900, 640));
        window->close();
    }
    QVERIFY(m_settings->contains(QStringLiteral("mainWindow/geometry")));

    const auto restored = makeShownWindow();
    QCOMPARE(restored->size(), QSize(900, 640));
    QVERIFY(!restored->findChild<QDockWidget *>(QStringLiteral("logDockWidget"))->isVisible());

    // Without saved state the window opens at its default size with the log shown.
    m_settings->clear();
    const auto fresh = makeShownWindow();
    QCOMPARE(fresh->size(), QSize(1100, 720));
    QVERIFY(fresh->findChild<QDockWidget *>(QStringLiteral("logDockWidget"))->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
