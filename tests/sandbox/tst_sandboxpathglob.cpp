// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/pathglob.h"

#include <QTest>

using namespace CrossKey::Sandbox;

class tst_SandboxPathGlob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
};

void tst_SandboxPathGlob::match_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    QTest::newRow("everything") << "**"
                                << "/subscriptions/x/resourceGroups/y" << true;
    QTest::newRow("star stays in a segment") << "/subscriptions/*"
                                             << "/subscriptions/x/resourceGroups" << false;
    QTest::newRow("star segment") << "/subscriptions/*/resourcegroups/*"
                                  << "/subscriptions/x/resourceGroups/y" << true;
    QTest::newRow("case-insensitive") << "/V1.0/APPLICATIONS"
                                      << "/v1.0/applications" << true;
    QTest::newRow("double star below") << "/v1.0/**"
                                       << "/v1.0/applications/1/owners" << true;
    QTest::newRow("double star bare parent") << "/v1.0/**"
                                             << "/v1.0" << true;
    QTest::newRow("double star not a prefix") << "/v1.0/**"
                                              << "/v1.01/x" << false;
    QTest::newRow("capture") << "/subscriptions/{subscriptionId}"
                             << "/subscriptions/abc" << true;
    QTest::newRow("capture one segment") << "/subscriptions/{subscriptionId}"
                                         << "/subscriptions/a/b" << false;
    QTest::newRow("capture rest") << "/keys/{*rest}"
                                  << "/keys/a/b" << true;
    QTest::newRow("question mark") << "/v?.0/me"
                                   << "/v1.0/me" << true;
    QTest::newRow("trailing slash") << "/v1.0/me/"
                                    << "/v1.0/me" << true;
    QTest::newRow("no leading slash") << "v1.0/me"
                                      << "/v1.0/me" << true;
    QTest::newRow("dot is literal") << "/v1.0/me"
                                    << "/v1x0/me" << false;
    QTest::newRow("suffix glob") << "**/token"
                                 << "/common/oauth2/v2.0/token" << true;
}

void tst_SandboxPathGlob::match()
{
    QFETCH(QString, glob);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QCOMPARE(PathGlob(glob).match(path), matches);
}

QTEST_GUILESS_MAIN(tst_SandboxPathGlob)
#include "tst_sandboxpathglob.moc"
