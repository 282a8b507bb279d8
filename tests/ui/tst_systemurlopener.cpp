// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/systemurlopener.h"

#include <QTest>

class tst_SystemUrlOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notAWebPage_refused_data();
    void notAWebPage_refused();
};

void tst_SystemUrlOpener::notAWebPage_refused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("custom scheme") << QStringLiteral("ms-appx-web://microsoft.aad.brokerplugin/x");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("relative") << QStringLiteral("/oauth2/v2.0/authorize");
}

void tst_SystemUrlOpener::notAWebPage_refused()
{
    QFETCH(QString, url);
    CrossKey::Ui::SystemUrlOpener opener;
    QVERIFY(!opener.openUrl(QUrl(url)));
}

QTEST_MAIN(tst_SystemUrlOpener)
#include "tst_systemurlopener.moc"
