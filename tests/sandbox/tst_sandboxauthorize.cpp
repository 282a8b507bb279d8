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
const QString kIsv = QStringLiteral("contosoisv.onmicrosoft.com");
const QString kArmScope = QStringLiteral("openid profile offline_access https://management.azure.com/.default");
const QString kAuthorize = QStringLiteral("/contosoisv.onmicrosoft.com/oauth2/v2.0/authorize?");

QString errorCode(const HttpResult &result)
{
    return QString::number(result.json()[QStringLiteral("error_codes")].toArray().first().toInt());
}
} // namespace

class tst_SandboxAuthorize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutAutoApprove_showsUserPicker();
    void autoApprove_redirectsWithCodeAndState();
    void autoApprove_loginHintPicksListedUser();
    void code_redeemedWithRightVerifier_givesTokens();
    void code_wrongVerifier_isRejected();
    void code_reuse_isRejected();
    void code_expired_isRejected();
    void clientErrors_showErrorPage_data();
    void clientErrors_showErrorPage();
    void requestErrors_redirectToClient_data();
    void requestErrors_redirectToClient();
    void userOfOtherTenant_isRefused();
    void promptNone_withoutSession_redirectsLoginRequired();
    void formPost_answersAutoSubmittingForm();
    void thirdPartyClient_asksConsentThenInstallsIt();
    void thirdPartyClient_promptNone_redirectsConsentRequired();
};

void tst_SandboxAuthorize::withoutAutoApprove_showsUserPicker()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.get(kAuthorize + SandboxTestClient::authorizeQuery(kArmScope, kVerifier, KnownIds::azureCliClientId));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QVERIFY(result.body.contains("admin@contosoisv.onmicrosoft.com"));
    QVERIFY(result.body.contains("support@contosoisv.onmicrosoft.com"));
    QVERIFY(!result.body.contains("fabrikam.onmicrosoft.com"));
    QVERIFY(result.body.contains("name=\"code_challenge\""));
}

void tst_SandboxAuthorize::autoApprove_redirectsWithCodeAndState()
{
    ServerOptions options;
    options.autoApprove = {QStringLiteral("developer")};
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.get(kAuthorize + SandboxTestClient::authorizeQuery(kArmScope, kVerifier, KnownIds::azureCliClientId));
    QCOMPARE(result.status, 302);
    QCOMPARE(result.location().host(), QStringLiteral("localhost"));
    QCOMPARE(result.location().port(), 5555);
    QCOMPARE(result.locationParameter(QStringLiteral("state")), QStringLiteral("state-123"));
    const QString code = result.locationParameter(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    const HttpResult tokens = client.redeem(kIsv, code, kVerifier, KnownIds::azureCliClientId);
    QCOMPARE(tokens.status, 200);
    const QJsonObject claims = SandboxTestClient::claims(tokens.json()[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("upn")].toString(), QStringLiteral("developer@contosoisv.onmicrosoft.com"));
}

void tst_SandboxAuthorize::autoApprove_loginHintPicksListedUser()
{
    ServerOptions options;
    options.autoApprove = {QStringLiteral("admin"), QStringLiteral("owner@fabrikam.onmicrosoft.com")};
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString query = SandboxTestClient::authorizeQuery(kArmScope, kVerifier, KnownIds::azureCliClientId) +
                          QStringLiteral("&login_hint=owner%40fabrikam.onmicrosoft.com");
    const HttpResult result = client.get(QStringLiteral("/organizations/oauth2/v2.0/authorize?") + query);
    QCOMPARE(result.status, 302);
    const HttpResult tokens =
        client.redeem(QStringLiteral("organizations"), result.locationParameter(QStringLiteral("code")), kVerifier);
    QCOMPARE(tokens.status, 200);
    const QJsonObject claims = SandboxTestClient::claims(tokens.json()[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("tid")].toString(), Scenarios::tenantId(QStringLiteral("fabrikam")));
}

void tst_SandboxAuthorize::code_redeemedWithRightVerifier_givesTokens()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString code = client.signIn(kIsv, QStringLiteral("admin@contosoisv.onmicrosoft.com"), kArmScope, kVerifier);
    QVERIFY(!code.isEmpty());
    const HttpResult result = client.redeem(kIsv, code, kVerifier);
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    QCOMPARE(body[QStringLiteral("token_type")].toString(), QStringLiteral("Bearer"));
    QCOMPARE(body[QStringLiteral("expires_in")].toInt(), 3600);
    QVERIFY(!body[QStringLiteral("refresh_token")].toString().isEmpty());
    QVERIFY(body[QStringLiteral("scope")].toString().contains(
        QStringLiteral("https://management.azure.com/user_impersonation")));
    const QJsonObject claims = SandboxTestClient::claims(body[QStringLiteral("access_token")].toString());
    const QString tenantId = Scenarios::tenantId(QStringLiteral("contosoisv"));
    QCOMPARE(claims[QStringLiteral("aud")].toString(), QStringLiteral("https://management.azure.com"));
    QCOMPARE(claims[QStringLiteral("tid")].toString(), tenantId);
    QCOMPARE(claims[QStringLiteral("oid")].toString(),
             Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("admin")));
    QCOMPARE(claims[QStringLiteral("iss")].toString(),
             server.baseUrl().toString() + QLatin1Char('/') + tenantId + QStringLiteral("/v2.0"));
    QCOMPARE(claims[QStringLiteral("scp")].toString(), QStringLiteral("user_impersonation"));
    QVERIFY(claims[QStringLiteral("wids")].toArray().contains(KnownIds::globalAdministratorRole));
    QVERIFY(claims[QStringLiteral("exp")].toInteger() > claims[QStringLiteral("iat")].toInteger());
    const QJsonObject id = SandboxTestClient::claims(body[QStringLiteral("id_token")].toString());
    QCOMPARE(id[QStringLiteral("aud")].toString(), KnownIds::azureCliClientId);
    QCOMPARE(id[QStringLiteral("preferred_username")].toString(), QStringLiteral("admin@contosoisv.onmicrosoft.com"));
}

void tst_SandboxAuthorize::code_wrongVerifier_isRejected()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString code = client.signIn(kIsv, QStringLiteral("admin@contosoisv.onmicrosoft.com"), kArmScope, kVerifier);
    const HttpResult result = client.redeem(kIsv, code, kVerifier + QStringLiteral("x"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(errorCode(result), QStringLiteral("501481"));
    const QString description = result.json()[QStringLiteral("error_description")].toString();
    QVERIFY(description.startsWith(QStringLiteral("AADSTS501481: ")));
    QVERIFY(description.contains(QStringLiteral("\r\nTrace ID: ")));
    QVERIFY(result.json().contains(QStringLiteral("correlation_id")));
    QVERIFY(result.json().contains(QStringLiteral("timestamp")));
}

void tst_SandboxAuthorize::code_reuse_isRejected()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString code = client.signIn(kIsv, QStringLiteral("owner@contosoisv.onmicrosoft.com"), kArmScope, kVerifier);
    QCOMPARE(client.redeem(kIsv, code, kVerifier).status, 200);
    const HttpResult again = client.redeem(kIsv, code, kVerifier);
    QCOMPARE(again.status, 400);
    QCOMPARE(errorCode(again), QStringLiteral("54005"));
}

void tst_SandboxAuthorize::code_expired_isRejected()
{
    ManualClock clock;
    ServerOptions options;
    options.clock = &clock;
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString code = client.signIn(kIsv, QStringLiteral("owner@contosoisv.onmicrosoft.com"), kArmScope, kVerifier);
    clock.advance(601);
    const HttpResult result = client.redeem(kIsv, code, kVerifier);
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), QStringLiteral("70008"));
}

void tst_SandboxAuthorize::clientErrors_showErrorPage_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("unknownClient") << QStringLiteral("11111111-1111-1111-1111-111111111111")
                                   << QStringLiteral("http://localhost:5555") << QByteArray("AADSTS700016");
    QTest::newRow("malformedClient") << QStringLiteral("not-a-guid") << QStringLiteral("http://localhost:5555")
                                     << QByteArray("AADSTS700038");
    QTest::newRow("remoteHttpRedirect") << KnownIds::azureCliClientId << QStringLiteral("http://evil.example/")
                                        << QByteArray("AADSTS50011");
    QTest::newRow("ipv6Redirect") << KnownIds::azureCliClientId << QStringLiteral("http://[::1]:5555/")
                                  << QByteArray("AADSTS50011");
}

void tst_SandboxAuthorize::clientErrors_showErrorPage()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    QFETCH(QByteArray, code);
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.get(kAuthorize + SandboxTestClient::authorizeQuery(kArmScope, kVerifier, clientId, redirectUri));
    QCOMPARE(result.status, 400);
    QVERIFY(result.header("Location").isEmpty());
    QVERIFY2(result.body.contains(code), result.body.constData());
}

void tst_SandboxAuthorize::requestErrors_redirectToClient_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("code");
    QTest::newRow("plainPkce") << QStringLiteral("&code_challenge_method=plain") << QStringLiteral("invalid_request")
                               << QStringLiteral("AADSTS90023");
    QTest::newRow("token") << QStringLiteral("&response_type=token") << QStringLiteral("unsupported_response_type")
                           << QStringLiteral("AADSTS700054");
    QTest::newRow("unknownResource") << QStringLiteral("&scope=https%3A%2F%2Fexample.com%2F.default")
                                     << QStringLiteral("invalid_resource") << QStringLiteral("AADSTS500011");
    QTest::newRow("noScope") << QStringLiteral("&scope=") << QStringLiteral("invalid_request")
                             << QStringLiteral("AADSTS900144");
    QTest::newRow("noChallenge") << QStringLiteral("&code_challenge=") << QStringLiteral("invalid_request")
                                 << QStringLiteral("AADSTS9002325");
}

void tst_SandboxAuthorize::requestErrors_redirectToClient()
{
    QFETCH(QString, extra);
    QFETCH(QString, error);
    QFETCH(QString, code);
    ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    // Later duplicates are ignored by FormBody, so put the override first.
    QString query = SandboxTestClient::authorizeQuery(kArmScope, kVerifier, KnownIds::azureCliClientId);
    query = extra.mid(1) + QLatin1Char('&') + query;
    const HttpResult result = client.get(kAuthorize + query);
    QCOMPARE(result.status, 302);
    QCOMPARE(result.locationParameter(QStringLiteral("error")), error);
    QVERIFY(result.locationParameter(QStringLiteral("error_description")).startsWith(code + QStringLiteral(": ")));
    QCOMPARE(result.locationParameter(QStringLiteral("state")), QStringLiteral("state-123"));
    QVERIFY(result.locationParameter(QStringLiteral("code")).isEmpty());
}

void tst_SandboxAuthorize::userOfOtherTenant_isRefused()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString code = client.signIn(kIsv, QStringLiteral("admin@fabrikam.onmicrosoft.com"), kArmScope, kVerifier);
    QVERIFY(code.isEmpty());
    QVERIFY(server.world().authorizationCodes().isEmpty());
}

void tst_SandboxAuthorize::promptNone_withoutSession_redirectsLoginRequired()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.get(kAuthorize + SandboxTestClient::authorizeQuery(kArmScope, kVerifier, KnownIds::azureCliClientId) +
                   QStringLiteral("&prompt=none"));
    QCOMPARE(result.status, 302);
    QCOMPARE(result.locationParameter(QStringLiteral("error")), QStringLiteral("login_required"));
}

void tst_SandboxAuthorize::formPost_answersAutoSubmittingForm()
{
    ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    Server server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.get(kAuthorize + SandboxTestClient::authorizeQuery(kArmScope, kVerifier, KnownIds::azureCliClientId) +
                   QStringLiteral("&response_mode=form_post"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.contains("action=\"http://localhost:5555\""));
    QVERIFY(result.body.contains("name=\"code\""));
    QVERIFY(result.body.contains("value=\"state-123\""));
}

namespace {
const QString kIsvAppId = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");

void addIsvPublicApp(World &world)
{
    Application app;
    app.id = QStringLiteral("00000000-0000-0000-0000-0000000000a1");
    app.appId = kIsvAppId;
    app.tenantId = Scenarios::tenantId(QStringLiteral("contosoisv"));
    app.displayName = QStringLiteral("Contoso Tool");
    app.signInAudience = QStringLiteral("AzureADMultipleOrgs");
    app.publicClientRedirectUris = {QStringLiteral("http://localhost")};
    app.isPublicClient = true;
    world.editApplications().append(app);
}
} // namespace

void tst_SandboxAuthorize::thirdPartyClient_asksConsentThenInstallsIt()
{
    Server server;
    addIsvPublicApp(server.world());
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString path = QStringLiteral("/fabrikam.onmicrosoft.com/oauth2/v2.0/authorize");
    const QByteArray query = SandboxTestClient::authorizeQuery(kArmScope, kVerifier, kIsvAppId).toLatin1();
    const HttpResult consent = client.send("POST", path, query + "&sandbox_user=owner%40fabrikam.onmicrosoft.com");
    QCOMPARE(consent.status, 200);
    QVERIFY(consent.body.contains("sandbox_consent"));
    QVERIFY(consent.body.contains("Contoso Tool"));
    const QString fabrikam = Scenarios::tenantId(QStringLiteral("fabrikam"));
    QVERIFY(!server.world().findServicePrincipal(fabrikam, kIsvAppId));

    const HttpResult declined =
        client.send("POST", path, query + "&sandbox_user=owner%40fabrikam.onmicrosoft.com&sandbox_consent=decline");
    QCOMPARE(declined.locationParameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!server.world().findServicePrincipal(fabrikam, kIsvAppId));

    const HttpResult accepted =
        client.send("POST", path, query + "&sandbox_user=owner%40fabrikam.onmicrosoft.com&sandbox_consent=accept");
    QCOMPARE(accepted.status, 302);
    QVERIFY(!accepted.locationParameter(QStringLiteral("code")).isEmpty());
    QVERIFY(server.world().findServicePrincipal(fabrikam, kIsvAppId));
    QVERIFY(server.world().hasConsent(fabrikam, kIsvAppId,
                                      Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("owner"))));
}

void tst_SandboxAuthorize::thirdPartyClient_promptNone_redirectsConsentRequired()
{
    ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    Server server(options);
    addIsvPublicApp(server.world());
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.get(QStringLiteral("/fabrikam.onmicrosoft.com/oauth2/v2.0/authorize?") +
                   SandboxTestClient::authorizeQuery(kArmScope, kVerifier, kIsvAppId) + QStringLiteral("&prompt=none"));
    QCOMPARE(result.status, 302);
    QCOMPARE(result.locationParameter(QStringLiteral("error")), QStringLiteral("consent_required"));
    QVERIFY(result.locationParameter(QStringLiteral("error_description")).startsWith(QStringLiteral("AADSTS65001: ")));
    // Without prompt=none the auto-approved user consents and signs in.
    const HttpResult signedIn = client.get(QStringLiteral("/fabrikam.onmicrosoft.com/oauth2/v2.0/authorize?") +
                                           SandboxTestClient::authorizeQuery(kArmScope, kVerifier, kIsvAppId));
    QVERIFY(!signedIn.locationParameter(QStringLiteral("code")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxAuthorize)
#include "tst_sandboxauthorize.moc"
