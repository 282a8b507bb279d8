// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/cloudresolvejob.h"

#include "azure/cloudmetadatajob.h"

#include <QTimer>

namespace CrossKey::Azure {

namespace {

std::optional<QUrl> resourceManagerUrl(const QString &cloud)
{
    const QUrl url(cloud, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !Cloud::isAcceptableEndpoint(url)) {
        return std::nullopt;
    }
    return url;
}

} // namespace

CloudResolveJob::CloudResolveJob(QNetworkAccessManager *network, QString cloud, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cloud(std::move(cloud).trimmed())
{}

CloudResolveJob::~CloudResolveJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

Result<void> CloudResolveJob::validate(const QString &cloud)
{
    if (Cloud::fromName(cloud.trimmed().toLower()) || resourceManagerUrl(cloud.trimmed())) {
        return {};
    }
    AzureError error(AzureError::Kind::InvalidInput,
                     tr("The cloud must be public, usgov, china, or a Resource Manager URL (https, or http on this "
                        "computer), not \"%1\".")
                         .arg(cloud),
                     tr("Name a built-in cloud, or the Resource Manager address of your cloud or the sandbox."));
    error.setCode(QStringLiteral("InvalidCloud"));
    return error;
}

void CloudResolveJob::start()
{
    if (std::exchange(m_started, true)) {
        return;
    }
    if (const auto builtIn = Cloud::fromName(m_cloud.toLower())) {
        QTimer::singleShot(0, this, [this, cloud = builtIn.value()] { finish(cloud); });
        return;
    }
    const auto url = resourceManagerUrl(m_cloud);
    if (!url) {
        QTimer::singleShot(0, this, [this] { finish(validate(m_cloud).error()); });
        return;
    }
    m_job = new CloudMetadataJob(m_network, *url, this);
    connect(m_job, &CloudMetadataJob::finished, this, &CloudResolveJob::finish);
    m_job->start();
}

void CloudResolveJob::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    finish(AzureError::cancelled());
}

void CloudResolveJob::finish(const CloudResult &result)
{
    if (std::exchange(m_finished, true)) {
        return;
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace CrossKey::Azure
