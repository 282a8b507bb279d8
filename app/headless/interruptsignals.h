// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace CrossKey::App::Headless {

// InterruptSignals turns SIGINT (Ctrl+C) and SIGTERM into a Qt signal through a self-pipe, so that
// `crosskey run` can cancel the step in flight and save its progress instead of dying halfway. The handler
// only writes one byte; the work happens in the event loop. Elsewhere than on Unix it does nothing.
class InterruptSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptSignals)

public:
    explicit InterruptSignals(QObject *parent = nullptr);
    ~InterruptSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace CrossKey::App::Headless
