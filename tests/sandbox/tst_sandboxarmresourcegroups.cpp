// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/world.h"
#include "sandboxarmclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
QString group(const QString &name, const QString &version = QStringLiteral("2024-03-01"))
{
    return SandboxArmClient::sub() + QStringLiteral("/resourcegroups/") + name + QStringLiteral("?api-version=") +
           version;
}
const QJsonObject kEastUs{{QStringLiteral("location"), QStringLiteral("eastus")}};
} // namespace

class tst_SandboxArmResourceGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void put_new201_existing200();
    void put_otherLocation_isInvalidResourceGroupLocation();
    void head_answers204Or404();
    void get_missing_isResourceGroupNotFound();
    void list_developerSeesOnlyItsGroup();
    void put_perUser_data();
    void put_perUser();
    void delete_isLongRunningUntilTheClockPasses();
    void badInput_leavesWorldUnchanged_data();
    void badInput_leavesWorldUnchanged();
};

void tst_SandboxArmResourceGroups::put_new201_existing200()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("owner");
    const HttpResult created = arm.call("PUT", group(QStringLiteral("rg-new")), token, kEastUs);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()[QStringLiteral("id")].toString(),
             SandboxArmClient::sub() + QStringLiteral("/resourceGroups/rg-new"));
    QCOMPARE(created.json()[QStringLiteral("properties")][QStringLiteral("provisioningState")].toString(),
             QStringLiteral("Succeeded"));
    QCOMPARE(created.header("x-ms-ratelimit-remaining-subscription-writes"), QByteArray("1199"));
    const QJsonObject display{{QStringLiteral("location"), QStringLiteral("East US")}};
    QCOMPARE(arm.call("PUT", group(QStringLiteral("rg-new")), token, display).status, 200);
}

void tst_SandboxArmResourceGroups::put_otherLocation_isInvalidResourceGroupLocation()
{
    SandboxArmClient arm;
    const HttpResult result = arm.call("PUT", group(QStringLiteral("rg-shared")), arm.token("admin"), kEastUs);
    QCOMPARE(result.status, 409);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("InvalidResourceGroupLocation"));
}

void tst_SandboxArmResourceGroups::head_answers204Or404()
{
    SandboxArmClient arm;
    const QByteArray token = arm.token("support");
    QCOMPARE(arm.call("HEAD", group(QStringLiteral("rg-shared")), token).status, 204);
    QCOMPARE(arm.call("HEAD", group(QStringLiteral("rg-nothing")), token).status, 404);
}

void tst_SandboxArmResourceGroups::get_missing_isResourceGroupNotFound()
{
    SandboxArmClient arm;
    const HttpResult result = arm.call("GET", group(QStringLiteral("rg-nothing")), arm.token("support"));
    QCOMPARE(result.status, 404);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("ResourceGroupNotFound"));
    QCOMPARE(SandboxArmClient::message(result), QStringLiteral("Resource group 'rg-nothing' could not be found."));
}

void tst_SandboxArmResourceGroups::list_developerSeesOnlyItsGroup()
{
    SandboxArmClient arm;
    const QString path = SandboxArmClient::sub() + QStringLiteral("/resourcegroups?api-version=2021-04-01");
    QCOMPARE(arm.call("GET", path, arm.token("support")).json()[QStringLiteral("value")].toArray().size(), 2);
    const QJsonArray developer =
        arm.call("GET", path, arm.token("developer")).json()[QStringLiteral("value")].toArray();
    QCOMPARE(developer.size(), 1);
    QCOMPARE(developer.first()[QStringLiteral("name")].toString(), QStringLiteral("rg-crosskey-isv"));
}

void tst_SandboxArmResourceGroups::put_perUser_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("admin new") << "admin"
                               << "rg-a" << 201;
    QTest::newRow("owner new") << "owner"
                               << "rg-b" << 201;
    QTest::newRow("developer own") << "developer"
                                   << "rg-crosskey-isv" << 200;
    QTest::newRow("developer new") << "developer"
                                   << "rg-c" << 403;
    QTest::newRow("support own") << "support"
                                 << "rg-shared" << 403;
}

void tst_SandboxArmResourceGroups::put_perUser()
{
    QFETCH(QString, user);
    QFETCH(QString, name);
    QFETCH(int, status);
    SandboxArmClient arm;
    const QJsonObject body{{QStringLiteral("location"), name == QLatin1String("rg-shared")
                                                            ? QStringLiteral("westeurope")
                                                            : QStringLiteral("eastus")}};
    const HttpResult result = arm.call("PUT", group(name), arm.token(user), body);
    QCOMPARE(result.status, status);
    if (status == 403) {
        QCOMPARE(SandboxArmClient::code(result), QStringLiteral("AuthorizationFailed"));
        QVERIFY(SandboxArmClient::message(result).contains(
            QStringLiteral("does not have authorization to perform action "
                           "'Microsoft.Resources/subscriptions/resourceGroups/write' over scope '")));
    }
}

void tst_SandboxArmResourceGroups::delete_isLongRunningUntilTheClockPasses()
{
    ServerOptions options;
    options.longRunningOperationMs = 30000;
    SandboxArmClient arm(options);
    const QByteArray token = arm.token("admin");
    QCOMPARE(arm.call("PUT", group(QStringLiteral("rg-gone")), token, kEastUs).status, 201);
    const HttpResult accepted = arm.call("DELETE", group(QStringLiteral("rg-gone")), token);
    QCOMPARE(accepted.status, 202);
    QCOMPARE(accepted.header("Retry-After"), QByteArray("15"));
    const QString location = QString::fromLatin1(accepted.header("Location"));
    QVERIFY(location.contains(QStringLiteral("/operationresults/")));
    const QString poll = location.mid(arm.server().baseUrl().toString().size());
    QCOMPARE(arm.call("GET", poll, token).status, 202);
    QCOMPARE(arm.call("GET", group(QStringLiteral("rg-gone")), token)
                 .json()[QStringLiteral("properties")][QStringLiteral("provisioningState")]
                 .toString(),
             QStringLiteral("Deleting"));
    arm.clock().advance(31);
    QCOMPARE(arm.call("GET", poll, token).status, 200);
    QCOMPARE(arm.call("GET", group(QStringLiteral("rg-gone")), token).status, 404);
}

void tst_SandboxArmResourceGroups::badInput_leavesWorldUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed json") << "rg-x" << QByteArray("{\"location\":") << "InvalidRequestContent";
    QTest::newRow("location not a string") << "rg-x" << QByteArray("{\"location\":5}") << "InvalidRequestContent";
    QTest::newRow("tags not strings") << "rg-x" << QByteArray("{\"location\":\"eastus\",\"tags\":{\"a\":1}}")
                                      << "InvalidRequestContent";
    QTest::newRow("no location") << "rg-x" << QByteArray("{}") << "LocationRequired";
    QTest::newRow("unknown location") << "rg-x" << QByteArray("{\"location\":\"mars\"}")
                                      << "LocationNotAvailableForResourceGroup";
    QTest::newRow("bad characters") << "rg*x" << QByteArray("{\"location\":\"eastus\"}") << "InvalidResourceGroup";
    QTest::newRow("ends with dot") << "rg-x." << QByteArray("{\"location\":\"eastus\"}") << "InvalidResourceGroup";
    QTest::newRow("too long") << QString(91, QLatin1Char('a')) << QByteArray("{\"location\":\"eastus\"}")
                              << "InvalidResourceGroup";
}

void tst_SandboxArmResourceGroups::badInput_leavesWorldUnchanged()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    SandboxArmClient arm;
    const QByteArray token = arm.token("admin");
    const quint64 revision = arm.server().world().revision();
    const HttpResult result = arm.call("PUT", group(QString::fromLatin1(QUrl::toPercentEncoding(name))), token, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxArmClient::code(result), code);
    QCOMPARE(arm.server().world().revision(), revision);
}

QTEST_GUILESS_MAIN(tst_SandboxArmResourceGroups)
#include "tst_sandboxarmresourcegroups.moc"
