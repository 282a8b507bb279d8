// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "azure/tenantconnection.h"
#include "azure/urlopener.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/storagescenarios.h"
#include "sandbox/world.h"
#include "tests/azure/sandboxcloud.h"
#include "tests/azure/sandboxtokensource.h"
#include "wizard/runcontext.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace CrossKey::Tests {

// A browser stand-in for the admin-consent link: after `delayMs` it GETs the page, which the sandbox answers as the
// auto-approved administrator (admin consent installs the app), and remembers what it was asked to open.
class ConsentingOpener final
    : public QObject
    , public Azure::UrlOpener
{
public:
    explicit ConsentingOpener(QNetworkAccessManager *network)
        : m_network(network)
    {}

    int delayMs = 300;
    bool consent = true;
    QList<QUrl> opened;
    int answered = 0;

    bool openUrl(const QUrl &url) override
    {
        opened.append(url);
        if (consent) {
            QTimer::singleShot(delayMs, this, [this, url] {
                QNetworkReply *reply = m_network->get(QNetworkRequest(url));
                connect(reply, &QNetworkReply::finished, this, [this, reply] {
                    ++answered;
                    reply->deleteLater();
                });
            });
        }
        return true;
    }

private:
    QNetworkAccessManager *m_network;
};

// The in-process sandbox from a scenario with one signed-in customer user (Fabrikam), as the customer grant steps
// see it: a TenantConnection over a real RestPipeline and real HTTP. Delays are small so tests run in seconds.
class CustomerSandbox
{
public:
    explicit CustomerSandbox(const QString &scenario = QStringLiteral("isv-ready"), int rolePropagationMs = 0,
                             int principalReplicationMs = 200)
    {
        Sandbox::ServerOptions options;
        options.scenario = scenario;
        options.autoApprove = {QStringLiteral("admin")};
        options.principalReplicationDelayMs = principalReplicationMs;
        options.providerRegistrationDelayMs = 150;
        options.featureRegistrationDelayMs = 150;
        options.longRunningOperationMs = 50;
        options.roleAssignmentPropagationDelayMs = rolePropagationMs;
        server = std::make_unique<Sandbox::Server>(options);
    }

    bool start(const QString &user = QStringLiteral("admin"))
    {
        if (!server->listen(0)) {
            return false;
        }
        cloud = sandboxCloud(&network, server->baseUrl());
        if (!cloud.isValid()) {
            return false;
        }
        signIn(user);
        return true;
    }

    void signIn(const QString &user)
    {
        connection.reset();
        pipeline.reset();
        tokens = std::make_unique<SandboxTokenSource>(*server, user + QStringLiteral("@fabrikam.onmicrosoft.com"));
        pipeline = std::make_unique<Azure::RestPipeline>(&network, clock, cloud, tokens.get());
        connection = std::make_unique<Azure::TenantConnection>(
            pipeline.get(), tenantId(), Sandbox::Scenarios::userId(QStringLiteral("fabrikam"), user),
            user + QStringLiteral("@fabrikam.onmicrosoft.com"));
    }

    static QString tenantId() { return Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")); }
    static QString isvTenantId() { return Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")); }
    static QString subscriptionId() { return Sandbox::Scenarios::subscriptionId(QStringLiteral("fabrikam")); }
    static QString group() { return QStringLiteral("rg-crosskey-customer"); }

    Wizard::RunContext inputs(const QString &vaultName = QStringLiteral("kv-crosskey-test"),
                              const QString &keyName = QStringLiteral("cmk")) const
    {
        Wizard::RunContext context;
        context.cloud = cloud.resourceManagerUrl().toString();
        context.customerTenantId = tenantId();
        context.tenantId = isvTenantId();
        context.appId = Sandbox::StorageScenarios::appId();
        context.subscriptionId = subscriptionId();
        context.resourceGroup = group();
        context.location = QStringLiteral("eastus");
        context.vaultName = vaultName;
        context.keyName = keyName;
        context.keySize = QStringLiteral("3072");
        return context;
    }

    Sandbox::World &world() { return server->world(); }

    QNetworkAccessManager network;
    Azure::SystemClock clock;
    std::unique_ptr<Sandbox::Server> server;
    Azure::Cloud cloud;
    std::unique_ptr<SandboxTokenSource> tokens;
    std::unique_ptr<Azure::RestPipeline> pipeline;
    std::unique_ptr<Azure::TenantConnection> connection;
};

} // namespace CrossKey::Tests
