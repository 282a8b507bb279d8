// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/manualclock.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandboxtestclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QString kIsv = QStringLiteral("contosoisv.onmicrosoft.com");
const QString kUser = QStringLiteral("admin@contosoisv.onmicrosoft.com");
const QString kArm = QStringLiteral("https://management.azure.com/.default");
const QString kToken = QStringLiteral("/contosoisv.onmicrosoft.com/oauth2/v2.0/token");

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toLatin1();
}
} // namespace

// The control endpoints that end or question a user's sign-in: revoke-sessions and claims-challenge.
class tst_SandboxSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void revokeSessions_refusesOlderRefreshTokensWith50173();
    void revokeSessions_unknownUser_is404();
    void claimsChallenge_armRefusesOlderTokenAndAcceptsTokenWithClaims();
    void claimsChallenge_graphAnswersInsufficientClaims();
    void claimsChallenge_otherUserAndDelete_areUnaffected();
    void claimsChallenge_unknownService_is400();

private:
    QJsonObject signIn(const QString &scope);
    HttpResult refresh(const QString &refreshToken, const QString &scope, const QString &claims = {});
    QByteArray decodedClaims(const HttpResult &challenge) const;

    ManualClock m_clock;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxSessions::init()
{
    m_clock.set(QDateTime::currentDateTimeUtc());
    ServerOptions options;
    options.clock = &m_clock;
    m_server = std::make_unique<Server>(options);
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

QJsonObject tst_SandboxSessions::signIn(const QString &scope)
{
    const QString code = m_client->signIn(kIsv, kUser, QStringLiteral("openid offline_access ") + scope, kVerifier);
    return m_client->redeem(kIsv, code, kVerifier).json();
}

HttpResult tst_SandboxSessions::refresh(const QString &refreshToken, const QString &scope, const QString &claims)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("client_id"), KnownIds::azureCliClientId},
                                        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("refresh_token"), refreshToken},
                                        {QStringLiteral("scope"), scope}};
    if (!claims.isEmpty()) {
        form.append({QStringLiteral("claims"), claims});
    }
    return m_client->postForm(kToken, form);
}

QByteArray tst_SandboxSessions::decodedClaims(const HttpResult &challenge) const
{
    const QByteArray header = challenge.header("WWW-Authenticate");
    const qsizetype start = header.indexOf("claims=\"");
    if (start < 0) {
        return {};
    }
    const qsizetype from = start + 8;
    return QByteArray::fromBase64(header.mid(from, header.indexOf('"', from) - from));
}

void tst_SandboxSessions::revokeSessions_refusesOlderRefreshTokensWith50173()
{
    const QString refreshToken = signIn(kArm)[QStringLiteral("refresh_token")].toString();
    QVERIFY(!refreshToken.isEmpty());
    const HttpResult revoked = m_client->send("POST", QStringLiteral("/sandbox/users/%1/revoke-sessions").arg(kUser));
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json()[QStringLiteral("revokedRefreshTokens")].toInt(), 1);

    const HttpResult refused = refresh(refreshToken, kArm);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(refused.json()[QStringLiteral("error_codes")].toArray().first().toInt(), 50173);
    QVERIFY(refused.json()[QStringLiteral("error_description")].toString().startsWith(
        QStringLiteral("AADSTS50173: The provided grant has expired due to it being revoked")));

    // A new sign-in, even in the same second, gets a working refresh token again.
    const QString fresh = signIn(kArm)[QStringLiteral("refresh_token")].toString();
    QCOMPARE(refresh(fresh, kArm).status, 200);
}

void tst_SandboxSessions::revokeSessions_unknownUser_is404()
{
    const HttpResult result = m_client->send("POST", QStringLiteral("/sandbox/users/nobody@nowhere/revoke-sessions"));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("UserNotFound"));
    QCOMPARE(m_client->get(QStringLiteral("/sandbox/users/%1/revoke-sessions").arg(kUser)).status, 405);
}

void tst_SandboxSessions::claimsChallenge_armRefusesOlderTokenAndAcceptsTokenWithClaims()
{
    const QJsonObject tokens = signIn(kArm);
    const QString old = tokens[QStringLiteral("access_token")].toString();
    const QString subscriptions = QStringLiteral("/subscriptions?api-version=2022-12-01");
    QCOMPARE(m_client->get(subscriptions, {{"Authorization", bearer(old)}}).status, 200);
    QCOMPARE(
        m_client->send("POST", QStringLiteral("/sandbox/users/%1/claims-challenge?service=resourcemanager").arg(kUser))
            .status,
        200);

    const HttpResult challenged = m_client->get(subscriptions, {{"Authorization", bearer(old)}});
    QCOMPARE(challenged.status, 401);
    const QByteArray header = challenged.header("WWW-Authenticate");
    QVERIFY2(header.contains("error=\"invalid_token\""), header.constData());
    const QJsonObject claims = QJsonDocument::fromJson(decodedClaims(challenged)).object();
    const QJsonObject nbf = claims[QStringLiteral("access_token")][QStringLiteral("nbf")].toObject();
    QVERIFY(nbf[QStringLiteral("essential")].toBool());
    QVERIFY(!nbf[QStringLiteral("value")].toString().isEmpty());

    // A refresh without the claims in the same second still predates the event; with them it passes.
    const QString refreshToken = tokens[QStringLiteral("refresh_token")].toString();
    const QString plain = refresh(refreshToken, kArm).json()[QStringLiteral("access_token")].toString();
    QCOMPARE(m_client->get(subscriptions, {{"Authorization", bearer(plain)}}).status, 401);
    const HttpResult answered = refresh(refreshToken, kArm, QString::fromUtf8(decodedClaims(challenged)));
    QCOMPARE(answered.status, 200);
    const QString renewed = answered.json()[QStringLiteral("access_token")].toString();
    QCOMPARE(m_client->get(subscriptions, {{"Authorization", bearer(renewed)}}).status, 200);
    // Graph was not challenged.
    const QString graph = refresh(refreshToken, QStringLiteral("https://graph.microsoft.com/.default"))
                              .json()[QStringLiteral("access_token")]
                              .toString();
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/organization"), {{"Authorization", bearer(graph)}}).status, 200);
}

void tst_SandboxSessions::claimsChallenge_graphAnswersInsufficientClaims()
{
    const QString graph =
        signIn(QStringLiteral("https://graph.microsoft.com/.default"))[QStringLiteral("access_token")].toString();
    QCOMPARE(m_client->send("POST", QStringLiteral("/sandbox/users/%1/claims-challenge").arg(kUser)).status, 200);
    const HttpResult challenged =
        m_client->get(QStringLiteral("/v1.0/organization"), {{"Authorization", bearer(graph)}});
    QCOMPARE(challenged.status, 401);
    QVERIFY(challenged.header("WWW-Authenticate").contains("error=\"insufficient_claims\""));
    QVERIFY(challenged.header("WWW-Authenticate").contains("client_id=\"00000003-0000-0000-c000-000000000000\""));
    QCOMPARE(challenged.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(!decodedClaims(challenged).isEmpty());
}

void tst_SandboxSessions::claimsChallenge_otherUserAndDelete_areUnaffected()
{
    const QString old = signIn(kArm)[QStringLiteral("access_token")].toString();
    const QString subscriptions = QStringLiteral("/subscriptions?api-version=2022-12-01");
    QCOMPARE(
        m_client->send("POST", QStringLiteral("/sandbox/users/support@contosoisv.onmicrosoft.com/claims-challenge"))
            .status,
        200);
    QCOMPARE(m_client->get(subscriptions, {{"Authorization", bearer(old)}}).status, 200);
    QCOMPARE(m_client->send("POST", QStringLiteral("/sandbox/users/%1/claims-challenge").arg(kUser)).status, 200);
    QCOMPARE(m_client->get(subscriptions, {{"Authorization", bearer(old)}}).status, 401);
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/sandbox/users/%1/claims-challenge").arg(kUser)).status, 204);
    QCOMPARE(m_client->get(subscriptions, {{"Authorization", bearer(old)}}).status, 200);
}

void tst_SandboxSessions::claimsChallenge_unknownService_is400()
{
    const HttpResult result =
        m_client->send("POST", QStringLiteral("/sandbox/users/%1/claims-challenge?service=keyvault").arg(kUser));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("InvalidService"));
}

QTEST_GUILESS_MAIN(tst_SandboxSessions)
#include "tst_sandboxsessions.moc"
