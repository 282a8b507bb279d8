// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/jwt.h"
#include "sandbox/manualclock.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QString kIsv = QStringLiteral("contosoisv.onmicrosoft.com");
const QString kToken = QStringLiteral("/contosoisv.onmicrosoft.com/oauth2/v2.0/token");

int errorCode(const HttpResult &result)
{
    return result.json()[QStringLiteral("error_codes")].toArray().first().toInt();
}
} // namespace

class tst_SandboxToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refresh_rotatesAndSwitchesResource_data();
    void refresh_rotatesAndSwitchesResource();
    void refresh_oldTokenStaysValid();
    void refresh_twoResources_isRejected();
    void refresh_unknownResource_isRejected();
    void refresh_otherTenant_isRejected();
    void refresh_garbage_isRejected();
    void refresh_expired_isRejected();
    void badRequests_data();
    void badRequests();
    void wrongMethod_isRejected();
    void errors_carryRequestIds();
    void clientCredentials_withSandboxAssertion_givesAppToken();
    void clientCredentials_errors_data();
    void clientCredentials_errors();

private:
    QString refreshToken(SandboxTestClient &client);
};

QString tst_SandboxToken::refreshToken(SandboxTestClient &client)
{
    const QString scope = QStringLiteral("openid profile offline_access https://management.azure.com/.default");
    const QString code = client.signIn(kIsv, QStringLiteral("developer@contosoisv.onmicrosoft.com"), scope, kVerifier);
    return client.redeem(kIsv, code, kVerifier).json()[QStringLiteral("refresh_token")].toString();
}

void tst_SandboxToken::refresh_rotatesAndSwitchesResource_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("scp");
    QTest::newRow("graphDefault") << QStringLiteral("https://graph.microsoft.com/.default offline_access")
                                  << QStringLiteral("https://graph.microsoft.com")
                                  << QStringLiteral("Application.ReadWrite.All Directory.AccessAsUser.All User.Read");
    QTest::newRow("graphBare") << QStringLiteral("User.Read") << QStringLiteral("https://graph.microsoft.com")
                               << QStringLiteral("User.Read");
    QTest::newRow("armDefault") << QStringLiteral("https://management.azure.com/.default")
                                << QStringLiteral("https://management.azure.com")
                                << QStringLiteral("user_impersonation");
    QTest::newRow("armImpersonation") << QStringLiteral("https://management.azure.com/user_impersonation")
                                      << QStringLiteral("https://management.azure.com")
                                      << QStringLiteral("user_impersonation");
    QTest::newRow("armLegacy") << QStringLiteral("https://management.core.windows.net//.default offline_access")
                               << QStringLiteral("https://management.core.windows.net/")
                               << QStringLiteral("user_impersonation");
    QTest::newRow("keyVault") << QStringLiteral("https://vault.azure.net/.default")
                              << QStringLiteral("https://vault.azure.net") << QStringLiteral("user_impersonation");
}

void tst_SandboxToken::refresh_rotatesAndSwitchesResource()
{
    QFETCH(QString, scope);
    QFETCH(QString, audience);
    QFETCH(QString, scp);
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString refresh = refreshToken(client);
    QVERIFY(!refresh.isEmpty());
    const HttpResult result = client.postForm(kToken, {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                                                       {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                       {QStringLiteral("refresh_token"), refresh},
                                                       {QStringLiteral("scope"), scope}});
    QCOMPARE(result.status, 200);
    const QString rotated = result.json()[QStringLiteral("refresh_token")].toString();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != refresh);
    const QJsonObject claims = SandboxTestClient::claims(result.json()[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("aud")].toString(), audience);
    QCOMPARE(claims[QStringLiteral("scp")].toString(), scp);
    QCOMPARE(claims[QStringLiteral("upn")].toString(), QStringLiteral("developer@contosoisv.onmicrosoft.com"));
}

void tst_SandboxToken::refresh_oldTokenStaysValid()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString refresh = refreshToken(client);
    const QList<QPair<QString, QString>> form{
        {QStringLiteral("client_id"), KnownIds::azureCliClientId},
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), refresh},
        {QStringLiteral("scope"), QStringLiteral("https://vault.azure.net/.default")}};
    QCOMPARE(client.postForm(kToken, form).status, 200);
    QCOMPARE(client.postForm(kToken, form).status, 200);
}

void tst_SandboxToken::refresh_twoResources_isRejected()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.postForm(
        kToken, {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                 {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                 {QStringLiteral("refresh_token"), refreshToken(client)},
                 {QStringLiteral("scope"),
                  QStringLiteral("https://vault.azure.net/.default https://graph.microsoft.com/.default")}});
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), 28000);
}

void tst_SandboxToken::refresh_unknownResource_isRejected()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.postForm(kToken, {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                                 {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("refresh_token"), refreshToken(client)},
                                 {QStringLiteral("scope"), QStringLiteral("https://unknown.example/.default")}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_resource"));
    QCOMPARE(errorCode(result), 500011);
}

void tst_SandboxToken::refresh_otherTenant_isRejected()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.postForm(QStringLiteral("/fabrikam.onmicrosoft.com/oauth2/v2.0/token"),
                        {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                         {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), refreshToken(client)},
                         {QStringLiteral("scope"), QStringLiteral("https://management.azure.com/.default")}});
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), 50020);
}

void tst_SandboxToken::refresh_garbage_isRejected()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.postForm(kToken, {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                                                       {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                       {QStringLiteral("refresh_token"), QStringLiteral("garbage")}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(errorCode(result), 9002313);
}

void tst_SandboxToken::refresh_expired_isRejected()
{
    ManualClock clock;
    ServerOptions options;
    options.clock = &clock;
    options.refreshTokenLifetimeSeconds = 100;
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString refresh = refreshToken(client);
    clock.advance(101);
    const HttpResult result = client.postForm(kToken, {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                                                       {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                       {QStringLiteral("refresh_token"), refresh}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(errorCode(result), 70008);
}

void tst_SandboxToken::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    const QByteArray client = "client_id=" + KnownIds::azureCliClientId.toLatin1();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid_request") << 900144;
    QTest::newRow("noClient") << QByteArray("grant_type=refresh_token") << QStringLiteral("invalid_request") << 900144;
    QTest::newRow("badGuid") << QByteArray("grant_type=refresh_token&client_id=zzz")
                             << QStringLiteral("unauthorized_client") << 700038;
    QTest::newRow("unknownClient") << QByteArray(
                                          "grant_type=refresh_token&client_id=11111111-1111-1111-1111-111111111111")
                                   << QStringLiteral("unauthorized_client") << 700016;
    QTest::newRow("unsupportedGrant") << QByteArray("grant_type=password&" + client)
                                      << QStringLiteral("unsupported_grant_type") << 70003;
    QTest::newRow("noCode") << QByteArray("grant_type=authorization_code&" + client)
                            << QStringLiteral("invalid_request") << 900144;
    QTest::newRow("garbageCode")
        << QByteArray("grant_type=authorization_code&code=x&redirect_uri=http%3A%2F%2Flocalhost&" + client)
        << QStringLiteral("invalid_grant") << 9002313;
    QTest::newRow("badUtf8") << QByteArray("grant_type=%FF%FF&" + client) << QStringLiteral("invalid_request")
                             << 9002313;
    QTest::newRow("json") << QByteArray("{\"grant_type\":\"refresh_token\"}") << QStringLiteral("invalid_request")
                          << 900144;
    QTest::newRow("publicWithSecret")
        << QByteArray("grant_type=authorization_code&code=x&redirect_uri=http%3A%2F%2Flocalhost&client_secret=s&" +
                      client)
        << QStringLiteral("invalid_request") << 700025;
}

void tst_SandboxToken::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(int, code);
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const quint64 revision = server.world().revision();
    const HttpResult result = client.send("POST", kToken, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error")].toString(), error);
    QCOMPARE(errorCode(result), code);
    QCOMPARE(server.world().revision(), revision);
    QVERIFY(!result.header("x-ms-request-id").isEmpty());
}

void tst_SandboxToken::wrongMethod_isRejected()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(kToken);
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), 900561);
}

void tst_SandboxToken::errors_carryRequestIds()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QByteArray correlation = "6a1e7c52-0d5f-4c1b-9a3e-2b7d8f9e0a11";
    const HttpResult result =
        client.send("POST", kToken, "grant_type=refresh_token", "application/x-www-form-urlencoded",
                    {{"client-request-id", correlation}, {"return-client-request-id", "true"}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.header("client-request-id"), correlation);
    QCOMPARE(result.json()[QStringLiteral("correlation_id")].toString().toLatin1(), correlation);
    QCOMPARE(result.json()[QStringLiteral("trace_id")].toString().toLatin1(), result.header("x-ms-request-id"));
    QVERIFY(!result.header("x-ms-ests-server").isEmpty());
}

void tst_SandboxToken::clientCredentials_withSandboxAssertion_givesAppToken()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString assertion =
        Jwt::sign(QJsonObject{{QStringLiteral("aud"), QStringLiteral("api://AzureADTokenExchange")},
                              {QStringLiteral("iat"), now},
                              {QStringLiteral("nbf"), now},
                              {QStringLiteral("exp"), now + 600}},
                  server.world().signingKey());
    const HttpResult result =
        client.postForm(QStringLiteral("/fabrikam.onmicrosoft.com/oauth2/v2.0/token"),
                        {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                         {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("client_assertion_type"),
                          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                         {QStringLiteral("client_assertion"), assertion},
                         {QStringLiteral("scope"), QStringLiteral("https://vault.azure.net/.default")}});
    QCOMPARE(result.status, 200);
    const QJsonObject claims = SandboxTestClient::claims(result.json()[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("idtyp")].toString(), QStringLiteral("app"));
    QCOMPARE(claims[QStringLiteral("tid")].toString(), Scenarios::tenantId(QStringLiteral("fabrikam")));
    QCOMPARE(claims[QStringLiteral("appid")].toString(), KnownIds::azureCliClientId);
    QVERIFY(!result.json().contains(QStringLiteral("refresh_token")));
}

void tst_SandboxToken::clientCredentials_errors_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("assertion");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("code");
    const QString valid = QStringLiteral("VALID");
    QTest::newRow("common") << QStringLiteral("common") << valid << QStringLiteral("https://vault.azure.net/.default")
                            << 900023;
    QTest::newRow("noAssertion") << QStringLiteral("fabrikam.onmicrosoft.com") << QString()
                                 << QStringLiteral("https://vault.azure.net/.default") << 7000218;
    QTest::newRow("malformed") << QStringLiteral("fabrikam.onmicrosoft.com") << QStringLiteral("abc")
                               << QStringLiteral("https://vault.azure.net/.default") << 50027;
    QTest::newRow("foreignSignature") << QStringLiteral("fabrikam.onmicrosoft.com") << QStringLiteral("FOREIGN")
                                      << QStringLiteral("https://vault.azure.net/.default") << 700027;
    QTest::newRow("expired") << QStringLiteral("fabrikam.onmicrosoft.com") << QStringLiteral("EXPIRED")
                             << QStringLiteral("https://vault.azure.net/.default") << 700024;
    QTest::newRow("notDefaultScope") << QStringLiteral("fabrikam.onmicrosoft.com") << valid
                                     << QStringLiteral("https://vault.azure.net/user_impersonation") << 1002012;
}

void tst_SandboxToken::clientCredentials_errors()
{
    QFETCH(QString, tenant);
    QFETCH(QString, assertion);
    QFETCH(QString, scope);
    QFETCH(int, code);
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("nbf"), now}, {QStringLiteral("exp"), now + 600}};
    if (assertion == QLatin1String("VALID")) {
        assertion = Jwt::sign(claims, server.world().signingKey());
    } else if (assertion == QLatin1String("FOREIGN")) {
        assertion = Jwt::sign(claims, "another key entirely");
    } else if (assertion == QLatin1String("EXPIRED")) {
        assertion = Jwt::sign(QJsonObject{{QStringLiteral("exp"), now - 10}}, server.world().signingKey());
    }
    QList<QPair<QString, QString>> form{{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                                        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                        {QStringLiteral("client_assertion_type"),
                                         QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                                        {QStringLiteral("scope"), scope}};
    if (!assertion.isEmpty()) {
        form.append({QStringLiteral("client_assertion"), assertion});
    }
    const HttpResult result = client.postForm(QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"), form);
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), code);
}

QTEST_GUILESS_MAIN(tst_SandboxToken)
#include "tst_sandboxtoken.moc"
