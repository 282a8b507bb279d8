// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace CrossKey::Sandbox {

struct Answer;
struct Response;

// HttpFrontend takes every request Qt's HTTP server parses and answers it through one callback. Qt
// 6.4's router answers 404 for a wrong method and has no catch-all, so the sandbox dispatches itself
// (PLATFORM.md §3). The callback is synchronous; a delayed answer (latency, delay faults) waits on a
// timer with the responder in a shared_ptr and a QPointer to the socket, so a client that leaves
// mid-delay is skipped, never written to (Qt frees the socket, PLATFORM.md §3).
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<Answer(const QHttpServerRequest &)>;
    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);
    ~HttpFrontend() override;

    // Answers waiting for their delay (for tests).
    int pendingCount() const { return m_pending; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void write(const Response &answer, QHttpServerResponder &&responder);
    static void reset(QTcpSocket *socket);

    Handler m_handler;
    int m_pending = 0;
};

} // namespace CrossKey::Sandbox
