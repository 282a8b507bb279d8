// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/request.h"
#include "sandbox/response.h"
#include "sandbox/serveroptions.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace CrossKey::Sandbox {

class HttpFrontend;
class RequestLog;
class Service;
class SystemClock;
class TokenIssuer;
class TokenValidator;
class World;
struct ServiceContext;

// Server is the local Azure: one HTTP origin on the loopback interface that answers the way the
// identity platform, Graph, Resource Manager and Key Vault do. It links none of the product layers.
// Services are asked in order: /sandbox/ control, /metadata/, added services, identity platform.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(QObject *parent = nullptr);
    explicit Server(const ServerOptions &options, QObject *parent = nullptr);
    ~Server() override;

    // Empty unless the scenario is unknown or the state file could not be read or written.
    QString errorString() const { return m_error; }

    // Listens on 127.0.0.1 only; port 0 picks a free port. Returns false when the port is taken.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    // Services added here (Graph, Resource Manager, ...) are asked before the identity platform.
    void addService(std::unique_ptr<Service> service);
    ServiceContext &context() { return *m_context; }
    World &world();
    const TokenIssuer &tokenIssuer() const { return *m_issuer; }
    const TokenValidator &tokenValidator() const { return *m_validator; }
    const RequestLog &requestLog() const { return *m_log; }
    int requestCount() const;

    // Replaces the world with a fresh scenario; false when the name is unknown.
    bool reset(const QString &scenario);
    // Writes the state file now (no-op without --state); false on a write error.
    bool saveState();

    // Answers one request as if it came over HTTP (used by the front end and by tests).
    Response dispatch(Request request);

private:
    void start();
    void saveIfChanged();

    std::unique_ptr<SystemClock> m_systemClock;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<TokenIssuer> m_issuer;
    std::unique_ptr<TokenValidator> m_validator;
    std::unique_ptr<RequestLog> m_log;
    std::vector<std::unique_ptr<Service>> m_services;
    std::unique_ptr<HttpFrontend> m_http;
    quint16 m_port = 0;
    quint64 m_savedRevision = 0;
    QString m_error;
};

} // namespace CrossKey::Sandbox
