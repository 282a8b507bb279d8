// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/stepjob.h"

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace CrossKey::Wizard {

// AzureStepJob is a StepJob made of a chain of Azure calls, one at a time. await() starts a call (any azure/
// job with start(), cancel() and finished(result)) and hands its result to the next link of the chain;
// pause() waits on a timer, reported as waiting, never blocking. cancel() cancels whatever is in flight, so
// a cancelled step sends nothing more. Subclasses start the chain in doStart() and end it with finish().
class AzureStepJob : public StepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzureStepJob)

public:
    explicit AzureStepJob(QObject *parent = nullptr);

protected:
    template<typename Job, typename Handler>
    void await(Job *job, Handler handler)
    {
        QPointer<Job> guarded(job);
        m_cancelCurrent = [guarded] {
            if (guarded) {
                guarded->cancel();
            }
        };
        connect(job, &Job::finished, this, [this, handler = std::move(handler)](const auto &result) {
            m_cancelCurrent = {};
            if (!isFinished() && !m_cancelling) {
                handler(result);
            }
        });
        job->start();
    }

    // Waits `delay`, saying why (and until when, if known), then goes on with `next`.
    void pause(std::chrono::milliseconds delay, const QString &reason, const QDateTime &until,
               std::function<void()> next);

    void fail(const Azure::AzureError &error) { finish(StepOutcome::failed(error)); }

    void doCancel() override;

private:
    std::function<void()> m_cancelCurrent;
    QTimer m_pause;
    std::function<void()> m_afterPause;
    bool m_cancelling = false;
};

} // namespace CrossKey::Wizard
