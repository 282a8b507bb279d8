// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/restjob.h"

#include "azure/bearerchallenge.h"
#include "azure/claimschallenge.h"
#include "azure/clock.h"
#include "azure/httplog.h"
#include "azure/restpipeline.h"
#include "azure/tokensource.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUuid>

namespace CrossKey::Azure {

namespace {

// Graph names it client-request-id, Resource Manager and Key Vault x-ms-client-request-id (CONTRACTS.md §0).
QByteArray clientRequestIdHeader(RestRequest::Service service)
{
    return service == RestRequest::Service::Graph ? QByteArrayLiteral("client-request-id")
                                                  : QByteArrayLiteral("x-ms-client-request-id");
}

QByteArray headerOf(const ServiceError::Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

} // namespace

RestJob::RestJob(RestPipeline *pipeline, RestRequest request)
    : QObject(pipeline)
    , m_pipeline(pipeline)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply) {
            m_reply->abort(); // readReply() reports the timeout
        }
    });
    connect(&m_backoff, &QTimer::timeout, this, [this] {
        if (m_scope.isEmpty()) {
            sendAttempt();
        } else {
            acquireToken(false, {});
        }
    });
}

RestJob::~RestJob()
{
    stopAttempt();
}

void RestJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    m_pipeline->enqueue(this);
}

void RestJob::cancel()
{
    if (m_finished) {
        return;
    }
    qCInfo(lcHttp) << m_request.method << HttpLog::redactedUrl(m_request.url) << "cancelled";
    finish(AzureError::cancelled());
}

void RestJob::begin()
{
    const auto scope = m_pipeline->scopeFor(m_request);
    if (!scope) {
        qCWarning(lcHttp) << "refused" << m_request.method << HttpLog::redactedUrl(m_request.url);
        finishLater(scope.error());
        return;
    }
    m_scope = scope.value();
    if (m_request.service == RestRequest::Service::KeyVault) {
        // A vault that challenged before gets its token at once; should it challenge again (another vault on
        // the same host, another tenant), that challenge is still answered once below.
        if (const auto known = m_pipeline->vaultChallenge(vaultKey())) {
            m_scope = known->scope;
            m_tenant = known->tenantId;
        }
    }
    // Key Vault's scope and tenant come from its first answer's challenge, so that call goes without a token.
    if (m_scope.isEmpty() || !m_pipeline->tokenSource()) {
        sendAttempt();
    } else {
        acquireToken(false, {});
    }
}

void RestJob::acquireToken(bool forceRefresh, const QByteArray &claims)
{
    m_tokenContext = std::make_unique<QObject>();
    TokenSource::Request tokenRequest{m_scope, m_tenant, claims, forceRefresh};
    QPointer<RestJob> self(this);
    m_pipeline->tokenSource()->requestToken(tokenRequest, m_tokenContext.get(), [self](const AccessTokenResult &token) {
        if (!self || self->m_finished) {
            return;
        }
        if (!token) {
            self->finish(token.error());
            return;
        }
        self->m_token = token.value().token;
        self->sendAttempt();
    });
}

void RestJob::sendAttempt()
{
    if (m_finished) {
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QNetworkRequest request(m_request.url);
    // A redirect could lead the bearer token off the cloud: report it instead (§1.8).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_pipeline->userAgent().toUtf8());
    request.setRawHeader(clientRequestIdHeader(m_request.service), m_clientRequestId.toLatin1());
    if (!m_request.body.isEmpty()) {
        request.setRawHeader("Content-Type", "application/json");
    }
    if (!m_token.isEmpty() && !m_scope.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    }
    for (const auto &[name, value] : m_request.headers) {
        request.setRawHeader(name, value);
    }
    qCInfo(lcHttp).noquote() << m_request.method << HttpLog::redactedUrl(m_request.url) << "attempt" << m_attempts
                             << clientRequestIdHeader(m_request.service) << m_clientRequestId << "Authorization"
                             << HttpLog::redactedHeader("Authorization", request.rawHeader("Authorization"));

    m_reply = m_pipeline->network()->sendCustomRequest(request, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        const qint64 cap = m_pipeline->maxBodyBytes();
        if ((received > cap || total > cap) && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &RestJob::readReply);
    const auto timeout = m_request.timeout.count() > 0 ? m_request.timeout : m_pipeline->defaultTimeout();
    m_timeout.start(timeout);
}

void RestJob::readReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished) {
        return;
    }
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const ServiceError::Headers headers = reply->rawHeaderPairs();
    const QByteArray body = m_tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
    const bool lost = reply->error() != QNetworkReply::NoError && (status == 0 || (status >= 200 && status < 300));
    qCInfo(lcHttp).noquote() << m_request.method << HttpLog::redactedUrl(m_request.url) << "->" << status
                             << reply->errorString() << "x-ms-request-id" << headerOf(headers, "x-ms-request-id")
                             << "request-id" << headerOf(headers, "request-id");

    if (m_tooLarge) {
        finish(errorFor(AzureError(AzureError::Kind::InvalidResponse, tr("The answer from %1 was larger than %2 bytes.")
                                                                          .arg(m_request.url.host())
                                                                          .arg(m_pipeline->maxBodyBytes())),
                        headers));
        return;
    }
    if (lost) {
        // No answer, a cut-off answer or our own timeout: resend only what may safely run twice.
        if (m_request.isIdempotent() && retryLater({})) {
            return;
        }
        if (m_timedOut) {
            finish(errorFor(AzureError::timeout(m_request.url.host()), headers));
        } else {
            finish(errorFor(
                AzureError(AzureError::Kind::Network,
                           tr("No complete answer from %1: %2").arg(m_request.url.host(), reply->errorString())),
                headers));
        }
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl target = m_request.url.resolved(QUrl::fromEncoded(headerOf(headers, "Location")));
        finish(errorFor(AzureError(AzureError::Kind::InvalidResponse,
                                   tr("%1 redirected the request to %2; CrossKey does not follow redirects.")
                                       .arg(m_request.url.host(), target.host()))
                            .setHttpStatus(status),
                        headers));
        return;
    }
    if (status == 401) {
        handleUnauthorized(status, headers, body);
        return;
    }
    if (RetryPolicy::isRetryableStatus(status)) {
        if ((status == 429 || m_request.isIdempotent()) && retryLater(headerOf(headers, "Retry-After"))) {
            return;
        }
        finish(ServiceError::fromReply(m_request.service, status, headers, body));
        return;
    }
    if (status < 200 || status >= 300) {
        finish(ServiceError::fromReply(m_request.service, status, headers, body));
        return;
    }
    RestResponse response{status, m_request.url, headers, body, {}};
    // A blob's content is whatever was stored: only the JSON services' answers are parsed.
    if (!body.trimmed().isEmpty() && m_request.service != RestRequest::Service::Storage) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isObject()) {
            finish(errorFor(AzureError(AzureError::Kind::InvalidResponse,
                                       tr("%1 answered with something that is not a JSON object (%2).")
                                           .arg(ServiceError::serviceName(m_request.service),
                                                QString::fromLatin1(headerOf(headers, "Content-Type"))))
                                .setHttpStatus(status),
                            headers));
            return;
        }
        response.json = document.object();
    }
    finish(response);
}

QString RestJob::tenantNamedIn(const QString &message)
{
    // "… Please use the authority (URL) 'https://login.windows.net/{tid}' to get the token. …"
    static const QRegularExpression authority(QStringLiteral("authority \\(URL\\) '([^']+)'"));
    const QRegularExpressionMatch match = authority.match(message);
    if (!match.hasMatch()) {
        return {};
    }
    const QString tenant = QUrl(match.captured(1)).path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    return QUuid::fromString(tenant).isNull() ? QString() : tenant.toLower();
}

void RestJob::handleUnauthorized(int status, const ServiceError::Headers &headers, const QByteArray &body)
{
    const BearerChallenge challenge = BearerChallenge::parse(headerOf(headers, "WWW-Authenticate"));
    const bool hasAuthority =
        challenge.has(QStringLiteral("authorization")) || challenge.has(QStringLiteral("authorization_uri"));
    const bool vaultChallenge = m_request.service == RestRequest::Service::KeyVault && hasAuthority &&
                                (challenge.has(QStringLiteral("scope")) || challenge.has(QStringLiteral("resource")));
    if (m_pipeline->tokenSource() && vaultChallenge && !m_vaultChallenged) {
        // §1.8: prefer `scope`; else `resource` + "/.default". Check both against the cloud before any token.
        m_vaultChallenged = true;
        const QString scope = challenge.has(QStringLiteral("scope"))
                                  ? challenge.value(QStringLiteral("scope"))
                                  : challenge.value(QStringLiteral("resource")) + QStringLiteral("/.default");
        const QString authority = challenge.has(QStringLiteral("authorization"))
                                      ? challenge.value(QStringLiteral("authorization"))
                                      : challenge.value(QStringLiteral("authorization_uri"));
        const auto tenant = m_pipeline->checkKeyVaultChallenge(authority, scope);
        if (!tenant) {
            finish(errorFor(tenant.error(), headers));
            return;
        }
        const bool sameAsBefore = !m_token.isEmpty() && m_scope == scope && m_tenant == tenant.value();
        m_scope = scope;
        m_tenant = tenant.value();
        m_pipeline->rememberVaultChallenge(vaultKey(), {m_scope, m_tenant});
        m_refreshed = sameAsBefore; // the same challenge for a refused token: refresh once, no more
        acquireToken(sameAsBefore, {});
        return;
    }
    if (m_pipeline->tokenSource() && !m_scope.isEmpty() && !m_tenantSwitched &&
        m_request.service == RestRequest::Service::ResourceManager) {
        // CONTRACTS.md §0: the subscription belongs to another tenant than the token's; the message
        // names that tenant's authority. Ask once for a token of that tenant (the source fails with a
        // sign-in error naming it when nobody is signed in there).
        const AzureError error = ServiceError::fromReply(m_request.service, status, headers, body);
        const QString tenant = error.code() == QLatin1String("InvalidAuthenticationTokenTenant")
                                   ? tenantNamedIn(error.message())
                                   : QString();
        if (!tenant.isEmpty() && tenant.compare(m_tenant, Qt::CaseInsensitive) != 0) {
            m_tenantSwitched = true;
            m_tenant = tenant;
            acquireToken(false, {});
            return;
        }
    }
    if (m_pipeline->tokenSource() && !m_scope.isEmpty() && challenge.has(QStringLiteral("claims")) &&
        !m_claimsAnswered) {
        m_claimsAnswered = true;
        const auto claims = ClaimsChallenge::decode(challenge.value(QStringLiteral("claims")).toUtf8());
        if (!claims) {
            finish(errorFor(claims.error(), headers));
            return;
        }
        acquireToken(true, claims.value());
        return;
    }
    if (m_pipeline->tokenSource() && !m_scope.isEmpty() && !m_refreshed) {
        m_refreshed = true;
        acquireToken(true, {});
        return;
    }
    finish(ServiceError::fromReply(m_request.service, status, headers, body));
}

bool RestJob::retryLater(const QByteArray &retryAfter)
{
    const RetryPolicy &policy = m_pipeline->retryPolicy();
    if (m_retries >= policy.maxRetries) {
        return false;
    }
    ++m_retries;
    const auto delay = policy.delayFor(m_retries, retryAfter, m_pipeline->clock().now());
    qCInfo(lcHttp).noquote() << m_request.method << HttpLog::redactedUrl(m_request.url) << "retry" << m_retries << "in"
                             << delay.count() << "ms";
    m_backoff.start(delay);
    return true;
}

AzureError RestJob::errorFor(AzureError error, const ServiceError::Headers &headers) const
{
    for (const QByteArray &name : {QByteArrayLiteral("x-ms-request-id"), QByteArrayLiteral("request-id"),
                                   QByteArrayLiteral("x-ms-correlation-request-id")}) {
        const QByteArray value = headerOf(headers, name);
        if (!value.isEmpty()) {
            error.addRequestId(QString::fromLatin1(name), QString::fromLatin1(value));
        }
    }
    if (!m_clientRequestId.isEmpty()) {
        error.addRequestId(QString::fromLatin1(clientRequestIdHeader(m_request.service)), m_clientRequestId);
    }
    return error;
}

QString RestJob::vaultKey() const
{
    return m_request.url.host() + QLatin1Char(':') + QString::number(m_request.url.port(443));
}

void RestJob::stopAttempt()
{
    m_timeout.stop();
    m_backoff.stop();
    m_tokenContext.reset();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RestJob::finish(const RestResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    stopAttempt();
    m_pipeline->release(this);
    Q_EMIT finished(result);
    deleteLater();
}

void RestJob::finishLater(const AzureError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

} // namespace CrossKey::Azure
