// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace CrossKey::Sandbox {

struct Request;
struct Response;

// HttpFrontend takes every request Qt's HTTP server parses and answers it synchronously through one
// callback. Qt 6.4's router answers 404 for a wrong method and has no catch-all, so the sandbox
// dispatches itself (PLATFORM.md §3).
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<Response(const QHttpServerRequest &)>;
    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace CrossKey::Sandbox
