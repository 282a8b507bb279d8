// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/accesstoken.h"
#include "azure/account.h"
#include "azure/cloud.h"
#include "azure/storedaccount.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace CrossKey::Azure {

class AccessTokenJob;
class Clock;
class IdentityRequestJob;
class TokenStore;
struct SignInRequest;
struct TokenResponse;

// AccountSession owns one signed-in account (one tenant of one cloud) and hands out its access tokens for
// Graph, Resource Manager and Key Vault scopes through the refresh token (CONTRACTS.md §1.4). Access tokens
// stay in memory until five minutes before expiry on the injected Clock; concurrent requests for one scope
// share one refresh; every refresh token the service returns replaces the stored one in the TokenStore.
// `invalid_grant` means the refresh token is dead: the session forgets it and reports signInRequired().
// A claims challenge (§1.8) is a request with `claims`, never answered from the cache. Sign-out removes the
// TokenStore entry and every token in memory. Tokens never reach the log (crosskey.azure.signin).
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    // MSAL's margin: a token this close to expiry is refreshed instead of used.
    static constexpr qint64 kRefreshMarginSeconds = 300;

    AccountSession(QNetworkAccessManager *network, TokenStore *store, const Clock &clock, Cloud cloud, Account account,
                   QString refreshToken, QObject *parent = nullptr);
    ~AccountSession() override;

    // The session of a finished sign-in: the account from its id token, its access token cached for the
    // request's scope, and the account saved in the store (storeWritten() reports how that went).
    static Result<AccountSession *> fromSignIn(QNetworkAccessManager *network, TokenStore *store, const Clock &clock,
                                               const SignInRequest &request, const TokenResponse &tokens,
                                               QObject *parent = nullptr);
    // A session from a stored account (no access token yet; the first request refreshes).
    static Result<AccountSession *> restore(QNetworkAccessManager *network, TokenStore *store, const Clock &clock,
                                            const Cloud &cloud, const StoredAccount &stored, QObject *parent = nullptr);

    const Account &account() const { return m_account; }
    const Cloud &cloud() const { return m_cloud; }
    // False after sign-out or once the refresh token was refused.
    bool isSignedIn() const { return !m_refreshToken.isEmpty(); }
    // Client capabilities sent as claims on every token request; {"cp1"} by default: RestPipeline answers the
    // CAE claims challenges that declaring it makes Resource Manager and Graph send (§1.8).
    void setClientCapabilities(const QStringList &capabilities) { m_capabilities = capabilities; }

    // A job for an access token for `scope` ("https://vault.azure.net/.default"); `claims` is the JSON of a
    // claims challenge (ClaimsChallenge::decode()), or empty. `forceRefresh` skips the cache, for a token the
    // service just refused with 401 (CONTRACTS.md §0: retry 401 only after a refresh).
    AccessTokenJob *accessToken(const QString &scope, const QByteArray &claims = {}, bool forceRefresh = false);
    // Forgets every token now and removes the stored account; signedOut() follows.
    void signOut();

    // Whether `error` from the token endpoint means the user must sign in interactively again.
    static bool needsSignIn(const AzureError &error);

Q_SIGNALS:
    void signInRequired(const CrossKey::Azure::AzureError &error);
    // After each write of the (rotated) refresh token; an error here means it lives in memory only.
    void storeWritten(const CrossKey::Azure::TokenStoreResult &result);
    void signedOut(const CrossKey::Azure::TokenStoreResult &result);

private:
    friend class AccessTokenJob;

    struct Refresh
    {
        QPointer<IdentityRequestJob> request;
        QList<QPointer<AccessTokenJob>> waiters;
    };

    void serve(AccessTokenJob *job);
    void startRefresh(const QString &key, const QString &scope, const QByteArray &claims);
    void finishRefresh(const QString &key, const QString &scope, const AccessTokenResult &result);
    void adopt(const TokenResponse &tokens, const QString &scope);
    void writeStore();
    AzureError signedOutError() const;

    QNetworkAccessManager *m_network;
    TokenStore *m_store;
    const Clock &m_clock;
    Cloud m_cloud;
    Account m_account;
    QString m_refreshToken;
    QStringList m_capabilities{QStringLiteral("cp1")};
    QHash<QString, AccessToken> m_cache; // by scope
    QHash<QString, Refresh> m_refreshes; // by scope + claims
};

} // namespace CrossKey::Azure
