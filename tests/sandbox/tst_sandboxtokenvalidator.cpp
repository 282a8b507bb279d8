// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/jwt.h"
#include "sandbox/manualclock.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/tokenvalidator.h"
#include "sandbox/world.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QString kIsv = QStringLiteral("contosoisv.onmicrosoft.com");

Request withToken(const QString &token)
{
    Request request = Request::make("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"));
    if (!token.isNull()) {
        request.headers.append({"Authorization", "Bearer " + token.toLatin1()});
    }
    return request;
}

QString errorCode(const Response &response)
{
    return QJsonDocument::fromJson(response.body).object()[QStringLiteral("error")][QStringLiteral("code")].toString();
}
} // namespace

class tst_SandboxTokenValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void validArmToken_givesCaller();
    void missingHeader_armAnswersAuthenticationFailed();
    void missingHeader_graphAnswersInvalidAuthenticationToken();
    void expired_armAnswersExpiredAuthenticationToken();
    void wrongAudience_isRejected();
    void graph_acceptsPublicAndOwnGraphAudiences_data();
    void graph_acceptsPublicAndOwnGraphAudiences();
    void wrongTenant_armAnswersInvalidAuthenticationTokenTenant();
    void tamperedSignature_isRejected();
    void keyVault_challengeNamesAuthorityAndResource();

private:
    QString token(const QString &scope);
    ManualClock m_clock;
    std::unique_ptr<Server> m_server;
};

void tst_SandboxTokenValidator::init()
{
    m_clock.set(QDateTime::currentDateTimeUtc());
    ServerOptions options;
    options.clock = &m_clock;
    m_server = std::make_unique<Server>(options);
    QVERIFY(m_server->listen());
}

QString tst_SandboxTokenValidator::token(const QString &scope)
{
    SandboxTestClient client(m_server->baseUrl());
    const QString code = client.signIn(kIsv, QStringLiteral("support@contosoisv.onmicrosoft.com"),
                                       QStringLiteral("openid offline_access ") + scope, kVerifier);
    return client.redeem(kIsv, code, kVerifier).json()[QStringLiteral("access_token")].toString();
}

void tst_SandboxTokenValidator::validArmToken_givesCaller()
{
    const TokenValidator::Outcome outcome = m_server->tokenValidator().validate(
        withToken(token(QStringLiteral("https://management.core.windows.net//.default"))),
        ResourceKind::ResourceManager, Scenarios::tenantId(QStringLiteral("contosoisv")));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.caller->userPrincipalName, QStringLiteral("support@contosoisv.onmicrosoft.com"));
    QCOMPARE(outcome.caller->objectId, Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("support")));
    QCOMPARE(outcome.caller->clientId, KnownIds::azureCliClientId);
    QCOMPARE(outcome.caller->scopes, QStringList{QStringLiteral("user_impersonation")});
    QCOMPARE(outcome.caller->directoryRoles, QStringList{KnownIds::directoryReadersRole});
    QVERIFY(!outcome.caller->isApplication);
}

void tst_SandboxTokenValidator::missingHeader_armAnswersAuthenticationFailed()
{
    const TokenValidator::Outcome outcome =
        m_server->tokenValidator().validate(withToken(QString()), ResourceKind::ResourceManager);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure.status, 401);
    QCOMPARE(errorCode(outcome.failure), QStringLiteral("AuthenticationFailed"));
    QVERIFY(outcome.failure.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));
}

void tst_SandboxTokenValidator::missingHeader_graphAnswersInvalidAuthenticationToken()
{
    const TokenValidator::Outcome outcome =
        m_server->tokenValidator().validate(withToken(QString()), ResourceKind::Graph);
    QCOMPARE(outcome.failure.status, 401);
    QCOMPARE(errorCode(outcome.failure), QStringLiteral("InvalidAuthenticationToken"));
    const QJsonObject error =
        QJsonDocument::fromJson(outcome.failure.body).object()[QStringLiteral("error")].toObject();
    QVERIFY(error[QStringLiteral("innerError")].toObject().contains(QStringLiteral("request-id")));
    QVERIFY(outcome.failure.header("WWW-Authenticate").contains("client_id=\"00000003-0000-0000-c000-000000000000\""));
}

void tst_SandboxTokenValidator::expired_armAnswersExpiredAuthenticationToken()
{
    const QString armToken = token(QStringLiteral("https://management.azure.com/.default"));
    m_clock.advance(3601);
    const TokenValidator::Outcome outcome =
        m_server->tokenValidator().validate(withToken(armToken), ResourceKind::ResourceManager);
    QCOMPARE(outcome.failure.status, 401);
    QCOMPARE(errorCode(outcome.failure), QStringLiteral("ExpiredAuthenticationToken"));
}

void tst_SandboxTokenValidator::wrongAudience_isRejected()
{
    const TokenValidator::Outcome outcome = m_server->tokenValidator().validate(
        withToken(token(QStringLiteral("https://graph.microsoft.com/.default"))), ResourceKind::ResourceManager);
    QCOMPARE(outcome.failure.status, 401);
    QCOMPARE(errorCode(outcome.failure), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(outcome.failure.body.contains("wrong audience"));
}

void tst_SandboxTokenValidator::graph_acceptsPublicAndOwnGraphAudiences_data()
{
    QTest::addColumn<QString>("resource");
    QTest::newRow("public") << QStringLiteral("https://graph.microsoft.com");
    QTest::newRow("ownOrigin") << QStringLiteral("{sandbox}");
    QTest::newRow("ownOriginWithSlash") << QStringLiteral("{sandbox}/");
}

void tst_SandboxTokenValidator::graph_acceptsPublicAndOwnGraphAudiences()
{
    // The sandbox's metadata names its own origin as Microsoft Graph (microsoftGraphResourceId).
    QFETCH(QString, resource);
    resource.replace(QStringLiteral("{sandbox}"), m_server->baseUrl().toString(QUrl::StripTrailingSlash));
    const QString graphToken = token(resource + QStringLiteral("/.default"));
    QVERIFY(!graphToken.isEmpty());
    QCOMPARE(SandboxTestClient::claims(graphToken)[QStringLiteral("aud")].toString(), resource);
    const TokenValidator::Outcome outcome =
        m_server->tokenValidator().validate(withToken(graphToken), ResourceKind::Graph);
    QVERIFY(outcome.ok());
    QVERIFY(outcome.caller->scopes.contains(QStringLiteral("Application.ReadWrite.All")));
    QVERIFY(!m_server->tokenValidator().validate(withToken(graphToken), ResourceKind::ResourceManager).ok());
}

void tst_SandboxTokenValidator::wrongTenant_armAnswersInvalidAuthenticationTokenTenant()
{
    const TokenValidator::Outcome outcome = m_server->tokenValidator().validate(
        withToken(token(QStringLiteral("https://management.azure.com/.default"))), ResourceKind::ResourceManager,
        Scenarios::tenantId(QStringLiteral("fabrikam")));
    QCOMPARE(outcome.failure.status, 401);
    QCOMPARE(errorCode(outcome.failure), QStringLiteral("InvalidAuthenticationTokenTenant"));
}

void tst_SandboxTokenValidator::tamperedSignature_isRejected()
{
    const QString forged = Jwt::sign(
        SandboxTestClient::claims(token(QStringLiteral("https://management.azure.com/.default"))), "not the key");
    const TokenValidator::Outcome outcome =
        m_server->tokenValidator().validate(withToken(forged), ResourceKind::ResourceManager);
    QCOMPARE(outcome.failure.status, 401);
    QCOMPARE(errorCode(outcome.failure), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(!m_server->tokenValidator().validate(withToken(QStringLiteral("a.b")), ResourceKind::ResourceManager).ok());
}

void tst_SandboxTokenValidator::keyVault_challengeNamesAuthorityAndResource()
{
    const QString tenantId = Scenarios::tenantId(QStringLiteral("fabrikam"));
    const TokenValidator::Outcome outcome =
        m_server->tokenValidator().validate(withToken(QString()), ResourceKind::KeyVault, tenantId);
    QCOMPARE(outcome.failure.status, 401);
    const QByteArray challenge = outcome.failure.header("WWW-Authenticate");
    QVERIFY(challenge.contains(
        ("authorization=\"" + m_server->baseUrl().toString() + QLatin1Char('/') + tenantId + QLatin1Char('"'))
            .toLatin1()));
    QVERIFY(challenge.contains("resource=\"https://vault.azure.net\""));
}

QTEST_GUILESS_MAIN(tst_SandboxTokenValidator)
#include "tst_sandboxtokenvalidator.moc"
