// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/openidconfigurationjob.h"

#include "azure/serviceerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace CrossKey::Azure {

namespace {

// Azure's documents are about 2 KB.
constexpr qint64 kMaxBodyBytes = 64 * 1024;

AzureError malformed(const QString &why)
{
    return AzureError(AzureError::Kind::InvalidResponse,
                      Cloud::tr("The tenant's OpenID configuration cannot be read: %1").arg(why),
                      Cloud::tr("Check the cloud and the tenant id, then retry."));
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.isRelative() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

OpenIdConfigurationJob::OpenIdConfigurationJob(QNetworkAccessManager *network, const Cloud &cloud, QString tenantId,
                                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cloud(cloud)
    , m_tenantId(std::move(tenantId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
        finish(AzureError::timeout(documentUrl(m_cloud, m_tenantId).toDisplayString()));
    });
}

OpenIdConfigurationJob::~OpenIdConfigurationJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl OpenIdConfigurationJob::documentUrl(const Cloud &cloud, const QString &tenantId)
{
    QUrl url = cloud.authorityHost();
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QLatin1Char('/') + tenantId + QStringLiteral("/v2.0/.well-known/openid-configuration"));
    return url;
}

OpenIdConfigurationResult OpenIdConfigurationJob::parse(const QByteArray &document)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return malformed(Cloud::tr("the answer is not a JSON object."));
    }
    const QJsonObject object = json.object();
    const QJsonValue issuer = object.value(QLatin1String("issuer"));
    if (!issuer.isString()) {
        return malformed(Cloud::tr("“issuer” is missing or not text."));
    }
    OpenIdConfiguration configuration;
    configuration.issuer = issuer.toString();
    // A credential's issuer must match the token's `iss` exactly; whitespace around it blocks the exchange.
    if (configuration.issuer.trimmed() != configuration.issuer || !isWebUrl(QUrl(configuration.issuer)) ||
        configuration.issuer.size() > 600) {
        return malformed(Cloud::tr("“issuer” is not a plain URL."));
    }
    for (const auto &[key, target] :
         {std::pair{QLatin1String("authorization_endpoint"), &configuration.authorizationEndpoint},
          std::pair{QLatin1String("token_endpoint"), &configuration.tokenEndpoint}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            continue;
        }
        if (!value.isString() || !isWebUrl(QUrl(value.toString()))) {
            return malformed(Cloud::tr("“%1” is not a URL.").arg(key));
        }
        *target = QUrl(value.toString());
    }
    return configuration;
}

void OpenIdConfigurationJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    const QUrl url = documentUrl(m_cloud, m_tenantId);
    // The tenant id goes into the path: only a plain id or domain, and only the cloud's own authority host.
    const bool plainTenant = !m_tenantId.isEmpty() && m_tenantId.size() <= 256 &&
                             std::all_of(m_tenantId.begin(), m_tenantId.end(), [](QChar c) {
                                 return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.');
                             });
    if (!plainTenant || !Cloud::isAcceptableEndpoint(m_cloud.authorityHost())) {
        QTimer::singleShot(0, this, [this] {
            finish(AzureError(
                AzureError::Kind::InvalidInput,
                Cloud::tr("“%1” cannot be used to look up a tenant's OpenID configuration.").arg(m_tenantId)));
        });
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received) {
        if (received > kMaxBodyBytes && m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            finish(malformed(Cloud::tr("the answer is far larger than expected.")));
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &OpenIdConfigurationJob::readReply);
    m_timer.start(m_timeout);
}

void OpenIdConfigurationJob::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    finish(AzureError::cancelled());
}

void OpenIdConfigurationJob::readReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(kMaxBodyBytes + 1);
    if (status == 0) {
        finish(AzureError(AzureError::Kind::Network,
                          Cloud::tr("Could not reach %1: %2").arg(m_cloud.authorityHost().host(), reply->errorString()),
                          Cloud::tr("Check the network connection, then retry.")));
        return;
    }
    if (status != 200) {
        AzureError error = ServiceError::fromIdentity(status, reply->rawHeaderPairs(), body);
        if (status == 400 || status == 404) {
            error.setHint(
                Cloud::tr("Check the tenant id: the sign-in service does not know tenant “%1”.").arg(m_tenantId));
        }
        finish(error);
        return;
    }
    finish(parse(body));
}

void OpenIdConfigurationJob::finish(const OpenIdConfigurationResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace CrossKey::Azure
