// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the sandbox suites: a tiny HTTP client over QNetworkAccessManager that never follows
// redirects, plus PKCE and sign-in helpers.

#include "sandbox/formbody.h"
#include "sandbox/knownids.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QUrl location() const { return QUrl::fromEncoded(header("Location")); }
    QString locationParameter(const QString &key) const
    {
        return CrossKey::Sandbox::FormBody::parse(location().query(QUrl::FullyEncoded).toLatin1()).value(key);
    }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(QUrl base)
        : m_base(std::move(base))
    {}

    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    const QByteArray &contentType = "application/x-www-form-urlencoded",
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(m_base.toString() + pathAndQuery));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        }
        for (const auto &header : headers) {
            request.setRawHeader(header.first, header.second);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(20000);
        }
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }
    HttpResult get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", pathAndQuery, {}, {}, headers);
    }
    HttpResult postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
    {
        return send("POST", path, CrossKey::Sandbox::FormBody::encode(fields));
    }

    static QString challengeFor(const QString &verifier)
    {
        return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    static QString authorizeQuery(const QString &scope, const QString &verifier, const QString &clientId,
                                  const QString &redirectUri = QStringLiteral("http://localhost:5555"))
    {
        return QString::fromLatin1(
            CrossKey::Sandbox::FormBody::encode({{QStringLiteral("client_id"), clientId},
                                                 {QStringLiteral("response_type"), QStringLiteral("code")},
                                                 {QStringLiteral("redirect_uri"), redirectUri},
                                                 {QStringLiteral("scope"), scope},
                                                 {QStringLiteral("state"), QStringLiteral("state-123")},
                                                 {QStringLiteral("code_challenge"), challengeFor(verifier)},
                                                 {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}));
    }

    // Signs `user` in through the HTML page's form (no auto-approve needed) and returns the code.
    QString signIn(const QString &tenant, const QString &user, const QString &scope, const QString &verifier,
                   const QString &clientId = CrossKey::Sandbox::KnownIds::azureCliClientId)
    {
        const QString path = QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/authorize");
        QByteArray body = authorizeQuery(scope, verifier, clientId).toLatin1();
        body += "&sandbox_user=" + QUrl::toPercentEncoding(user);
        const HttpResult result = send("POST", path, body);
        return result.locationParameter(QStringLiteral("code"));
    }

    HttpResult redeem(const QString &tenant, const QString &code, const QString &verifier,
                      const QString &clientId = CrossKey::Sandbox::KnownIds::azureCliClientId,
                      const QString &scope = {})
    {
        QList<QPair<QString, QString>> fields{{QStringLiteral("client_id"), clientId},
                                              {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                              {QStringLiteral("code"), code},
                                              {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:5555")},
                                              {QStringLiteral("code_verifier"), verifier}};
        if (!scope.isEmpty()) {
            fields.append({QStringLiteral("scope"), scope});
        }
        return postForm(QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"), fields);
    }

    static QJsonObject claims(const QString &jwt)
    {
        const QList<QByteArray> parts = jwt.toLatin1().split('.');
        if (parts.size() != 3) {
            return {};
        }
        return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

inline const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
