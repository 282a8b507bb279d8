// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/server.h"

#include "sandbox/blobservice.h"
#include "sandbox/controlservice.h"
#include "sandbox/crosstenantexchange.h"
#include "sandbox/faultinjector.h"
#include "sandbox/faultresponse.h"
#include "sandbox/graphservice.h"
#include "sandbox/httpfrontend.h"
#include "sandbox/identityservice.h"
#include "sandbox/keyvaultservice.h"
#include "sandbox/metadataservice.h"
#include "sandbox/requestids.h"
#include "sandbox/requestlog.h"
#include "sandbox/resourcemanagerservice.h"
#include "sandbox/scenarioorigin.h"
#include "sandbox/scenarios.h"
#include "sandbox/service.h"
#include "sandbox/servicecontext.h"
#include "sandbox/serviceerror.h"
#include "sandbox/statefile.h"
#include "sandbox/systemclock.h"
#include "sandbox/tlsidentity.h"
#include "sandbox/tokenissuer.h"
#include "sandbox/tokenvalidator.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>

namespace CrossKey::Sandbox {

Q_LOGGING_CATEGORY(lcServer, "crosskey.sandbox.server")

Server::Server(QObject *parent)
    : Server(ServerOptions(), parent)
{}

Server::Server(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_systemClock(std::make_unique<SystemClock>())
    , m_context(std::make_unique<ServiceContext>())
    , m_log(std::make_unique<RequestLog>())
    , m_faults(std::make_unique<FaultInjector>())
{
    m_context->options = options;
    m_context->clock = options.clock ? options.clock : m_systemClock.get();
    // client_credentials with a client_assertion: a third-party app's federated credentials must
    // match it (CONTRACTS.md §1.6, §5); first-party clients keep taking any sandbox-signed assertion.
    m_context->assertionCheck = [](const QJsonObject &claims, const Application &client, const QString &) {
        return client.firstParty ? std::nullopt : CrossTenantExchange::matchCredential(claims, client);
    };
    m_issuer = std::make_unique<TokenIssuer>(*m_context);
    m_validator = std::make_unique<TokenValidator>(*m_context);
    m_services.push_back(std::make_unique<ControlService>(*this));
    m_services.push_back(std::make_unique<MetadataService>(*m_context));
    m_services.push_back(std::make_unique<IdentityService>(*m_context, *m_issuer));
    addService(std::make_unique<GraphService>(*m_context, *m_validator));
    addService(std::make_unique<ResourceManagerService>(*m_context, *m_validator));
    addService(std::make_unique<KeyVaultService>(*m_context, *m_validator));
    addService(std::make_unique<BlobService>(*m_context, *m_validator));
    m_http = std::make_unique<HttpFrontend>(
        [this](const QHttpServerRequest &request) { return answer(Request::fromHttp(request, m_context->now())); });
    start();
    if (m_error.isEmpty() && (!options.tlsCertificateFile.isEmpty() || !options.tlsKeyFile.isEmpty())) {
        QSslConfiguration tls;
        if (TlsIdentity::load(options.tlsCertificateFile, options.tlsKeyFile, &tls, &m_error)) {
            m_http->sslSetup(tls); // before listen() (PLATFORM.md §3)
            m_tls = true;
        }
    }
}

Server::~Server()
{
    saveIfChanged();
}

void Server::start()
{
    const QString stateFile = m_context->options.stateFile;
    if (!stateFile.isEmpty() && StateFile(stateFile).exists()) {
        if (!StateFile(stateFile).load(&m_context->world, &m_error)) {
            return;
        }
        m_savedRevision = m_context->world.revision();
        return;
    }
    if (!Scenarios::build(m_context->options.scenario, m_context->now(), &m_context->world)) {
        m_error = QStringLiteral("unknown scenario '%1' (known: %2)")
                      .arg(m_context->options.scenario, Scenarios::names().join(QStringLiteral(", ")));
        return;
    }
    if (!stateFile.isEmpty() && !saveState()) {
        return;
    }
}

bool Server::listen(quint16 port)
{
    const quint16 bound = m_http->listen(QHostAddress(QHostAddress::LocalHost), port);
    if (bound == 0) {
        return false;
    }
    m_port = bound;
    m_context->baseUrl = baseUrl();
    ScenarioOrigin::bind(&m_context->world, m_context->url(QString()));
    return true;
}

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void Server::addService(std::unique_ptr<Service> service)
{
    m_services.insert(m_services.end() - 1, std::move(service));
}

World &Server::world()
{
    return m_context->world;
}

int Server::requestCount() const
{
    return m_log->count();
}

int Server::pendingAnswerCount() const
{
    return m_http->pendingCount();
}

bool Server::reset(const QString &scenario)
{
    World fresh;
    if (!Scenarios::build(scenario, m_context->now(), &fresh)) {
        return false;
    }
    m_context->world = fresh;
    if (!m_context->baseUrl.isEmpty()) {
        ScenarioOrigin::bind(&m_context->world, m_context->url(QString()));
    }
    m_context->options.scenario = scenario;
    m_log->clear();
    saveState();
    return true;
}

bool Server::saveState()
{
    if (m_context->options.stateFile.isEmpty()) {
        return true;
    }
    QString error;
    if (!StateFile(m_context->options.stateFile).save(m_context->world, &error)) {
        qCWarning(lcServer) << error;
        m_error = error;
        return false;
    }
    m_savedRevision = m_context->world.revision();
    return true;
}

void Server::saveIfChanged()
{
    if (m_context->world.revision() != m_savedRevision) {
        saveState();
    }
}

Response Server::dispatch(Request request)
{
    return answer(std::move(request)).response;
}

Answer Server::answer(Request request)
{
    QElapsedTimer timer;
    timer.start();
    if (m_context->baseUrl.isEmpty()) {
        m_context->baseUrl = baseUrl();
    }
    m_context->world.dropExpired(m_context->now());

    Service *chosen = nullptr;
    for (const auto &service : m_services) {
        if (service->handles(request)) {
            chosen = service.get();
            break;
        }
    }
    Answer answer;
    Response &response = answer.response;
    const HeaderStyle style = chosen ? chosen->headerStyle() : HeaderStyle::Sandbox;
    const bool control = chosen && chosen == m_services.front().get();
    const std::optional<FaultRule> fault =
        control ? std::nullopt : m_faults->take(request, chosen ? chosen->name() : QStringLiteral("none"));
    if (!control) {
        answer.delayMs = m_context->options.addedLatencyMs + (fault ? fault->delayMs : 0);
    }
    if (fault && fault->action == FaultRule::Action::Hang) {
        answer.delivery = Answer::Delivery::Hang;
        response.status = 0;
    } else if (fault && fault->action == FaultRule::Action::Reset) {
        answer.delivery = Answer::Delivery::Reset;
        response.status = 0;
    } else if (fault && fault->action != FaultRule::Action::Delay) {
        response = FaultResponse::build(*fault, style, request, m_context->now());
    } else if (request.body.size() > m_context->options.maxBodyBytes) {
        response = ServiceError::resourceManager(
            413, QStringLiteral("RequestEntityTooLarge"),
            QStringLiteral("The request content length %1 exceeds the maximum of %2 bytes.")
                .arg(request.body.size())
                .arg(m_context->options.maxBodyBytes));
    } else if (chosen) {
        response = chosen->handle(request);
    } else {
        response = ServiceError::resourceManager(
            404, QStringLiteral("NotFound"),
            QStringLiteral("The sandbox serves nothing at '%1'.").arg(RequestLog::redactedPathAndQuery(request)));
    }
    RequestIds::apply(style, request, &response);
    if (request.method == "HEAD") {
        response.body.clear();
    }
    m_log->record(request, chosen ? chosen->name() : QStringLiteral("none"), response, timer.elapsed() + answer.delayMs,
                  fault ? fault->describe() : QString());
    saveIfChanged();
    return answer;
}

} // namespace CrossKey::Sandbox
