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

    // What the setup plans leave that the scenarios do not: the bound scenario leaves
    // Microsoft.Storage/FederatedClientIdentity unregistered, which the sandbox (a custom cloud) needs, and the
    // customer admin without a Key Vault data role; register the feature as the ISV prepare plan does and give the
    // admin Crypto Officer on the vault as the customer grant plan does.
    void completeSetup()
    {
        Sandbox::RoleAssignment officer;
        officer.name = QStringLiteral("3d1a8c1e-0000-4000-8000-00000000d1a9");
        officer.scope = world().keyVault().vaults.last().id();
        officer.roleDefinitionId = QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603");
        officer.principalId = Sandbox::Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("admin"));
        officer.tenantId = customerTenantId();
        officer.createdOn = QDateTime::currentDateTimeUtc().addDays(-1);
        world().editRoleAssignments().append(officer);

        Sandbox::FeatureRegistration feature;
        feature.subscriptionId = Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv"));
        feature.providerNamespace = QStringLiteral("Microsoft.Storage");
        feature.featureName = QStringLiteral("FederatedClientIdentity");
        feature.state = QStringLiteral("Registered");
        world().editResourceManager().features.append(feature);
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
