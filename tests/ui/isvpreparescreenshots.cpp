// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: drives the ISV prepare flow in the main window against the sandbox (scenario fresh) and saves one
// picture per page for docs/screenshots/. Run it under Xvfb through scripts/screenshot, which passes the folder
// in CROSSKEY_SCREENSHOT_DIR.
#include "tests/ui/isvpreparefixture.h"

#include <QDir>
#include <QListWidget>
#include <QPixmap>

using namespace CrossKey;
using Tests::IsvPrepareFixture;

class IsvPrepareScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPage();

private:
    void save(IsvPrepareFixture &f, const QString &name);

    QDir m_out;
};

void IsvPrepareScreenshots::save(IsvPrepareFixture &f, const QString &name)
{
    // Let the last answers paint and the busy bars go.
    QTest::qWait(400);
    const QString path = m_out.filePath(QStringLiteral("isv-prepare-%1.png").arg(name));
    QVERIFY2(f.top->grab().save(path, "PNG"), qPrintable(path));
    qInfo("Saved %s", qPrintable(path));
}

void IsvPrepareScreenshots::everyPage()
{
    const QString dir = qEnvironmentVariable("CROSSKEY_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("Set CROSSKEY_SCREENSHOT_DIR to the folder for the pictures.");
    }
    QVERIFY(QDir().mkpath(dir));
    m_out = QDir(dir);

    IsvPrepareFixture f(IsvPrepareFixture::Host::MainWindow);
    f.top->setFixedSize(1100, 760);
    f.signInByBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    save(f, QStringLiteral("1-sign-in"));

    f.chooseScope(QStringLiteral("rg-crosskey-isv"));
    if (QTest::currentTestFailed()) {
        return;
    }
    save(f, QStringLiteral("2-where"));

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!f.child<QWidget>("appsBusyBar")->isVisible(), Tests::kNetworkMs);
    save(f, QStringLiteral("3-application"));

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!f.child<QWidget>("identitiesBusyBar")->isVisible(), Tests::kNetworkMs);
    save(f, QStringLiteral("4-identity"));

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.commit()->isVisible() && f.commit()->isEnabled(), Tests::kNetworkMs);
    save(f, QStringLiteral("5-review"));

    QTest::mouseClick(f.commit(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), Tests::kRunMs);
    save(f, QStringLiteral("6-run"));

    QTest::mouseClick(f.next(), Qt::LeftButton);
    QCOMPARE(f.wizard->currentId(), int(Ui::IsvPrepareWizard::InvitationPageId));
    save(f, QStringLiteral("7-invitation"));
}

QTEST_MAIN(IsvPrepareScreenshots)
#include "isvpreparescreenshots.moc"
