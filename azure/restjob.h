// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/restrequest.h"
#include "azure/restresponse.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkReply;

namespace CrossKey::Azure {

class RestPipeline;

// RestJob is one REST call through a RestPipeline, with all its attempts: token, send, retry after a
// throttle or a lost answer, one retry after a 401 with a refreshed or challenged token. It finishes exactly
// once, after start() returned, with the 2xx answer or the one error type, and deletes itself.
class RestJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestJob)

public:
    ~RestJob() override;

    const RestRequest &request() const { return m_request; }
    // How many times the request went out so far.
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const CrossKey::Azure::RestResult &result);

private:
    friend class RestPipeline;
    RestJob(RestPipeline *pipeline, RestRequest request);

    void begin();
    void acquireToken(bool forceRefresh, const QByteArray &claims);
    void sendAttempt();
    void readReply();
    // The tenant id in an InvalidAuthenticationTokenTenant message, or empty.
    static QString tenantNamedIn(const QString &message);
    void handleUnauthorized(int status, const ServiceError::Headers &headers, const QByteArray &body);
    bool retryLater(const QByteArray &retryAfter);
    AzureError errorFor(AzureError error, const ServiceError::Headers &headers = {}) const;
    QString vaultKey() const;
    void stopAttempt();
    void finish(const RestResult &result);
    void finishLater(const AzureError &error);

    RestPipeline *m_pipeline;
    RestRequest m_request;
    QString m_scope;
    QString m_tenant;
    QString m_token;
    QString m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QObject> m_tokenContext; // destroyed to drop a pending token answer
    QTimer m_timeout;
    QTimer m_backoff;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_refreshed = false;
    bool m_claimsAnswered = false;
    bool m_tenantSwitched = false;
    bool m_vaultChallenged = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
