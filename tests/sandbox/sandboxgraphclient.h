// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the Graph suites: signs a demo user in through the sandbox's own authorize and token
// endpoints and sends Graph requests with that user's bearer token.

#include "sandboxtestclient.h"

#include <QJsonArray>

class SandboxGraphClient
{
public:
    explicit SandboxGraphClient(const QUrl &base)
        : m_http(base)
    {}

    // An access token for `upn` (tenant from its domain); `scope` defaults to Graph's .default.
    QString token(const QString &upn, const QString &scope = QStringLiteral("https://graph.microsoft.com/.default"))
    {
        const QString tenant = upn.section(QLatin1Char('@'), 1);
        const QString code = m_http.signIn(tenant, upn, QStringLiteral("openid offline_access ") + scope, kVerifier);
        return m_http.redeem(tenant, code, kVerifier).json()[QStringLiteral("access_token")].toString();
    }
    // Sends the following requests as `upn`.
    void signIn(const QString &upn, const QString &scope = QStringLiteral("https://graph.microsoft.com/.default"))
    {
        m_token = token(upn, scope);
    }
    void setToken(const QString &token) { m_token = token; }

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"client-request-id", "6f1c2e0a-7d4b-4a5e-9c3f-2b8d1e0f4a6c"}};
        if (!m_token.isEmpty()) {
            headers.append({"Authorization", "Bearer " + m_token.toLatin1()});
        }
        return m_http.send(method, path, body, "application/json", headers);
    }
    HttpResult get(const QString &path) { return send("GET", path); }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult patch(const QString &path, const QJsonObject &body)
    {
        return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult del(const QString &path) { return send("DELETE", path); }

    // POST /v1.0/applications; the created object (empty on failure).
    QJsonObject createApplication(const QString &displayName,
                                  const QString &audience = QStringLiteral("AzureADMultipleOrgs"))
    {
        const HttpResult result =
            post(QStringLiteral("/v1.0/applications"),
                 {{QStringLiteral("displayName"), displayName}, {QStringLiteral("signInAudience"), audience}});
        return result.status == 201 ? result.json() : QJsonObject();
    }

    static QString errorCode(const HttpResult &result)
    {
        return result.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
    }
    static QString errorMessage(const HttpResult &result)
    {
        return result.json()[QStringLiteral("error")][QStringLiteral("message")].toString();
    }

private:
    SandboxTestClient m_http;
    QString m_token;
};

inline const QString kIsvAdmin = QStringLiteral("admin@contosoisv.onmicrosoft.com");
inline const QString kIsvDeveloper = QStringLiteral("developer@contosoisv.onmicrosoft.com");
inline const QString kIsvOwner = QStringLiteral("owner@contosoisv.onmicrosoft.com");
inline const QString kIsvSupport = QStringLiteral("support@contosoisv.onmicrosoft.com");
inline const QString kCustomerAdmin = QStringLiteral("admin@fabrikam.onmicrosoft.com");
inline const QString kCustomerDeveloper = QStringLiteral("developer@fabrikam.onmicrosoft.com");
inline const QString kCustomerOwner = QStringLiteral("owner@fabrikam.onmicrosoft.com");
