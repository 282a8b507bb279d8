// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accountsession.h"

#include "azure/accesstokenjob.h"
#include "azure/claimschallenge.h"
#include "azure/clock.h"
#include "azure/identityendpoints.h"
#include "azure/identityrequestjob.h"
#include "azure/scopes.h"
#include "azure/signinlog.h"
#include "azure/signinrequest.h"
#include "azure/tokenresponse.h"
#include "azure/tokenstore.h"

namespace CrossKey::Azure {

namespace {

QString oauthError(const AzureError &error)
{
    return error.innerCode().isEmpty() ? error.code() : error.innerCode();
}

} // namespace

AccountSession::AccountSession(QNetworkAccessManager *network, TokenStore *store, const Clock &clock, Cloud cloud,
                               Account account, QString refreshToken, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_clock(clock)
    , m_cloud(std::move(cloud))
    , m_account(std::move(account))
    , m_refreshToken(std::move(refreshToken))
{}

AccountSession::~AccountSession()
{
    for (Refresh &refresh : m_refreshes) {
        if (refresh.request) {
            refresh.request->disconnect(this);
            refresh.request->cancel();
        }
        for (const QPointer<AccessTokenJob> &waiter : std::as_const(refresh.waiters)) {
            if (waiter) {
                waiter->finishLater(AzureError::cancelled());
            }
        }
    }
}

Result<AccountSession *> AccountSession::fromSignIn(QNetworkAccessManager *network, TokenStore *store,
                                                    const Clock &clock, const SignInRequest &request,
                                                    const TokenResponse &tokens, QObject *parent)
{
    const Result<Account> account = Account::fromTokens(request.cloud.accountKey(), request.clientId, tokens);
    if (!account) {
        return account.error();
    }
    auto *session =
        new AccountSession(network, store, clock, request.cloud, account.value(), tokens.refreshToken, parent);
    session->adopt(tokens, request.resourceScope());
    if (session->isSignedIn()) {
        session->writeStore();
    }
    return session;
}

Result<AccountSession *> AccountSession::restore(QNetworkAccessManager *network, TokenStore *store, const Clock &clock,
                                                 const Cloud &cloud, const StoredAccount &stored, QObject *parent)
{
    const Result<Account> account = Account::fromJson(stored.account);
    if (!account) {
        return account.error();
    }
    return new AccountSession(network, store, clock, cloud, account.value(), stored.refreshToken, parent);
}

bool AccountSession::needsSignIn(const AzureError &error)
{
    // §1.6: a dead or revoked grant, or a policy (MFA, claims) that needs the user in the browser.
    const QString code = oauthError(error);
    return error.kind() == AzureError::Kind::SignIn &&
           (code == QLatin1String("invalid_grant") || code == QLatin1String("interaction_required") ||
            code == QLatin1String("login_required") || code == QLatin1String("consent_required"));
}

AccessTokenJob *AccountSession::accessToken(const QString &scope, const QByteArray &claims, bool forceRefresh)
{
    return new AccessTokenJob(this, scope, claims, forceRefresh);
}

void AccountSession::serve(AccessTokenJob *job)
{
    if (!isSignedIn()) {
        job->finishLater(signedOutError());
        return;
    }
    const QString scope = job->m_scope;
    const QByteArray claims = ClaimsChallenge::withCapabilities(job->m_claims, m_capabilities);
    if (job->m_claims.isEmpty() && !job->m_forceRefresh) {
        const auto cached = m_cache.constFind(scope);
        if (cached != m_cache.cend() && m_clock.now().addSecs(kRefreshMarginSeconds) < cached->expiresAt) {
            job->finishLater(*cached);
            return;
        }
    }
    const QString key = scope + QLatin1Char('\n') + QString::fromUtf8(job->m_claims);
    m_refreshes[key].waiters.append(job);
    if (!m_refreshes[key].request) {
        startRefresh(key, scope, claims);
    }
}

void AccountSession::startRefresh(const QString &key, const QString &scope, const QByteArray &claims)
{
    // §1.4: one resource per request; Qt 6.4's refresh would send no scope and an empty client_secret.
    IdentityRequestJob::Form form{{QStringLiteral("client_id"), m_account.clientId},
                                  {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("refresh_token"), m_refreshToken},
                                  {QStringLiteral("scope"), Scopes::withOpenId(scope)}};
    if (!claims.isEmpty()) {
        form.append({QStringLiteral("claims"), QString::fromUtf8(claims)}); // §1.8
    }
    auto *request =
        new IdentityRequestJob(m_network, IdentityEndpoints::token(m_cloud, m_account.tenantId), form, this);
    m_refreshes[key].request = request;
    connect(request, &IdentityRequestJob::finished, this, [this, key, scope](const JsonObjectResult &result) {
        if (!result) {
            finishRefresh(key, scope, result.error());
            return;
        }
        const TokenResult tokens = TokenResponse::fromJson(result.value());
        if (!tokens) {
            finishRefresh(key, scope, tokens.error());
            return;
        }
        adopt(tokens.value(), scope);
        finishRefresh(key, scope, m_cache.value(scope));
    });
    qCDebug(lcSignIn).noquote() << "refreshing" << scope << "for" << m_account.key() << "with"
                                << SignInLog::redacted(m_refreshToken) << (claims.isEmpty() ? "" : "and claims");
    request->start();
}

void AccountSession::finishRefresh(const QString &key, const QString &scope, const AccessTokenResult &result)
{
    const Refresh refresh = m_refreshes.take(key);
    if (!result) {
        qCInfo(lcSignIn).noquote() << "refresh of" << scope << "failed:" << result.error().summary();
        if (oauthError(result.error()) == QLatin1String("invalid_grant")) {
            // The refresh token is expired or revoked (§1.6: 70008, 700082, 50173): only a new sign-in helps.
            m_refreshToken.clear();
            m_cache.clear();
        }
        if (needsSignIn(result.error())) {
            Q_EMIT signInRequired(result.error());
        }
    }
    for (const QPointer<AccessTokenJob> &waiter : refresh.waiters) {
        if (waiter) {
            waiter->finish(result);
        }
    }
}

void AccountSession::adopt(const TokenResponse &tokens, const QString &scope)
{
    const AccessToken token{tokens.accessToken, scope, m_clock.now().addSecs(tokens.expiresIn)};
    m_cache.insert(scope, token);
    qCDebug(lcSignIn).noquote() << "access token for" << scope << SignInLog::redacted(tokens.accessToken) << "until"
                                << token.expiresAt.toString(Qt::ISODate);
    // §1.4: always keep the newest refresh token; the old one is not revoked, but may expire sooner.
    if (!tokens.refreshToken.isEmpty() && tokens.refreshToken != m_refreshToken) {
        qCDebug(lcSignIn).noquote() << "refresh token rotated to" << SignInLog::redacted(tokens.refreshToken);
        m_refreshToken = tokens.refreshToken;
        writeStore();
    }
}

void AccountSession::writeStore()
{
    if (!m_store) {
        return;
    }
    TokenStoreJob *job = m_store->write(m_account.key(), StoredAccount{m_refreshToken, m_account.toJson()});
    connect(job, &TokenStoreJob::finished, this, &AccountSession::storeWritten);
    job->start();
}

void AccountSession::signOut()
{
    qCInfo(lcSignIn).noquote() << "signing out" << m_account.key();
    m_refreshToken.clear();
    m_cache.clear();
    const auto refreshes = std::exchange(m_refreshes, {});
    for (const Refresh &refresh : refreshes) {
        if (refresh.request) {
            refresh.request->disconnect(this);
            refresh.request->cancel();
        }
        for (const QPointer<AccessTokenJob> &waiter : refresh.waiters) {
            if (waiter) {
                waiter->finish(signedOutError());
            }
        }
    }
    if (!m_store) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT signedOut(std::optional<StoredAccount>()); }, Qt::QueuedConnection);
        return;
    }
    TokenStoreJob *job = m_store->remove(m_account.key());
    connect(job, &TokenStoreJob::finished, this, &AccountSession::signedOut);
    job->start();
}

AzureError AccountSession::signedOutError() const
{
    AzureError error(AzureError::Kind::SignIn, tr("%1 is not signed in.").arg(m_account.username),
                     tr("Sign in to this tenant again."));
    error.setCode(QStringLiteral("SignInRequired"));
    return error;
}

} // namespace CrossKey::Azure
