// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/restrequest.h"
#include "azure/restresponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace CrossKey::Azure {

class RestJob;
class RestPipeline;

// LroJob is one Resource Manager long-running operation (CONTRACTS.md §0 "LRO") in any of its three shapes:
// Azure-AsyncOperation polled until Succeeded/Failed/Canceled (then the resource is read again for PUT/PATCH),
// 202 + Location polled until it stops answering 202, and provisioningState polled on the resource. Polls wait
// Retry-After, else pollInterval(); a plain GET is never polled. It finishes once with the final answer or the
// operation's error, and deletes itself; cancel() stops polling (Azure carries on with the operation).
class LroJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LroJob)

public:
    LroJob(RestPipeline *pipeline, RestRequest request, QObject *parent = nullptr);
    ~LroJob() override;

    void setPollInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    // The whole operation's limit; Timeout after it.
    void setMaxDuration(std::chrono::milliseconds duration) { m_maxDuration = duration; }
    int polls() const { return m_polls; }

    void start();
    void cancel();

Q_SIGNALS:
    // The operation's status as Azure reports it ("InProgress", "Accepted", "Creating"…) after each poll.
    void progress(const QString &status);
    void finished(const CrossKey::Azure::RestResult &result);

private:
    enum class Shape
    {
        None,
        AsyncOperation,
        Location,
        ProvisioningState,
    };

    void sendNext(const RestRequest &request);
    void readInitial(const RestResult &result);
    void readPoll(const RestResult &result);
    void readFinalGet(const RestResult &result);
    void schedule(const RestResponse &response);
    static bool isTerminal(const QString &state);
    AzureError operationError(const RestResponse &response, const QString &state) const;
    void finish(const RestResult &result);

    RestPipeline *m_pipeline;
    RestRequest m_request;
    Shape m_shape = Shape::None;
    QUrl m_pollUrl;
    QPointer<RestJob> m_current;
    QTimer m_poll;
    QTimer m_deadline;
    std::chrono::milliseconds m_interval{2000};
    std::chrono::milliseconds m_maxDuration{30 * 60 * 1000};
    int m_polls = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
