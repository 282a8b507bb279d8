// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"
#include "azure/restrequest.h"
#include "azure/retrypolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace CrossKey::Azure {

class Clock;
class RestJob;
class TokenSource;

// RestPipeline owns how CrossKey talks to Resource Manager, Graph and Key Vault (CONTRACTS.md §0, §1.8): the
// bearer token for the request's service, a fresh client request id per attempt, the User-Agent, timeouts,
// retries with backoff honouring Retry-After, one token refresh on 401, claims and Key Vault challenges, a
// body size cap, at most maxInFlight() requests at once (the rest wait in order) and cancelling them all.
// A token is only ever sent to the cloud's own endpoint for that service, and redirects are never followed.
// Jobs live in the pipeline's thread and report there; they are children of the pipeline.
class RestPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestPipeline)

public:
    RestPipeline(QNetworkAccessManager *network, const Clock &clock, Cloud cloud, TokenSource *tokens,
                 QObject *parent = nullptr);
    ~RestPipeline() override;

    // A job for one call; connect to finished() and start() it.
    RestJob *send(RestRequest request);
    // Cancels every running and waiting job; each finishes with Cancelled.
    void cancelAll();

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    int maxInFlight() const { return m_maxInFlight; }
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds defaultTimeout() const { return m_timeout; }
    // Answers larger than this are refused (a misdirected download must not fill memory).
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setUserAgent(const QString &userAgent) { m_userAgent = userAgent; }
    QString userAgent() const { return m_userAgent; }

    int runningCount() const { return int(m_running.size()); }
    int waitingCount() const { return int(m_waiting.size()); }

    QNetworkAccessManager *network() const { return m_network; }
    const Clock &clock() const { return m_clock; }
    const Cloud &cloud() const { return m_cloud; }
    TokenSource *tokenSource() const { return m_tokens; }

    // The token scope for a request, checked against the cloud's endpoints: Resource Manager and Graph only at
    // their own origin, Key Vault only on a host with the cloud's vault or Managed HSM suffix (empty scope: the
    // scope comes from the vault's challenge, §1.8). InvalidInput for any other URL, so no token leaves the cloud.
    // Storage (the blob data plane) only on {account}.blob.{the cloud's storage suffix} over https, or on a custom
    // cloud's Resource Manager origin under /blob/ (the sandbox's form).
    Result<QString> scopeFor(const RestRequest &request) const;
    bool isStorageEndpoint(const QUrl &url) const;
    static QString storageScope();
    // Whether a Key Vault challenge's authority and resource are this cloud's (§1.8); the tenant on success.
    Result<QString> checkKeyVaultChallenge(const QString &authorization, const QString &scope) const;

    static QString defaultUserAgent();

    // What a vault's challenge said (§1.8), remembered per vault host so later calls carry a token at once.
    struct VaultChallenge
    {
        QString scope;
        QString tenantId;
    };
    void rememberVaultChallenge(const QString &host, const VaultChallenge &challenge);
    std::optional<VaultChallenge> vaultChallenge(const QString &host) const;

private:
    friend class RestJob;
    void enqueue(RestJob *job);
    void release(RestJob *job);
    void pump();

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    Cloud m_cloud;
    TokenSource *m_tokens;
    RetryPolicy m_retry;
    int m_maxInFlight = 8;
    std::chrono::milliseconds m_timeout{60000};
    qint64 m_maxBodyBytes = 16 * 1024 * 1024;
    QString m_userAgent;
    QList<QPointer<RestJob>> m_running;
    QList<QPointer<RestJob>> m_waiting;
    QHash<QString, VaultChallenge> m_vaultChallenges; // by lower-case host:port
};

} // namespace CrossKey::Azure
