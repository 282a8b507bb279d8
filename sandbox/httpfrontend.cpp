// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/httpfrontend.h"

#include "sandbox/answer.h"
#include "sandbox/response.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

namespace CrossKey::Sandbox {

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

// Pending timers are children: they go first, with their responders, before Qt's sockets.
HttpFrontend::~HttpFrontend() = default;

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Answer answer = m_handler(request);
    if (answer.delivery == Answer::Delivery::Hang) {
        return true; // no responder: Qt frees the socket when the client gives up
    }
    if (answer.delayMs <= 0) {
        if (answer.delivery == Answer::Delivery::Reset) {
            reset(socket);
        } else {
            write(answer.response, makeResponder(request, socket));
        }
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    ++m_pending;
    connect(timer, &QTimer::timeout, this,
            [this, timer, responder, guard, response = answer.response, delivery = answer.delivery]() mutable {
                --m_pending;
                timer->deleteLater();
                if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                    return; // the client left mid-delay
                }
                if (delivery == Answer::Delivery::Reset) {
                    reset(guard.data());
                } else {
                    write(response, std::move(*responder));
                }
            });
    timer->start(answer.delayMs);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

void HttpFrontend::write(const Response &answer, QHttpServerResponder &&responder)
{
    QHttpServerResponse response(answer.contentType, answer.body, QHttpServerResponse::StatusCode(answer.status));
    for (const auto &header : answer.headers) {
        response.addHeader(header.first, header.second);
    }
    response.write(std::move(responder));
}

void HttpFrontend::reset(QTcpSocket *socket)
{
#if defined(Q_OS_UNIX)
    // Linger 0 makes the close an RST, as a dropped connection looks to the client.
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger option{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    socket->abort();
}

} // namespace CrossKey::Sandbox
