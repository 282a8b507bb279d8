// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/azurestepjob.h"

namespace CrossKey::Wizard {

AzureStepJob::AzureStepJob(QObject *parent)
    : StepJob(parent)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        auto next = std::move(m_afterPause);
        m_afterPause = {};
        reportResumed();
        if (next && !isFinished()) {
            next();
        }
    });
}

void AzureStepJob::pause(std::chrono::milliseconds delay, const QString &reason, const QDateTime &until,
                         std::function<void()> next)
{
    m_afterPause = std::move(next);
    reportWaiting(reason, until);
    m_pause.start(delay);
}

void AzureStepJob::doCancel()
{
    // A call cancelled here may report its (cancelled) result at once; the chain must not go on from it.
    m_cancelling = true;
    m_pause.stop();
    m_afterPause = {};
    if (auto cancelCurrent = std::move(m_cancelCurrent)) {
        m_cancelCurrent = {};
        cancelCurrent();
    }
}

} // namespace CrossKey::Wizard
