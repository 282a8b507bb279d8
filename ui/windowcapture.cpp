// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowcapture.h"

#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QScreen>
#include <QWindow>

namespace CrossKey::Ui {

namespace {

constexpr int kPollMs = 50;
constexpr int kMaxAttempts = 200; // ten seconds
constexpr int kSettleMs = 300;    // after exposure: let layouts, fonts and the first paint finish

} // namespace

WindowCapture::WindowCapture(QWidget *window, QString fileName, QSize size, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(std::move(fileName))
    , m_size(size)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WindowCapture::poll);
}

void WindowCapture::start()
{
    if (!m_window) {
        Q_EMIT finished(false, tr("There is no window to capture."));
        return;
    }
    m_window->setFixedSize(m_size);
    m_window->show();
    // Keep the pointer off the window, or the control under it is captured with a hover highlight.
    if (QScreen *screen = m_window->screen()) {
        const QRect frame = m_window->frameGeometry();
        const QRect available = screen->geometry();
        QPoint away = available.bottomRight();
        if (frame.contains(away)) {
            away = available.topRight();
        }
        QCursor::setPos(screen, away);
    }
    m_attempts = 0;
    m_timer.start(0);
}

void WindowCapture::poll()
{
    if (!m_window) {
        Q_EMIT finished(false, tr("The window was closed before it could be captured."));
        return;
    }
    const QWindow *handle = m_window->windowHandle();
    if (handle && handle->isExposed()) {
        QTimer::singleShot(kSettleMs, this, &WindowCapture::capture);
        return;
    }
    if (++m_attempts >= kMaxAttempts) {
        Q_EMIT finished(false, tr("The window was never shown on screen; is a display available?"));
        return;
    }
    m_timer.start(kPollMs);
}

void WindowCapture::capture()
{
    if (!m_window) {
        Q_EMIT finished(false, tr("The window was closed before it could be captured."));
        return;
    }
    const QPixmap pixmap = m_window->grab();
    const QFileInfo info(m_fileName);
    if (pixmap.isNull()) {
        Q_EMIT finished(false, tr("The window could not be grabbed."));
        return;
    }
    if (!QDir().mkpath(info.absolutePath()) || !pixmap.save(m_fileName, "PNG")) {
        Q_EMIT finished(false, tr("Could not write %1.").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return;
    }
    Q_EMIT finished(true, tr("Saved %1.").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
}

} // namespace CrossKey::Ui
