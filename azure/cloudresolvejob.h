// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace CrossKey::Azure {

class CloudMetadataJob;

// CloudResolveJob turns what the user named as the cloud (`--cloud public|usgov|china|URL`, or the sign-in
// page's choice) into a Cloud: a built-in profile at once, a Resource Manager URL through its
// metadata/endpoints document (CloudMetadataJob). Anything else is InvalidInput saying what is accepted.
// Finishes exactly once, after start() returned, then deletes itself.
class CloudResolveJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudResolveJob)

public:
    CloudResolveJob(QNetworkAccessManager *network, QString cloud, QObject *parent = nullptr);
    ~CloudResolveJob() override;

    // Whether `cloud` names a built-in cloud or an acceptable Resource Manager URL; InvalidInput otherwise.
    // Pure, for checking a command line before anything starts.
    static Result<void> validate(const QString &cloud);

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const CrossKey::Azure::CloudResult &result);

private:
    void finish(const CloudResult &result);

    QNetworkAccessManager *m_network;
    QString m_cloud;
    QPointer<CloudMetadataJob> m_job;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
