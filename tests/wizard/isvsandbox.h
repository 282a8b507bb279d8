// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "azure/tenantconnection.h"
#include "sandbox/request.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "tests/azure/sandboxtokensource.h"
#include "wizard/runcontext.h"

#include <QNetworkAccessManager>

#include <memory>

namespace CrossKey::Tests {

// The in-process sandbox with one signed-in ISV user (Contoso ISV), as the ISV prepare steps see it: a
// TenantConnection over a real RestPipeline and real HTTP. Delays are small so tests run in seconds.
class IsvSandbox
{
public:
    explicit IsvSandbox(const QString &scenario = QStringLiteral("fresh"))
    {
        Sandbox::ServerOptions options;
        options.scenario = scenario;
        options.autoApprove = {QStringLiteral("admin"), QStringLiteral("admin@fabrikam.onmicrosoft.com")};
        options.principalReplicationDelayMs = 50;
        options.providerRegistrationDelayMs = 150;
        options.featureRegistrationDelayMs = 150;
        options.longRunningOperationMs = 50;
        server = std::make_unique<Sandbox::Server>(options);
    }

    bool start(const QString &user = QStringLiteral("admin"))
    {
        if (!server->listen(0)) {
            return false;
        }
        // The sandbox serves Microsoft Graph itself; a metadata document that still names the public Graph is
        // pointed at the sandbox, as --cloud would need it.
        QByteArray document =
            server
                ->dispatch(Sandbox::Request::make("GET", QStringLiteral("/metadata/endpoints?api-version=2022-09-01")))
                .body;
        document.replace("https://graph.microsoft.com/", QByteArray(server->baseUrl().toString().toUtf8() + '/'));
        const auto parsed = Azure::Cloud::fromMetadata(document);
        cloud = parsed ? parsed.value() : Azure::Cloud();
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
        tokens = std::make_unique<SandboxTokenSource>(*server, user + QStringLiteral("@contosoisv.onmicrosoft.com"));
        pipeline = std::make_unique<Azure::RestPipeline>(&network, clock, cloud, tokens.get());
        connection = std::make_unique<Azure::TenantConnection>(pipeline.get(), tenantId());
    }

    static QString tenantId() { return Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")); }
    static QString subscriptionId() { return Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv")); }

    Wizard::RunContext inputs(const QString &appName = QStringLiteral("Contoso CMK"),
                              const QString &identityName = QStringLiteral("id-contoso-cmk"),
                              const QString &group = QStringLiteral("rg-cmk"),
                              const QString &location = QStringLiteral("eastus")) const
    {
        Wizard::RunContext context;
        context.cloud = cloud.resourceManagerUrl().toString();
        context.tenantId = tenantId();
        context.subscriptionId = subscriptionId();
        context.resourceGroup = group;
        context.location = location;
        context.appName = appName;
        context.identityName = identityName;
        return context;
    }

    Sandbox::World &world() { return server->world(); }

    QList<Sandbox::Application> appsOfIsv()
    {
        QList<Sandbox::Application> apps;
        for (const auto &app : world().applications()) {
            if (app.tenantId == tenantId() && !app.firstParty) {
                apps.append(app);
            }
        }
        return apps;
    }

    QNetworkAccessManager network;
    Azure::SystemClock clock;
    std::unique_ptr<Sandbox::Server> server;
    Azure::Cloud cloud;
    std::unique_ptr<SandboxTokenSource> tokens;
    std::unique_ptr<Azure::RestPipeline> pipeline;
    std::unique_ptr<Azure::TenantConnection> connection;
};

} // namespace CrossKey::Tests
