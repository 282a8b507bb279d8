// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace CrossKey::Sandbox {

// Server is the local Azure: one HTTP origin on the loopback interface that answers the way the
// identity platform, Graph, Resource Manager and Key Vault do. It links none of the product layers.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port. Returns false when the port is taken.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

private:
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
};

} // namespace CrossKey::Sandbox
