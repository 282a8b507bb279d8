// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/runcontext.h"

#include <QJsonDocument>
#include <QTest>

using namespace CrossKey::Wizard;

class tst_RunContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setFields_roundTripThroughJson();
    void merge_copiesOnlyFieldsSet();
    void badJson_refused_data();
    void badJson_refused();
};

void tst_RunContext::setFields_roundTripThroughJson()
{
    RunContext context;
    context.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    context.set(ContextField::KeyName, QStringLiteral("cmk"));
    context.appName = QString(); // set, but empty, is still set

    const auto back = RunContext::fromJson(context.toJson());

    QVERIFY(back.hasValue());
    QCOMPARE(back.value(), context);
    QCOMPARE(back.value().fieldsSet(),
             (QList<ContextField>{ContextField::TenantId, ContextField::AppName, ContextField::KeyName}));
    QVERIFY(!back.value().has(ContextField::AppId));
}

void tst_RunContext::merge_copiesOnlyFieldsSet()
{
    RunContext base;
    base.tenantId = QStringLiteral("t");
    base.appId = QStringLiteral("old");
    RunContext update;
    update.appId = QStringLiteral("new");

    base.merge(update);

    QCOMPARE(base.tenantId, std::optional<QString>(QStringLiteral("t")));
    QCOMPARE(base.appId, std::optional<QString>(QStringLiteral("new")));
}

void tst_RunContext::badJson_refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown field") << QByteArray(R"({"accessToken":"x"})") << QStringLiteral("accessToken");
    QTest::newRow("number") << QByteArray(R"({"tenantId":42})") << QStringLiteral("tenantId");
    QTest::newRow("object") << QByteArray(R"({"appId":{}})") << QStringLiteral("appId");
    QTest::newRow("null") << QByteArray(R"({"keyName":null})") << QStringLiteral("keyName");
}

void tst_RunContext::badJson_refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);

    const auto result = RunContext::fromJson(QJsonDocument::fromJson(json).object());

    QVERIFY(!result.hasValue());
    QVERIFY2(result.error().message().contains(mentions), qPrintable(result.error().message()));
}

QTEST_GUILESS_MAIN(tst_RunContext)
#include "tst_runcontext.moc"
