// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace CrossKey::Azure {

// What a tenant's OpenID discovery document says that CrossKey uses (CONTRACTS.md §1.1). `issuer` is kept
// verbatim: it is what a federated credential must name, and its host may differ from the authority host.
struct OpenIdConfiguration
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
};

using OpenIdConfigurationResult = Result<OpenIdConfiguration>;

// OpenIdConfigurationJob reads {authorityHost}/{tenantId}/v2.0/.well-known/openid-configuration. No token is
// sent, no redirect followed, the body is capped, and only the cloud's authority host is asked. It finishes
// exactly once, after start(), and deletes itself.
class OpenIdConfigurationJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenIdConfigurationJob)

public:
    OpenIdConfigurationJob(QNetworkAccessManager *network, const Cloud &cloud, QString tenantId,
                           QObject *parent = nullptr);
    ~OpenIdConfigurationJob() override;

    static QUrl documentUrl(const Cloud &cloud, const QString &tenantId);
    // Pure: reads a discovery document strictly (JSON object; `issuer` a non-blank http(s) URL without
    // surrounding whitespace; endpoints, when present, URLs).
    static OpenIdConfigurationResult parse(const QByteArray &document);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const CrossKey::Azure::OpenIdConfigurationResult &result);

private:
    void readReply();
    void finish(const OpenIdConfigurationResult &result);

    QNetworkAccessManager *m_network;
    Cloud m_cloud;
    QString m_tenantId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{30000};
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::OpenIdConfiguration)
Q_DECLARE_METATYPE(CrossKey::Azure::OpenIdConfigurationResult)
