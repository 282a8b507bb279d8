// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/identityrequestjob.h"

#include "azure/cloud.h"
#include "azure/serviceerror.h"
#include "azure/signinlog.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace CrossKey::Azure {

namespace {

// Token answers are a few KB; an id token with many groups stays far below this.
constexpr qint64 kMaxBodyBytes = 1024 * 1024;

} // namespace

IdentityRequestJob::IdentityRequestJob(QNetworkAccessManager *network, QUrl endpoint, Form form, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_form(std::move(form))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
        finish(AzureError::timeout(m_endpoint.toDisplayString(QUrl::RemoveQuery)));
    });
}

IdentityRequestJob::~IdentityRequestJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray IdentityRequestJob::encodeForm(const Form &form)
{
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void IdentityRequestJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    // Codes, refresh tokens and verifiers go only to an https endpoint, or http on loopback (the sandbox).
    if (!Cloud::isAcceptableEndpoint(m_endpoint)) {
        finishLater(AzureError(
            AzureError::Kind::InvalidInput,
            Cloud::tr("“%1” cannot be used as a sign-in address.").arg(m_endpoint.toDisplayString(QUrl::RemoveQuery)),
            Cloud::tr("Give an https URL, or an http URL on this computer (the sandbox).")));
        return;
    }
    QString grant;
    for (const auto &[key, value] : m_form) {
        if (key == QLatin1String("grant_type")) {
            grant = value;
        }
    }
    const QString clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", clientRequestId.toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    // A redirect would carry the form (and its secrets) to another address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcSignIn).noquote() << "POST" << m_endpoint.toDisplayString(QUrl::RemoveQuery)
                                << (grant.isEmpty() ? QString() : QStringLiteral("grant_type=") + grant)
                                << "client-request-id" << clientRequestId;
    m_reply = m_network->post(request, encodeForm(m_form));
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received) {
        if (received > kMaxBodyBytes && m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            finish(AzureError(AzureError::Kind::InvalidResponse,
                              Cloud::tr("The sign-in service's answer is far larger than expected.")));
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &IdentityRequestJob::readReply);
    m_timer.start(m_timeout);
}

void IdentityRequestJob::cancel()
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

void IdentityRequestJob::readReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(kMaxBodyBytes + 1);
    qCDebug(lcSignIn).noquote() << "answer" << status << "from" << m_endpoint.toDisplayString(QUrl::RemoveQuery);
    if (status == 0) {
        finish(AzureError(AzureError::Kind::Network,
                          Cloud::tr("Could not reach %1: %2").arg(m_endpoint.host(), reply->errorString()),
                          Cloud::tr("Check the network connection, then retry.")));
        return;
    }
    if (status != 200) {
        // Qt NetworkAuth would drop this body (PLATFORM.md §3); it carries the `error` we branch on (§1.6).
        finish(ServiceError::fromIdentity(status, reply->rawHeaderPairs(), body));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        finish(AzureError(AzureError::Kind::InvalidResponse,
                          Cloud::tr("The sign-in service answered with something that is not a JSON object."),
                          Cloud::tr("Try again. If it keeps happening, check the cloud's sign-in address.")));
        return;
    }
    finish(document.object());
}

void IdentityRequestJob::finishLater(const AzureError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void IdentityRequestJob::finish(const JsonObjectResult &result)
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
