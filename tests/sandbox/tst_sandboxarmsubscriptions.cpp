// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxarmclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

class tst_SandboxArmSubscriptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenants_listHomeTenant();
    void subscriptions_visibleToEveryDemoUser_data();
    void subscriptions_visibleToEveryDemoUser();
    void subscription_getCarriesArmHeaders();
    void subscription_otherTenantToken_isInvalidAuthenticationTokenTenant();
    void subscription_unknown_isSubscriptionNotFound();
    void locations_listRegions();
    void apiVersion_missing_isMissingApiVersionParameter();
    void apiVersion_unknown_listsSupportedVersions();
    void apiVersion_olderServedVersion_isAccepted();
    void noToken_isAuthenticationFailed();
};

void tst_SandboxArmSubscriptions::tenants_listHomeTenant()
{
    SandboxArmClient arm;
    const HttpResult result = arm.call("GET", QStringLiteral("/tenants?api-version=2022-12-01"), arm.token("admin"));
    QCOMPARE(result.status, 200);
    const QJsonArray value = result.json()[QStringLiteral("value")].toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first()[QStringLiteral("tenantId")].toString(), Scenarios::tenantId(QStringLiteral("contosoisv")));
    QCOMPARE(value.first()[QStringLiteral("defaultDomain")].toString(), QStringLiteral("contosoisv.onmicrosoft.com"));
}

void tst_SandboxArmSubscriptions::subscriptions_visibleToEveryDemoUser_data()
{
    QTest::addColumn<QString>("user");
    for (const char *user : {"admin", "developer", "owner", "support"}) {
        QTest::newRow(user) << QString::fromLatin1(user);
    }
}

void tst_SandboxArmSubscriptions::subscriptions_visibleToEveryDemoUser()
{
    QFETCH(QString, user);
    SandboxArmClient arm;
    const HttpResult result = arm.call("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"), arm.token(user));
    QCOMPARE(result.status, 200);
    const QJsonArray value = result.json()[QStringLiteral("value")].toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first()[QStringLiteral("subscriptionId")].toString(),
             Scenarios::subscriptionId(QStringLiteral("contosoisv")));
    QCOMPARE(value.first()[QStringLiteral("state")].toString(), QStringLiteral("Enabled"));
}

void tst_SandboxArmSubscriptions::subscription_getCarriesArmHeaders()
{
    SandboxArmClient arm;
    const HttpResult result =
        arm.call("GET", SandboxArmClient::sub() + QStringLiteral("?api-version=2022-12-01"), arm.token("support"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()[QStringLiteral("displayName")].toString(), QStringLiteral("Contoso ISV Production"));
    QVERIFY(!result.header("x-ms-request-id").isEmpty());
    QCOMPARE(result.header("x-ms-correlation-request-id"), QByteArray("client-123"));
    QVERIFY(result.header("x-ms-routing-request-id").startsWith("LOCAL:"));
    QCOMPARE(result.header("x-ms-ratelimit-remaining-subscription-reads"), QByteArray("11999"));
}

void tst_SandboxArmSubscriptions::subscription_otherTenantToken_isInvalidAuthenticationTokenTenant()
{
    SandboxArmClient arm;
    const HttpResult result =
        arm.call("GET", SandboxArmClient::sub(QStringLiteral("fabrikam")) + QStringLiteral("?api-version=2022-12-01"),
                 arm.token("admin"));
    QCOMPARE(result.status, 401);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("InvalidAuthenticationTokenTenant"));
}

void tst_SandboxArmSubscriptions::subscription_unknown_isSubscriptionNotFound()
{
    SandboxArmClient arm;
    const HttpResult result =
        arm.call("GET", QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000001?api-version=2022-12-01"),
                 arm.token("admin"));
    QCOMPARE(result.status, 404);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("SubscriptionNotFound"));
}

void tst_SandboxArmSubscriptions::locations_listRegions()
{
    SandboxArmClient arm;
    const HttpResult result = arm.call(
        "GET", SandboxArmClient::sub() + QStringLiteral("/locations?api-version=2022-12-01"), arm.token("developer"));
    QCOMPARE(result.status, 200);
    const QJsonArray value = result.json()[QStringLiteral("value")].toArray();
    QCOMPARE(value.size(), 6);
    QCOMPARE(value.first()[QStringLiteral("name")].toString(), QStringLiteral("eastus"));
    QCOMPARE(value.first()[QStringLiteral("metadata")][QStringLiteral("regionType")].toString(),
             QStringLiteral("Physical"));
}

void tst_SandboxArmSubscriptions::apiVersion_missing_isMissingApiVersionParameter()
{
    SandboxArmClient arm;
    const HttpResult result = arm.call("GET", QStringLiteral("/subscriptions"), arm.token("admin"));
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("MissingApiVersionParameter"));
}

void tst_SandboxArmSubscriptions::apiVersion_unknown_listsSupportedVersions()
{
    SandboxArmClient arm;
    const HttpResult result =
        arm.call("GET", QStringLiteral("/subscriptions?api-version=2099-01-01"), arm.token("admin"));
    QCOMPARE(result.status, 400);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("InvalidApiVersionParameter"));
    QVERIFY(SandboxArmClient::message(result).contains(QStringLiteral("'2022-12-01,")));
}

void tst_SandboxArmSubscriptions::apiVersion_olderServedVersion_isAccepted()
{
    SandboxArmClient arm;
    QCOMPARE(arm.call("GET", QStringLiteral("/subscriptions?api-version=2020-01-01"), arm.token("admin")).status, 200);
}

void tst_SandboxArmSubscriptions::noToken_isAuthenticationFailed()
{
    SandboxArmClient arm;
    const HttpResult result = arm.http().get(QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QCOMPARE(result.status, 401);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("AuthenticationFailed"));
}

QTEST_GUILESS_MAIN(tst_SandboxArmSubscriptions)
#include "tst_sandboxarmsubscriptions.moc"
