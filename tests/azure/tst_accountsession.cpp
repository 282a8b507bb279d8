// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accesstokenjob.h"
#include "azure/accountsession.h"
#include "azure/claimschallenge.h"
#include "azure/devicecodesigninjob.h"
#include "azure/jwtclaims.h"
#include "azure/memorytokenstore.h"
#include "azure/scopes.h"
#include "azure/sessiontokensource.h"
#include "azure/signinrequest.h"
#include "sandbox/knownids.h"
#include "sandbox/requestlog.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/service.h"
#include "tests/azure/sandboxcloud.h"
#include "tests/azure/twinclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using Azure::AccessTokenJob;
using Azure::AccessTokenResult;
using Azure::AccountSession;
using Azure::AzureError;

namespace {

QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

// ctest turns crosskey.*.debug off through QT_LOGGING_RULES, which beats setFilterRules(); a filter does not.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void enableDebug(QLoggingCategory *category)
{
    if (g_previousFilter) {
        g_previousFilter(category);
    }
    const QByteArray name = category->categoryName();
    if (name.startsWith("crosskey.") || name.startsWith("qt.networkauth")) {
        category->setEnabled(QtDebugMsg, true);
    }
}

// Sees every token request before the identity platform answers it, and answers none.
class TokenRequestObserver final : public Sandbox::Service
{
public:
    explicit TokenRequestObserver(QList<Sandbox::FormBody> *seen)
        : m_seen(seen)
    {}
    QString name() const override { return QStringLiteral("observer"); }
    Sandbox::HeaderStyle headerStyle() const override { return Sandbox::HeaderStyle::Sandbox; }
    bool handles(const Sandbox::Request &request) const override
    {
        if (request.path.endsWith(QLatin1String("/oauth2/v2.0/token"))) {
            m_seen->append(request.form());
        }
        return false;
    }
    Sandbox::Response handle(const Sandbox::Request &) override { return Sandbox::Response::empty(500); }

private:
    QList<Sandbox::FormBody> *m_seen;
};

QString audienceOf(const QString &token)
{
    const auto claims = Azure::JwtClaims::parse(token.toUtf8());
    return claims ? claims.value().audience() : QString();
}

QString tenantOf(const QString &token)
{
    const auto claims = Azure::JwtClaims::parse(token.toUtf8());
    return claims ? claims.value().tenantId() : QString();
}

} // namespace

class tst_AccountSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void resourceSwitch_givesGraphArmAndVaultTokens();
    void cachedToken_isReusedUntilNearExpiryThenRefreshed();
    void tokenSource_forceRefreshReachesTheSession();
    void concurrentRequests_shareOneRefresh();
    void rotatedRefreshToken_isStored();
    void invalidGrant_asksForSignInAgain();
    void claimsChallenge_isSentAndBypassesTheCache();
    void signOut_removesStoredAndMemoryTokens();
    void twoTenants_signedInAtOnce();
    void restoredSession_refreshesOnFirstUse();
    void logs_neverContainTokens();

private:
    AccountSession *signIn(const QString &tenant);
    AccessTokenResult token(AccountSession *session, const QString &scope, const QByteArray &claims = {},
                            bool forceRefresh = false);
    std::optional<Azure::StoredAccount> stored(const QString &key);
    int tokenRequests() const { return int(m_seen.size()); }

    QNetworkAccessManager m_network;
    Tests::TwinClock m_clock;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Azure::MemoryTokenStore> m_store;
    QList<Sandbox::FormBody> m_seen;
    Azure::Cloud m_cloud;
    QList<QPointer<AccountSession>> m_sessions;
};

void tst_AccountSession::initTestCase()
{
    qRegisterMetaType<AccessTokenResult>();
    qRegisterMetaType<Azure::TokenResult>();
    qRegisterMetaType<Azure::TokenStoreResult>();
    qRegisterMetaType<AzureError>();
}

void tst_AccountSession::init()
{
    Sandbox::ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    options.clock = &m_clock;
    m_sandbox = std::make_unique<Sandbox::Server>(options);
    m_sandbox->addService(std::make_unique<TokenRequestObserver>(&m_seen));
    QVERIFY(m_sandbox->listen(0));
    m_cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(m_cloud.isValid());
    m_store = std::make_unique<Azure::MemoryTokenStore>();
    m_seen.clear();
}

void tst_AccountSession::cleanup()
{
    for (const auto &session : std::as_const(m_sessions)) {
        delete session.data();
    }
    m_sessions.clear();
    m_sandbox.reset();
}

AccountSession *tst_AccountSession::signIn(const QString &tenant)
{
    Azure::SignInRequest request;
    request.cloud = m_cloud;
    request.tenant = tenant;
    request.clientId = Sandbox::KnownIds::azureCliClientId;
    auto *job = new Azure::DeviceCodeSignInJob(&m_network, m_clock, request);
    job->setSecondLength(std::chrono::milliseconds(1));
    QSignalSpy finished(job, &Azure::DeviceCodeSignInJob::finished);
    job->start();
    if (!finished.wait(10000)) {
        return nullptr;
    }
    const auto tokens = finished.first().first().value<Azure::TokenResult>();
    if (!tokens) {
        return nullptr;
    }
    auto session = AccountSession::fromSignIn(&m_network, m_store.get(), m_clock, request, tokens.value());
    if (!session) {
        return nullptr;
    }
    m_sessions.append(session.value());
    QSignalSpy written(session.value(), &AccountSession::storeWritten);
    written.wait(5000);
    return session.value();
}

AccessTokenResult tst_AccountSession::token(AccountSession *session, const QString &scope, const QByteArray &claims,
                                            bool forceRefresh)
{
    AccessTokenJob *job = session->accessToken(scope, claims, forceRefresh);
    QSignalSpy finished(job, &AccessTokenJob::finished);
    job->start();
    if (!finished.wait(10000)) {
        return AzureError::timeout(QStringLiteral("test"));
    }
    return finished.first().first().value<AccessTokenResult>();
}

std::optional<Azure::StoredAccount> tst_AccountSession::stored(const QString &key)
{
    Azure::TokenStoreJob *job = m_store->read(key);
    QSignalSpy finished(job, &Azure::TokenStoreJob::finished);
    job->start();
    if (!finished.wait(5000)) {
        return std::nullopt;
    }
    const auto result = finished.first().first().value<Azure::TokenStoreResult>();
    return result ? result.value() : std::nullopt;
}

void tst_AccountSession::resourceSwitch_givesGraphArmAndVaultTokens()
{
    AccountSession *session = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    QVERIFY(session);
    QCOMPARE(session->account().tenantId, Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")));
    for (const QString &scope : {m_cloud.graphScope(), m_cloud.armScope(), m_cloud.keyVaultScope()}) {
        const AccessTokenResult result = token(session, scope);
        QVERIFY(result.hasValue());
        QCOMPARE(audienceOf(result.value().token), Azure::Scopes::resourceOf(scope));
    }
    // The sign-in's ARM token was cached: only Graph and Key Vault needed a refresh.
    QCOMPARE(tokenRequests(), 3);
    QCOMPARE(m_seen.last().value(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QVERIFY(m_seen.last().value(QStringLiteral("scope")).contains(m_cloud.keyVaultScope()));
    QVERIFY(!m_seen.last().contains(QStringLiteral("client_secret")));
}

void tst_AccountSession::cachedToken_isReusedUntilNearExpiryThenRefreshed()
{
    AccountSession *session = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    QVERIFY(session);
    const int afterSignIn = tokenRequests();
    const AccessTokenResult first = token(session, m_cloud.armScope());
    QVERIFY(first.hasValue());
    m_clock.advance(3000); // 10 minutes left: still used
    const AccessTokenResult second = token(session, m_cloud.armScope());
    QCOMPARE(second.value().token, first.value().token);
    QCOMPARE(tokenRequests(), afterSignIn);

    m_clock.advance(400); // 3 minutes left, inside the 5-minute margin: refreshed
    const AccessTokenResult third = token(session, m_cloud.armScope());
    QVERIFY(third.hasValue());
    QVERIFY(third.value().token != first.value().token);
    QCOMPARE(tokenRequests(), afterSignIn + 1);
    QCOMPARE(third.value().expiresAt, m_clock.now().addSecs(3600));

    // A token the service refused (401) is refreshed even though the cache still holds it.
    const AccessTokenResult forced = token(session, m_cloud.armScope(), {}, true);
    QVERIFY(forced.hasValue());
    QVERIFY(forced.value().token != third.value().token);
    QCOMPARE(tokenRequests(), afterSignIn + 2);
    QCOMPARE(token(session, m_cloud.armScope()).value().token, forced.value().token);
}

void tst_AccountSession::tokenSource_forceRefreshReachesTheSession()
{
    // The pipeline asks SessionTokenSource with forceRefresh after a 401; the cached token must not come back.
    AccountSession *session = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    QVERIFY(session);
    const AccessTokenResult cached = token(session, m_cloud.armScope());
    QVERIFY(cached.hasValue());
    const int before = tokenRequests();
    Azure::SessionTokenSource source(session);
    QObject context;
    std::optional<AccessTokenResult> answer;
    source.requestToken({m_cloud.armScope(), {}, {}, true}, &context,
                        [&answer](const AccessTokenResult &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->hasValue());
    QVERIFY(answer->value().token != cached.value().token);
    QCOMPARE(tokenRequests(), before + 1);
}

void tst_AccountSession::concurrentRequests_shareOneRefresh()
{
    AccountSession *session = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    QVERIFY(session);
    const int before = tokenRequests();
    QList<AccessTokenJob *> jobs;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (int i = 0; i < 3; ++i) {
        jobs.append(session->accessToken(m_cloud.keyVaultScope()));
        spies.append(std::make_shared<QSignalSpy>(jobs.last(), &AccessTokenJob::finished));
    }
    jobs.at(1)->start();
    jobs.at(0)->start();
    jobs.at(2)->start();
    jobs.at(2)->cancel(); // one caller gives up; the others still get the token
    for (const auto &spy : spies) {
        QTRY_COMPARE(spy->count(), 1);
    }
    QCOMPARE(tokenRequests(), before + 1);
    const auto tokenOf = [](const QSignalSpy &spy) { return spy.first().first().value<AccessTokenResult>(); };
    QVERIFY(tokenOf(*spies.at(0)).hasValue());
    QCOMPARE(tokenOf(*spies.at(0)).value().token, tokenOf(*spies.at(1)).value().token);
    QVERIFY(tokenOf(*spies.at(2)).error().isCancelled());
}

void tst_AccountSession::rotatedRefreshToken_isStored()
{
    AccountSession *session = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    QVERIFY(session);
    const auto initial = stored(session->account().key());
    QVERIFY(initial);
    QVERIFY(!initial->refreshToken.isEmpty());
    QCOMPARE(initial->account.value(QStringLiteral("tenantId")).toString(), session->account().tenantId);

    QSignalSpy written(session, &AccountSession::storeWritten);
    QVERIFY(token(session, m_cloud.graphScope()).hasValue());
    QTRY_COMPARE(written.count(), 1);
    const auto rotated = stored(session->account().key());
    QVERIFY(rotated);
    QVERIFY(rotated->refreshToken != initial->refreshToken);
    // The next refresh uses the rotated token.
    QVERIFY(token(session, m_cloud.keyVaultScope()).hasValue());
    QCOMPARE(m_seen.last().value(QStringLiteral("refresh_token")), rotated->refreshToken);
}

void tst_AccountSession::invalidGrant_asksForSignInAgain()
{
    AccountSession *session = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    QVERIFY(session);
    QSignalSpy required(session, &AccountSession::signInRequired);
    m_clock.advance(91 * 24 * 3600); // past the refresh token's 90 days
    const AccessTokenResult result = token(session, m_cloud.graphScope());
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().innerCode(), QStringLiteral("invalid_grant"));
    QVERIFY(AccountSession::needsSignIn(result.error()));
    QCOMPARE(required.count(), 1);
    QVERIFY(!session->isSignedIn());

    const int before = tokenRequests();
    const AccessTokenResult again = token(session, m_cloud.armScope());
    QCOMPARE(again.error().code(), QStringLiteral("SignInRequired"));
    QCOMPARE(tokenRequests(), before);
}

void tst_AccountSession::claimsChallenge_isSentAndBypassesTheCache()
{
    AccountSession *session = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    QVERIFY(session);
    session->setClientCapabilities({QStringLiteral("cp1")});
    const AccessTokenResult cached = token(session, m_cloud.armScope());
    QVERIFY(cached.hasValue());
    const int before = tokenRequests();

    // ARM's CAE challenge from CONTRACTS.md §1.8.
    const auto claims = Azure::ClaimsChallenge::decode(
        "eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwMzc0MjgwMCJ9fX0=");
    QVERIFY(claims.hasValue());
    const AccessTokenResult challenged = token(session, m_cloud.armScope(), claims.value());
    QVERIFY(challenged.hasValue());
    QVERIFY(challenged.value().token != cached.value().token);
    QCOMPARE(tokenRequests(), before + 1);
    const QJsonObject sent = QJsonDocument::fromJson(m_seen.last().value(QStringLiteral("claims")).toUtf8()).object();
    const QJsonObject access = sent.value(QStringLiteral("access_token")).toObject();
    QCOMPARE(access.value(QStringLiteral("nbf")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("1603742800"));
    QCOMPARE(access.value(QStringLiteral("xms_cc")).toObject().value(QStringLiteral("values")).toArray(),
             QJsonArray{QStringLiteral("cp1")});
}

void tst_AccountSession::signOut_removesStoredAndMemoryTokens()
{
    AccountSession *session = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    QVERIFY(session);
    QCOMPARE(m_store->size(), 1);
    QSignalSpy signedOut(session, &AccountSession::signedOut);
    session->signOut();
    QTRY_COMPARE(signedOut.count(), 1);
    QCOMPARE(m_store->size(), 0);
    QVERIFY(!stored(session->account().key()));
    QVERIFY(!session->isSignedIn());
    const int before = tokenRequests();
    const AccessTokenResult cached = token(session, m_cloud.armScope());
    QCOMPARE(cached.error().code(), QStringLiteral("SignInRequired"));
    QCOMPARE(tokenRequests(), before);
}

void tst_AccountSession::twoTenants_signedInAtOnce()
{
    AccountSession *isv = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    AccountSession *customer = signIn(QStringLiteral("fabrikam.onmicrosoft.com"));
    QVERIFY(isv && customer);
    QCOMPARE(m_store->size(), 2);
    QVERIFY(isv->account().key() != customer->account().key());

    const AccessTokenResult isvGraph = token(isv, m_cloud.graphScope());
    const AccessTokenResult customerVault = token(customer, m_cloud.keyVaultScope());
    QCOMPARE(tenantOf(isvGraph.value().token), Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")));
    QCOMPARE(tenantOf(customerVault.value().token), Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")));
    QVERIFY(m_seen.last().value(QStringLiteral("refresh_token")) !=
            m_seen.at(m_seen.size() - 2).value(QStringLiteral("refresh_token")));

    QSignalSpy signedOut(isv, &AccountSession::signedOut);
    isv->signOut();
    QTRY_COMPARE(signedOut.count(), 1);
    QCOMPARE(m_store->size(), 1);
    QVERIFY(token(customer, m_cloud.graphScope()).hasValue());
}

void tst_AccountSession::restoredSession_refreshesOnFirstUse()
{
    AccountSession *original = signIn(QStringLiteral("fabrikam.onmicrosoft.com"));
    QVERIFY(original);
    const auto entry = stored(original->account().key());
    QVERIFY(entry);

    // The next start of the program: only the stored entry is left.
    auto restored = AccountSession::restore(&m_network, m_store.get(), m_clock, m_cloud, *entry);
    QVERIFY(restored.hasValue());
    m_sessions.append(restored.value());
    QCOMPARE(restored.value()->account(), original->account());
    const int before = tokenRequests();
    const AccessTokenResult arm = token(restored.value(), m_cloud.armScope());
    QVERIFY(arm.hasValue());
    QCOMPARE(tenantOf(arm.value().token), Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")));
    QCOMPARE(tokenRequests(), before + 1);
    QCOMPARE(m_seen.last().value(QStringLiteral("refresh_token")), entry->refreshToken);

    const Azure::StoredAccount unreadable{QStringLiteral("rt"), QJsonObject{{QStringLiteral("tenantId"), 5}}};
    QCOMPARE(AccountSession::restore(&m_network, m_store.get(), m_clock, m_cloud, unreadable).error().kind(),
             AzureError::Kind::Keychain);
}

void tst_AccountSession::logs_neverContainTokens()
{
    g_previousFilter = QLoggingCategory::installFilter(enableDebug);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    AccountSession *session = signIn(QStringLiteral("contosoisv.onmicrosoft.com"));
    QStringList secrets;
    if (session) {
        for (const QString &scope : {m_cloud.graphScope(), m_cloud.keyVaultScope()}) {
            const AccessTokenResult result = token(session, scope);
            if (result) {
                secrets.append(result.value().token);
            }
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(g_previousFilter);
    QVERIFY(session);
    QCOMPARE(secrets.size(), 2);
    const auto entry = stored(session->account().key());
    QVERIFY(entry);
    secrets.append(entry->refreshToken);
    for (const Sandbox::FormBody &form : std::as_const(m_seen)) {
        secrets.append(form.value(QStringLiteral("refresh_token")));
        secrets.append(form.value(QStringLiteral("device_code")));
    }
    secrets.removeAll(QString());
    const QString all = g_messages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("refresh token rotated")));
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY2(!all.contains(secret.left(20)), qPrintable(secret.left(4)));
    }
}

QTEST_GUILESS_MAIN(tst_AccountSession)
#include "tst_accountsession.moc"
