// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/lrojob.h"

#include "azure/clock.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"

#include <QJsonObject>

namespace CrossKey::Azure {

LroJob::LroJob(RestPipeline *pipeline, RestRequest request, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_request(std::move(request))
{
    m_poll.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        ++m_polls;
        sendNext(RestRequest::get(m_request.service, m_pollUrl));
    });
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { finish(AzureError::timeout(m_request.url.path().section(QLatin1Char('/'), -1))); });
}

LroJob::~LroJob()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void LroJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    m_deadline.start(m_maxDuration);
    sendNext(m_request);
}

void LroJob::cancel()
{
    finish(AzureError::cancelled());
}

void LroJob::sendNext(const RestRequest &request)
{
    RestJob *job = m_pipeline->send(request);
    m_current = job;
    const bool initial = m_shape == Shape::None && m_polls == 0;
    connect(job, &RestJob::finished, this, [this, initial](const RestResult &result) {
        m_current = nullptr;
        if (initial) {
            readInitial(result);
        } else {
            readPoll(result);
        }
    });
    job->start();
}

void LroJob::readInitial(const RestResult &result)
{
    if (!result) {
        finish(result);
        return;
    }
    const RestResponse &response = result.value();
    // Shape 3 is about a write taking effect; a plain GET reports the resource as it is, whatever its state.
    const bool writes = m_request.method == "PUT" || m_request.method == "PATCH";
    const QByteArray asyncOperation = response.header("Azure-AsyncOperation");
    const QByteArray location = response.header("Location");
    const QString state = response.json.value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("provisioningState"))
                              .toString();
    if (!asyncOperation.isEmpty()) {
        m_shape = Shape::AsyncOperation;
        m_pollUrl = response.url.resolved(QUrl::fromEncoded(asyncOperation));
    } else if (response.status == 202 && !location.isEmpty()) {
        m_shape = Shape::Location;
        m_pollUrl = response.url.resolved(QUrl::fromEncoded(location));
    } else if (writes && !state.isEmpty() && !isTerminal(state)) {
        m_shape = Shape::ProvisioningState;
        m_pollUrl = m_request.url;
    } else if (writes && !state.isEmpty() && state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0) {
        finish(operationError(response, state));
        return;
    } else {
        finish(result);
        return;
    }
    schedule(response);
}

void LroJob::readPoll(const RestResult &result)
{
    if (!result) {
        finish(result);
        return;
    }
    const RestResponse &response = result.value();
    switch (m_shape) {
    case Shape::AsyncOperation: {
        const QString status = response.json.value(QStringLiteral("status")).toString();
        Q_EMIT progress(status);
        if (!isTerminal(status)) {
            schedule(response);
        } else if (status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0) {
            finish(operationError(response, status));
        } else if (m_request.method == "PUT" || m_request.method == "PATCH") {
            // §0 shape 1: the operation says done; the resource itself is read once more.
            m_shape = Shape::None;
            RestJob *job = m_pipeline->send(RestRequest::get(m_request.service, m_request.url));
            m_current = job;
            connect(job, &RestJob::finished, this, &LroJob::readFinalGet);
            job->start();
        } else {
            finish(result);
        }
        return;
    }
    case Shape::Location:
        Q_EMIT progress(response.status == 202 ? QStringLiteral("Accepted") : QStringLiteral("Succeeded"));
        if (response.status == 202) {
            schedule(response);
        } else {
            finish(result);
        }
        return;
    case Shape::ProvisioningState: {
        const QString state = response.json.value(QStringLiteral("properties"))
                                  .toObject()
                                  .value(QStringLiteral("provisioningState"))
                                  .toString();
        Q_EMIT progress(state);
        if (!isTerminal(state)) {
            schedule(response);
        } else if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0) {
            finish(operationError(response, state));
        } else {
            finish(result);
        }
        return;
    }
    case Shape::None:
        break;
    }
    finish(result);
}

void LroJob::readFinalGet(const RestResult &result)
{
    m_current = nullptr;
    finish(result);
}

void LroJob::schedule(const RestResponse &response)
{
    const auto retryAfter = RetryPolicy::parseRetryAfter(response.header("Retry-After"), m_pipeline->clock().now());
    const auto cap = m_pipeline->retryPolicy().maxRetryAfter;
    m_poll.start(retryAfter ? std::min(*retryAfter, cap) : m_interval);
}

bool LroJob::isTerminal(const QString &state)
{
    for (const char *terminal : {"Succeeded", "Failed", "Canceled"}) {
        if (state.compare(QLatin1String(terminal), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

AzureError LroJob::operationError(const RestResponse &response, const QString &state) const
{
    // The operation's body carries {"status":"Failed","error":{code,message}} (§0); without one, say the state.
    const QJsonObject error = response.json.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString(state);
    const QString message = error.value(QStringLiteral("message"))
                                .toString(tr("The operation on %1 ended as %2.").arg(m_request.url.path(), state));
    AzureError result = AzureError::service(response.status, code, message);
    for (const char *name : {"x-ms-request-id", "x-ms-correlation-request-id"}) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty()) {
            result.addRequestId(QString::fromLatin1(name), QString::fromLatin1(value));
        }
    }
    return result;
}

void LroJob::finish(const RestResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_poll.stop();
    m_deadline.stop();
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
        m_current = nullptr;
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace CrossKey::Azure
