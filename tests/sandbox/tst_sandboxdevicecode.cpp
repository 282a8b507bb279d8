// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/manualclock.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QString kDeviceCode = QStringLiteral("/fabrikam.onmicrosoft.com/oauth2/v2.0/devicecode");
const QString kToken = QStringLiteral("/fabrikam.onmicrosoft.com/oauth2/v2.0/token");

QString error(const HttpResult &result)
{
    return result.json()[QStringLiteral("error")].toString();
}
} // namespace

class tst_SandboxDeviceCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void issue_answersCodesAndMessage();
    void poll_pendingThenSlowDownThenPendingAfterInterval();
    void page_approve_givesTokens();
    void page_decline_answersDeclined();
    void page_wrongCode_saysSo();
    void expired_answersExpiredToken();
    void autoApprove_approvesAtOnce();
    void autoApprove_organizations_picksFirstTenantsUser();
    void unknownDeviceCode_answersBadVerificationCode();

private:
    HttpResult issue(SandboxTestClient &client);
    HttpResult poll(SandboxTestClient &client, const QString &deviceCode);
    ManualClock m_clock;
};

void tst_SandboxDeviceCode::init()
{
    m_clock.set(QDateTime::currentDateTimeUtc());
}

HttpResult tst_SandboxDeviceCode::issue(SandboxTestClient &client)
{
    return client.postForm(kDeviceCode,
                           {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                            {QStringLiteral("scope"),
                             QStringLiteral("https://management.core.windows.net//.default offline_access openid")}});
}

HttpResult tst_SandboxDeviceCode::poll(SandboxTestClient &client, const QString &deviceCode)
{
    return client.postForm(
        kToken, {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                 {QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                 {QStringLiteral("device_code"), deviceCode}});
}

void tst_SandboxDeviceCode::issue_answersCodesAndMessage()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = issue(client);
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    QCOMPARE(body[QStringLiteral("user_code")].toString().size(), 9);
    QVERIFY(!body[QStringLiteral("device_code")].toString().isEmpty());
    QCOMPARE(body[QStringLiteral("verification_uri")].toString(),
             server.baseUrl().toString() + QStringLiteral("/devicelogin"));
    QCOMPARE(body[QStringLiteral("expires_in")].toInt(), 900);
    QCOMPARE(body[QStringLiteral("interval")].toInt(), 5);
    QVERIFY(body[QStringLiteral("message")].toString().contains(body[QStringLiteral("user_code")].toString()));
}

void tst_SandboxDeviceCode::poll_pendingThenSlowDownThenPendingAfterInterval()
{
    ServerOptions options;
    options.clock = &m_clock;
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString deviceCode = issue(client).json()[QStringLiteral("device_code")].toString();
    HttpResult result = poll(client, deviceCode);
    QCOMPARE(result.status, 400);
    QCOMPARE(error(result), QStringLiteral("authorization_pending"));
    QCOMPARE(result.json()[QStringLiteral("error_codes")].toArray().first().toInt(), 70016);
    QCOMPARE(error(poll(client, deviceCode)), QStringLiteral("slow_down"));
    m_clock.advance(5);
    QCOMPARE(error(poll(client, deviceCode)), QStringLiteral("authorization_pending"));
}

void tst_SandboxDeviceCode::page_approve_givesTokens()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QJsonObject issued = issue(client).json();
    const QString userCode = issued[QStringLiteral("user_code")].toString();
    QVERIFY(client.get(QStringLiteral("/devicelogin")).body.contains("name=\"user_code\""));
    const HttpResult picker =
        client.postForm(QStringLiteral("/devicelogin"), {{QStringLiteral("user_code"), userCode.toLower()}});
    QCOMPARE(picker.status, 200);
    QVERIFY(picker.body.contains("owner@fabrikam.onmicrosoft.com"));
    QVERIFY(!picker.body.contains("contosoisv.onmicrosoft.com"));
    const HttpResult consent =
        client.postForm(QStringLiteral("/devicelogin"),
                        {{QStringLiteral("user_code"), userCode},
                         {QStringLiteral("sandbox_user"), QStringLiteral("owner@fabrikam.onmicrosoft.com")}});
    QVERIFY(consent.body.contains("sandbox_consent"));
    const HttpResult done =
        client.postForm(QStringLiteral("/devicelogin"),
                        {{QStringLiteral("user_code"), userCode},
                         {QStringLiteral("sandbox_user"), QStringLiteral("owner@fabrikam.onmicrosoft.com")},
                         {QStringLiteral("sandbox_consent"), QStringLiteral("accept")}});
    QCOMPARE(done.status, 200);
    const HttpResult tokens = poll(client, issued[QStringLiteral("device_code")].toString());
    QCOMPARE(tokens.status, 200);
    const QJsonObject claims = SandboxTestClient::claims(tokens.json()[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("aud")].toString(), QStringLiteral("https://management.core.windows.net/"));
    QCOMPARE(claims[QStringLiteral("upn")].toString(), QStringLiteral("owner@fabrikam.onmicrosoft.com"));
    QVERIFY(tokens.json().contains(QStringLiteral("refresh_token")));
    QVERIFY(tokens.json().contains(QStringLiteral("id_token")));
    // The device code is used up.
    QCOMPARE(error(poll(client, issued[QStringLiteral("device_code")].toString())),
             QStringLiteral("bad_verification_code"));
}

void tst_SandboxDeviceCode::page_decline_answersDeclined()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QJsonObject issued = issue(client).json();
    client.postForm(QStringLiteral("/devicelogin"),
                    {{QStringLiteral("user_code"), issued[QStringLiteral("user_code")].toString()},
                     {QStringLiteral("sandbox_user"), QStringLiteral("admin@fabrikam.onmicrosoft.com")},
                     {QStringLiteral("sandbox_consent"), QStringLiteral("decline")}});
    QCOMPARE(error(poll(client, issued[QStringLiteral("device_code")].toString())),
             QStringLiteral("authorization_declined"));
}

void tst_SandboxDeviceCode::page_wrongCode_saysSo()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.postForm(QStringLiteral("/devicelogin"), {{QStringLiteral("user_code"), QStringLiteral("NOPE")}});
    QCOMPARE(result.status, 400);
    QVERIFY(result.body.contains("didn't work"));
}

void tst_SandboxDeviceCode::expired_answersExpiredToken()
{
    ServerOptions options;
    options.clock = &m_clock;
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString deviceCode = issue(client).json()[QStringLiteral("device_code")].toString();
    m_clock.advance(901);
    QCOMPARE(error(poll(client, deviceCode)), QStringLiteral("expired_token"));
}

void tst_SandboxDeviceCode::autoApprove_approvesAtOnce()
{
    ServerOptions options;
    options.autoApprove = {QStringLiteral("support")};
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult tokens = poll(client, issue(client).json()[QStringLiteral("device_code")].toString());
    QCOMPARE(tokens.status, 200);
    const QJsonObject claims = SandboxTestClient::claims(tokens.json()[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("upn")].toString(), QStringLiteral("support@fabrikam.onmicrosoft.com"));
}

void tst_SandboxDeviceCode::autoApprove_organizations_picksFirstTenantsUser()
{
    ServerOptions options;
    options.autoApprove = {QStringLiteral("owner")};
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult issued = client.postForm(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
                                              {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                                               {QStringLiteral("scope"), QStringLiteral("openid offline_access")}});
    const HttpResult tokens =
        client.postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
                        {{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                         {QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                         {QStringLiteral("device_code"), issued.json()[QStringLiteral("device_code")].toString()}});
    QCOMPARE(tokens.status, 200);
    const QJsonObject claims = SandboxTestClient::claims(tokens.json()[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("upn")].toString(), QStringLiteral("owner@contosoisv.onmicrosoft.com"));
    QCOMPARE(claims[QStringLiteral("aud")].toString(), QStringLiteral("https://graph.microsoft.com"));
}

void tst_SandboxDeviceCode::unknownDeviceCode_answersBadVerificationCode()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(error(poll(client, QStringLiteral("nope"))), QStringLiteral("bad_verification_code"));
}

QTEST_GUILESS_MAIN(tst_SandboxDeviceCode)
#include "tst_sandboxdevicecode.moc"
