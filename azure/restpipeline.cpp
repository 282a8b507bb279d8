// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/restpipeline.h"

#include "azure/restjob.h"
#include "azure/scopes.h"

#include <QCoreApplication>
#include <QUuid>

namespace CrossKey::Azure {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString normalisedResource(const QString &resourceOrScope)
{
    QString resource = Scopes::resourceOf(resourceOrScope);
    if (resource.isEmpty()) {
        resource = resourceOrScope;
    }
    while (resource.endsWith(QLatin1Char('/'))) {
        resource.chop(1);
    }
    return resource.toLower();
}

} // namespace

RestPipeline::RestPipeline(QNetworkAccessManager *network, const Clock &clock, Cloud cloud, TokenSource *tokens,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_cloud(std::move(cloud))
    , m_tokens(tokens)
    , m_userAgent(defaultUserAgent())
{}

RestPipeline::~RestPipeline()
{
    cancelAll();
}

QString RestPipeline::defaultUserAgent()
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty()) {
        version = QStringLiteral(CROSSKEY_AZURE_VERSION);
    }
    return QStringLiteral("CrossKey/") + version;
}

RestJob *RestPipeline::send(RestRequest request)
{
    return new RestJob(this, std::move(request));
}

void RestPipeline::cancelAll()
{
    const auto jobs = m_waiting + m_running;
    for (const auto &job : jobs) {
        if (job) {
            job->cancel();
        }
    }
}

QString RestPipeline::storageScope()
{
    // Azure Storage has one audience in every cloud.
    return QStringLiteral("https://storage.azure.com/.default");
}

bool RestPipeline::isStorageEndpoint(const QUrl &url) const
{
    // A blob service host of the cloud: {account}.blob.{storageSuffix}, one label before "blob".
    const QString suffix = m_cloud.storageSuffix();
    const QString host = url.host().toLower();
    const QString tail = QStringLiteral(".blob.") + suffix.toLower();
    if (url.scheme() == QLatin1String("https") && !suffix.isEmpty() && host.endsWith(tail)) {
        const QString account = host.left(host.size() - tail.size());
        return !account.isEmpty() && !account.contains(QLatin1Char('.'));
    }
    // The sandbox serves blobs at {origin}/blob/{account}/ (docs/sandbox.md); a built-in cloud's Resource Manager
    // never gets a storage token.
    return !m_cloud.isBuiltIn() && sameOrigin(url, m_cloud.resourceManagerUrl()) &&
           url.path().startsWith(QLatin1String("/blob/"));
}

Result<QString> RestPipeline::scopeFor(const RestRequest &request) const
{
    const QUrl &url = request.url;
    auto refuse = [&url] {
        return AzureError(AzureError::Kind::InvalidInput,
                          tr("CrossKey does not send requests to %1: it is not an endpoint of the selected cloud.")
                              .arg(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString()));
    };
    if (!url.isValid() || url.isRelative() || !Cloud::isAcceptableEndpoint(url)) {
        return refuse();
    }
    switch (request.service) {
    case RestRequest::Service::ResourceManager:
        return sameOrigin(url, m_cloud.resourceManagerUrl()) ? Result<QString>(m_cloud.armScope()) : refuse();
    case RestRequest::Service::Graph:
        return sameOrigin(url, m_cloud.graphUrl()) ? Result<QString>(m_cloud.graphScope()) : refuse();
    case RestRequest::Service::KeyVault:
        return m_cloud.isKeyVaultHost(url.host()) ? Result<QString>(QString()) : refuse();
    case RestRequest::Service::Storage:
        return isStorageEndpoint(url) ? Result<QString>(storageScope()) : refuse();
    case RestRequest::Service::Identity:
        break;
    }
    return refuse();
}

Result<QString> RestPipeline::checkKeyVaultChallenge(const QString &authorization, const QString &scope) const
{
    // Only a Key Vault or Managed HSM audience may be asked for: a vault host must never obtain a Resource
    // Manager or Graph token. The built-in clouds' vault audiences count too, as a custom cloud (the sandbox)
    // may keep the public audience while its DNS suffix differs (§1.1, §1.8).
    const QString resource = normalisedResource(scope);
    QStringList allowed;
    for (const Cloud &cloud : {m_cloud, Cloud::azurePublic(), Cloud::usGovernment(), Cloud::china()}) {
        for (const QString &known : {cloud.keyVaultScope(), cloud.managedHsmScope()}) {
            if (!known.isEmpty()) {
                allowed.append(normalisedResource(known));
            }
        }
    }
    const QUrl authority(authorization);
    const QUrl expected = m_cloud.authorityHost();
    // Key Vault names the public authority as login.windows.net or login.microsoftonline.com (§1.8).
    const bool authorityOk =
        authority.isValid() && Cloud::isAcceptableEndpoint(authority) &&
        (sameOrigin(authority, expected) ||
         (expected.host().compare(QLatin1String("login.microsoftonline.com"), Qt::CaseInsensitive) == 0 &&
          authority.host().compare(QLatin1String("login.windows.net"), Qt::CaseInsensitive) == 0));
    const QStringList segments = authority.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!allowed.contains(resource) || !authorityOk || segments.isEmpty()) {
        return AzureError(AzureError::Kind::InvalidResponse,
                          tr("Key Vault asked for a token for \"%1\" from \"%2\", which is not the selected cloud's.")
                              .arg(scope, authorization));
    }
    return segments.last();
}

void RestPipeline::rememberVaultChallenge(const QString &host, const VaultChallenge &challenge)
{
    m_vaultChallenges.insert(host.toLower(), challenge);
}

std::optional<RestPipeline::VaultChallenge> RestPipeline::vaultChallenge(const QString &host) const
{
    const auto found = m_vaultChallenges.constFind(host.toLower());
    return found == m_vaultChallenges.constEnd() ? std::nullopt : std::optional(*found);
}

void RestPipeline::enqueue(RestJob *job)
{
    m_waiting.append(job);
    pump();
}

void RestPipeline::release(RestJob *job)
{
    m_running.removeAll(job);
    m_waiting.removeAll(job);
    pump();
}

void RestPipeline::pump()
{
    m_running.removeAll(nullptr);
    while (m_running.size() < m_maxInFlight && !m_waiting.isEmpty()) {
        QPointer<RestJob> next = m_waiting.takeFirst();
        if (next) {
            m_running.append(next);
            next->begin();
        }
    }
}

} // namespace CrossKey::Azure
