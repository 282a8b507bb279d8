// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the Resource Manager suites: a server on a manual clock, tokens for the demo users and
// JSON requests with a bearer token.

#include "sandbox/manualclock.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandboxtestclient.h"

#include <QJsonArray>

#include <memory>

class SandboxArmClient
{
public:
    explicit SandboxArmClient(CrossKey::Sandbox::ServerOptions options = {})
    {
        m_clock.set(QDateTime::currentDateTimeUtc());
        options.clock = &m_clock;
        m_server = std::make_unique<CrossKey::Sandbox::Server>(options);
        m_server->listen();
        m_http = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }

    CrossKey::Sandbox::Server &server() { return *m_server; }
    CrossKey::Sandbox::ManualClock &clock() { return m_clock; }
    SandboxTestClient &http() { return *m_http; }

    // An ARM token for "admin", "developer", "owner" or "support" of "contosoisv" or "fabrikam".
    QByteArray token(const QString &user, const QString &tenant = QStringLiteral("contosoisv"))
    {
        const QString domain = tenant + QStringLiteral(".onmicrosoft.com");
        const QString code = m_http->signIn(domain, user + QLatin1Char('@') + domain,
                                            QStringLiteral("openid offline_access "
                                                           "https://management.core.windows.net//.default"),
                                            kVerifier);
        return m_http->redeem(domain, code, kVerifier).json()[QStringLiteral("access_token")].toString().toLatin1();
    }

    HttpResult call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &token,
                    const QByteArray &body = {})
    {
        return m_http->send(method, pathAndQuery, body, "application/json",
                            {{"Authorization", "Bearer " + token}, {"x-ms-client-request-id", "client-123"}});
    }
    HttpResult call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &token,
                    const QJsonObject &body)
    {
        return call(method, pathAndQuery, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static QString sub(const QString &tenant = QStringLiteral("contosoisv"))
    {
        return QStringLiteral("/subscriptions/") + CrossKey::Sandbox::Scenarios::subscriptionId(tenant);
    }
    static QString code(const HttpResult &result)
    {
        return result.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
    }
    static QString message(const HttpResult &result)
    {
        return result.json()[QStringLiteral("error")][QStringLiteral("message")].toString();
    }

private:
    CrossKey::Sandbox::ManualClock m_clock;
    std::unique_ptr<CrossKey::Sandbox::Server> m_server;
    std::unique_ptr<SandboxTestClient> m_http;
};
