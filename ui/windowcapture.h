// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>
#include <QWidget>

namespace CrossKey::Ui {

// WindowCapture shows a window at a fixed size, waits on single-shot timers until it is exposed
// and laid out, grabs it and saves it as a PNG: the documentation screenshots. No nested event loop.
class WindowCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowCapture)

public:
    WindowCapture(QWidget *window, QString fileName, QSize size, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // `message` says what was saved, or why nothing was.
    void finished(bool saved, const QString &message);

private:
    void poll();
    void capture();

    QPointer<QWidget> m_window;
    QString m_fileName;
    QSize m_size;
    QTimer m_timer;
    int m_attempts = 0;
};

} // namespace CrossKey::Ui
