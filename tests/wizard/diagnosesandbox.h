// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "azure/tenantconnection.h"
#include "sandbox/request.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/storagescenarios.h"
#include "sandbox/world.h"
#include "tests/azure/sandboxtokensource.h"

#include <QNetworkAccessManager>

#include <memory>

namespace CrossKey::Tests {

// The in-process sandbox from a storage scenario (bound, broken-*) with both sides signed in: the ISV admin
// (Contoso ISV) and the customer admin (Fabrikam), each a TenantConnection over its own RestPipeline and real HTTP.
class DiagnoseSandbox
{
public:
    explicit DiagnoseSandbox(const QString &scenario)
    {
        Sandbox::ServerOptions options;
        options.scenario = scenario;
        options.principalReplicationDelayMs = 0;
        options.providerRegistrationDelayMs = 0;
        options.featureRegistrationDelayMs = 0;
        options.longRunningOperationMs = 20;
        options.storageKeyCacheMs = 0;
        server = std::make_unique<Sandbox::Server>(options);
    }

    bool start()
    {
        if (!server->listen(0)) {
            return false;
        }
        // The sandbox serves Microsoft Graph itself (as in isvsandbox.h).
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
        isvTokens = std::make_unique<SandboxTokenSource>(*server, QStringLiteral("admin@contosoisv.onmicrosoft.com"));
        isvPipeline = std::make_unique<Azure::RestPipeline>(&network, clock, cloud, isvTokens.get());
        isv = std::make_unique<Azure::TenantConnection>(
            isvPipeline.get(), isvTenantId(),
            Sandbox::Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("admin")));
        customerTokens =
            std::make_unique<SandboxTokenSource>(*server, QStringLiteral("admin@fabrikam.onmicrosoft.com"));
        customerPipeline = std::make_unique<Azure::RestPipeline>(&network, clock, cloud, customerTokens.get());
        customer = std::make_unique<Azure::TenantConnection>(
            customerPipeline.get(), customerTenantId(),
            Sandbox::Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("admin")));
        return true;
    }

    // The scenarios give the customer admin Key Vault Crypto Officer on the vault, as customer grant does;
    // a support-like user without a data role is this admin without it.
    void dropCustomerAdminDataRole()
    {
        const QString admin = Sandbox::Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("admin"));
        world().editRoleAssignments().removeIf([&admin](const Sandbox::RoleAssignment &assignment) {
            return assignment.principalId == admin && assignment.scope.contains(QLatin1String("/vaults/"));
        });
    }

    static QString isvTenantId() { return Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")); }
    static QString customerTenantId() { return Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")); }
    QString accountId() { return world().storage().accounts.last().id(); }
    QString keyUri() const
    {
        return server->baseUrl().toString() + QStringLiteral("/vaults/") + Sandbox::StorageScenarios::vaultName() +
               QStringLiteral("/keys/") + Sandbox::StorageScenarios::keyName();
    }
    Sandbox::World &world() { return server->world(); }

    QNetworkAccessManager network;
    Azure::SystemClock clock;
    std::unique_ptr<Sandbox::Server> server;
    Azure::Cloud cloud;
    std::unique_ptr<SandboxTokenSource> isvTokens;
    std::unique_ptr<Azure::RestPipeline> isvPipeline;
    std::unique_ptr<Azure::TenantConnection> isv;
    std::unique_ptr<SandboxTokenSource> customerTokens;
    std::unique_ptr<Azure::RestPipeline> customerPipeline;
    std::unique_ptr<Azure::TenantConnection> customer;
};

} // namespace CrossKey::Tests
