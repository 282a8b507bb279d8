// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/signinservice.h"

#include "azure/accountindex.h"
#include "azure/accountregistry.h"
#include "azure/accountsession.h"
#include "azure/restpipeline.h"
#include "azure/sessiontokensource.h"
#include "azure/signinoperation.h"
#include "azure/tenantconnection.h"

namespace CrossKey::Azure {

// What connection() builds per session; the token source is no QObject, so the service keeps it alive here.
struct SignInService::Connection
{
    std::unique_ptr<SessionTokenSource> tokens;
    QPointer<RestPipeline> pipeline;
    QPointer<TenantConnection> connection;

    ~Connection()
    {
        // The connection points at the pipeline, the pipeline at the token source: delete in that order.
        delete connection.data();
        if (pipeline) {
            pipeline->cancelAll();
        }
        delete pipeline.data();
    }
};

SignInService::SignInService(QNetworkAccessManager *network, const Clock &clock, TokenStore *store,
                             AccountRegistry *registry, UrlOpener *opener, AccountIndex *index, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_store(store)
    , m_registry(registry)
    , m_opener(opener)
    , m_index(index)
{}

SignInService::~SignInService()
{
    m_connections.clear();
}

SignInOperation *SignInService::signIn(const SignInRequest &request, Method method)
{
    SignInRequest ours = request;
    ours.clientId = m_clientId;
    return new SignInOperation(
        this, method == Method::Browser ? SignInOperation::Kind::Browser : SignInOperation::Kind::DeviceCode, ours);
}

SignInOperation *SignInService::restore(const Cloud &cloud, const QString &tenant)
{
    SignInRequest request;
    request.cloud = cloud;
    request.tenant = tenant;
    request.clientId = m_clientId;
    return new SignInOperation(this, SignInOperation::Kind::Restore, request);
}

TenantConnection *SignInService::connection(AccountSession *session)
{
    if (!session) {
        return nullptr;
    }
    if (const auto found = m_connections.constFind(session); found != m_connections.cend()) {
        return (*found)->connection;
    }
    auto built = std::make_shared<Connection>();
    built->tokens = std::make_unique<SessionTokenSource>(session, m_registry);
    built->pipeline = new RestPipeline(m_network, m_clock, session->cloud(), built->tokens.get());
    built->connection = new TenantConnection(built->pipeline, session->account().tenantId, session->account().objectId,
                                             session->account().username);
    m_connections.insert(session, built);
    connect(session, &QObject::destroyed, this, [this, session] { dropConnection(session); });
    return built->connection;
}

void SignInService::signOut(AccountSession *session)
{
    if (!session) {
        return;
    }
    if (m_index) {
        m_index->remove(session->account().key());
    }
    dropConnection(session);
    if (m_registry && m_registry->find(session->account().cloud, session->account().tenantId) == session) {
        m_registry->signOut(session->account().cloud, session->account().tenantId);
    } else {
        session->signOut();
    }
}

void SignInService::dropConnection(AccountSession *session)
{
    m_connections.remove(session);
}

} // namespace CrossKey::Azure
