// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace CrossKey::Azure {

// CloudMetadataJob fetches {resourceManager}/metadata/endpoints and reads it into a Cloud (--cloud <URL>).
// It finishes exactly once, with the result in the signal, and deletes itself afterwards. It follows no
// redirects and reads at most a small body, since the document decides where tokens will be sent.
class CloudMetadataJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudMetadataJob)

public:
    CloudMetadataJob(QNetworkAccessManager *network, QUrl resourceManager, QObject *parent = nullptr);
    ~CloudMetadataJob() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const CrossKey::Azure::CloudResult &result);

private:
    void readReply();
    void checkSize(qint64 received);
    void finish(const CloudResult &result);

    QNetworkAccessManager *m_network;
    QUrl m_resourceManager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{30000};
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
