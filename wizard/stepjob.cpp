// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/stepjob.h"

namespace CrossKey::Wizard {

StepJob::StepJob(QObject *parent)
    : QObject(parent)
{}

void StepJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    doStart();
}

void StepJob::cancel()
{
    if (m_finished) {
        return;
    }
    doCancel();
    finish(StepOutcome::failed(Azure::AzureError::cancelled()));
}

void StepJob::finish(const StepOutcome &outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(outcome);
    deleteLater();
}

void StepJob::reportWaiting(const QString &reason, const QDateTime &until)
{
    if (!m_finished) {
        Q_EMIT waiting(reason, until);
    }
}

void StepJob::reportResumed()
{
    if (!m_finished) {
        Q_EMIT resumed();
    }
}

} // namespace CrossKey::Wizard
