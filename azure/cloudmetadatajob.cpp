// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/cloudmetadatajob.h"

#include "azure/serviceerror.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace CrossKey::Azure {

namespace {

// The public cloud's document is about 2 KB; anything far larger is not one.
constexpr qint64 kMaxBodyBytes = 256 * 1024;

} // namespace

CloudMetadataJob::CloudMetadataJob(QNetworkAccessManager *network, QUrl resourceManager, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_resourceManager(std::move(resourceManager))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
        finish(AzureError::timeout(Cloud::metadataUrl(m_resourceManager).toDisplayString()));
    });
}

CloudMetadataJob::~CloudMetadataJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void CloudMetadataJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    if (!Cloud::isAcceptableEndpoint(m_resourceManager) || m_resourceManager.hasQuery()) {
        // Deferred, so that a caller connecting after start() still hears the result.
        QTimer::singleShot(0, this, [this] {
            finish(AzureError(
                AzureError::Kind::InvalidInput,
                Cloud::tr("“%1” cannot be used as a Resource Manager URL.").arg(m_resourceManager.toDisplayString()),
                Cloud::tr("Give an https URL, or an http URL on this computer (the sandbox).")));
        });
        return;
    }
    QNetworkRequest request(Cloud::metadataUrl(m_resourceManager));
    request.setRawHeader("Accept", "application/json");
    // A redirect could point the whole cloud elsewhere; a 3xx ends as an error instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &CloudMetadataJob::checkSize);
    connect(m_reply, &QNetworkReply::finished, this, &CloudMetadataJob::readReply);
    m_timer.start(m_timeout);
}

void CloudMetadataJob::cancel()
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

void CloudMetadataJob::checkSize(qint64 received)
{
    if (received <= kMaxBodyBytes || !m_reply) {
        return;
    }
    m_reply->disconnect(this);
    m_reply->abort();
    finish(AzureError(AzureError::Kind::InvalidResponse,
                      Cloud::tr("The cloud's endpoint document is far larger than expected."),
                      Cloud::tr("Check the Resource Manager URL given with --cloud.")));
}

void CloudMetadataJob::readReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(kMaxBodyBytes + 1);
    if (status == 0) {
        finish(AzureError(AzureError::Kind::Network,
                          Cloud::tr("Could not reach %1: %2").arg(m_resourceManager.host(), reply->errorString()),
                          Cloud::tr("Check the URL and the network connection, then retry.")));
        return;
    }
    if (status != 200) {
        AzureError error = ServiceError::fromResourceManager(status, reply->rawHeaderPairs(), body);
        if (status >= 300 && status < 400) {
            error.setHint(Cloud::tr("The Resource Manager URL redirects elsewhere; give the final URL instead."));
        }
        finish(error);
        return;
    }
    finish(Cloud::fromMetadata(body, m_resourceManager));
}

void CloudMetadataJob::finish(const CloudResult &result)
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
