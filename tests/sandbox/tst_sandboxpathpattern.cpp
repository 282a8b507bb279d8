// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/pathpattern.h"

#include <QTest>

using CrossKey::Sandbox::PathPattern;

class tst_SandboxPathPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
};

void tst_SandboxPathPattern::match_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("captured"); // name=value of the last capture, or empty
    const QString rg = QStringLiteral("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}");
    QTest::newRow("exact") << rg << QStringLiteral("/subscriptions/s1/resourceGroups/rg1") << true
                           << QStringLiteral("resourceGroupName=rg1");
    QTest::newRow("caseInsensitiveLiterals") << rg << QStringLiteral("/SUBSCRIPTIONS/s1/resourcegroups/RG1") << true
                                             << QStringLiteral("resourceGroupName=RG1");
    QTest::newRow("tooShort") << rg << QStringLiteral("/subscriptions/s1/resourceGroups") << false << QString();
    QTest::newRow("tooLong") << rg << QStringLiteral("/subscriptions/s1/resourceGroups/rg/x") << false << QString();
    QTest::newRow("otherLiteral") << rg << QStringLiteral("/subscriptions/s1/providers/rg") << false << QString();
    QTest::newRow("rest") << QStringLiteral("/v1.0/{*rest}") << QStringLiteral("/v1.0/applications/a/b") << true
                          << QStringLiteral("rest=applications/a/b");
    QTest::newRow("restNeedsOne") << QStringLiteral("/v1.0/{*rest}") << QStringLiteral("/v1.0") << false << QString();
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/") << true << QString();
}

void tst_SandboxPathPattern::match()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QFETCH(QString, captured);
    QHash<QString, QString> captures;
    QCOMPARE(PathPattern(pattern).match(path.split(QLatin1Char('/'), Qt::SkipEmptyParts), &captures), matches);
    if (!captured.isEmpty()) {
        const QStringList pair = captured.split(QLatin1Char('='));
        QCOMPARE(captures.value(pair.at(0)), pair.at(1));
    }
}

QTEST_GUILESS_MAIN(tst_SandboxPathPattern)
#include "tst_sandboxpathpattern.moc"
