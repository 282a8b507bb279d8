// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace CrossKey::Azure {

using JsonObjectResult = Result<QJsonObject>;

// IdentityRequestJob is one form POST to the identity platform's token or devicecode endpoint (CONTRACTS.md
// §1.3–§1.5), sent by us rather than by Qt NetworkAuth: Qt 6.4 double-encodes the code, leaves '+' unencoded
// in a refresh token, sends an empty client_secret and loses the body of a 400 (PLATFORM.md §3). A 200 gives
// the JSON object; any other answer the one error type, with `error`/AADSTS code (ServiceError::fromIdentity).
// It finishes exactly once, after start() returned, and deletes itself. Form values never reach the log.
class IdentityRequestJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityRequestJob)

public:
    using Form = QList<std::pair<QString, QString>>;

    IdentityRequestJob(QNetworkAccessManager *network, QUrl endpoint, Form form, QObject *parent = nullptr);
    ~IdentityRequestJob() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start();
    void cancel();

    // application/x-www-form-urlencoded with every reserved character percent-encoded ('+' included).
    static QByteArray encodeForm(const Form &form);

Q_SIGNALS:
    void finished(const CrossKey::Azure::JsonObjectResult &result);

private:
    void readReply();
    void finish(const JsonObjectResult &result);
    void finishLater(const AzureError &error);

    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    Form m_form;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{60000};
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::JsonObjectResult)
