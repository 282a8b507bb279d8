// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/server.h"

#include <QHttpServer>
#include <QJsonObject>

namespace CrossKey::Sandbox {

Server::Server(QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
{
    m_http->route(QStringLiteral("/sandbox/health"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
}

Server::~Server() = default;

bool Server::listen(quint16 port)
{
    const int bound = m_http->listen(QHostAddress(QHostAddress::LocalHost), port);
    if (bound <= 0) {
        return false;
    }
    m_port = quint16(bound);
    return true;
}

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

} // namespace CrossKey::Sandbox
