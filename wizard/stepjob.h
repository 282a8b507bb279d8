// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/stepoutcome.h"

#include <QDateTime>
#include <QObject>

namespace CrossKey::Wizard {

// StepJob is one asynchronous check or apply of a step. It finishes exactly once, with the outcome
// in the signal, and deletes itself afterwards; cancel() makes it finish at once as cancelled.
class StepJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepJob)

public:
    explicit StepJob(QObject *parent = nullptr);

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // The job is waiting on something outside it (role propagation, consent, an operation).
    void waiting(const QString &reason, const QDateTime &until);
    // The wait is over; the job is working again.
    void resumed();
    void finished(const CrossKey::Wizard::StepOutcome &outcome);

protected:
    virtual void doStart() = 0;
    // Abort requests and stop timers; finish() must not be called from here.
    virtual void doCancel() {}

    void finish(const StepOutcome &outcome);
    void reportWaiting(const QString &reason, const QDateTime &until = {});
    void reportResumed();

private:
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Wizard
