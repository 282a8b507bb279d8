// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace CrossKey::Tests {

// RawHttpServer answers each connection's first request with the next scripted bytes, verbatim, and closes.
// Only for protocol garbage the sandbox cannot produce: HTML, cut-off bodies, redirects, challenges.
class RawHttpServer final : public QObject
{
public:
    explicit RawHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // The answers, in order; the last one repeats.
    void script(QList<QByteArray> answers) { m_answers = std::move(answers); }
    // The request heads received so far.
    const QList<QByteArray> &requests() const { return m_requests; }

    static QByteArray answer(int status, const QByteArray &headers, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + headers +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        m_buffers.remove(socket);
        m_requests.append(head);
        const QByteArray reply = m_answers.isEmpty()    ? answer(500, {}, {})
                                 : m_answers.size() > 1 ? m_answers.takeFirst()
                                                        : m_answers.first();
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<QByteArray> m_answers;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace CrossKey::Tests
