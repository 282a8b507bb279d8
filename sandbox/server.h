// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/answer.h"
#include "sandbox/request.h"
#include "sandbox/response.h"
#include "sandbox/serveroptions.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace CrossKey::Sandbox {

class FaultInjector;
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
    // With ServerOptions::tlsCertificateFile/tlsKeyFile it serves HTTPS and baseUrl() is https.
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
    // Fault rules (also /sandbox/faults): sandbox.faults().throttleNext(2).
    FaultInjector &faults() { return *m_faults; }
    bool isTls() const { return m_tls; }
    // Answers waiting for added latency or a delay fault.
    int pendingAnswerCount() const;
    int requestCount() const;

    // Replaces the world with a fresh scenario; false when the name is unknown.
    bool reset(const QString &scenario);
    // Writes the state file now (no-op without --state); false on a write error.
    bool saveState();

    // Answers one request as if it came over HTTP (used by tests): faults apply, but a reset or hang
    // gives status 0 and no delay is waited for.
    Response dispatch(Request request);
    // The same with how the front end delivers it: at once, after added latency or a delay fault,
    // as a reset connection, or never (a hang).
    Answer answer(Request request);

private:
    void start();
    void saveIfChanged();

    std::unique_ptr<SystemClock> m_systemClock;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<TokenIssuer> m_issuer;
    std::unique_ptr<TokenValidator> m_validator;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<FaultInjector> m_faults;
    std::vector<std::unique_ptr<Service>> m_services;
    std::unique_ptr<HttpFrontend> m_http;
    quint16 m_port = 0;
    bool m_tls = false;
    quint64 m_savedRevision = 0;
    QString m_error;
};

} // namespace CrossKey::Sandbox
