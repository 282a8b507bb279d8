// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/httpfrontend.h"

#include "sandbox/response.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>

namespace CrossKey::Sandbox {

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Response answer = m_handler(request);
    QHttpServerResponse response(answer.contentType, answer.body, QHttpServerResponse::StatusCode(answer.status));
    for (const auto &header : answer.headers) {
        response.addHeader(header.first, header.second);
    }
    response.write(makeResponder(request, socket));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace CrossKey::Sandbox
