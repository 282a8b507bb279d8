// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/armresourcejob.h"
#include "azure/keyvaultinfo.h"
#include "azure/keyvaultmanagementclient.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "sandbox/scenarios.h"
#include "sandbox/storagescenarios.h"
#include "sandbox/world.h"
#include "sandboxcloud.h"
#include "sandboxtokensource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace CrossKey;
using Azure::AzureError;
using Azure::KeyVaultInfo;
using Azure::KeyVaultManagementClient;

// KeyVaultManagementClient against the sandbox's Microsoft.KeyVault (CONTRACTS.md §3.7) in the customer-ready
// scenario, signed in as Fabrikam's admin (Owner); KeyVaultInfo's parsing.
class tst_KeyVaultManagementClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void getVault_readsRecoveryPermissionModelAndFirewall();
    void createVault_rbacWithPurgeProtection();
    void createVault_nameTakenElsewhere_isVaultAlreadyExists();
    void enablePurgeProtection_patchesAnExistingVault();
    void listVaults_andAccessPolicyAdd();
    void checkNameAvailability_andDeletedVault();
    void fromJson_wrongTypes_areInvalidResponse();

private:
    template<typename R, typename Job>
    R run(Job *job);
    static QString sub() { return Sandbox::Scenarios::subscriptionId(QStringLiteral("fabrikam")); }
    static QString tenant() { return Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")); }
    static QString group() { return QStringLiteral("rg-crosskey-customer"); }

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Tests::SandboxTokenSource> m_tokens;
    std::unique_ptr<Azure::RestPipeline> m_pipeline;
    std::unique_ptr<KeyVaultManagementClient> m_client;
};

void tst_KeyVaultManagementClient::initTestCase()
{
    qRegisterMetaType<Azure::RestResult>();
    qRegisterMetaType<Azure::JsonArrayResult>();
    qRegisterMetaType<Azure::ArmResourceResult>();
}

void tst_KeyVaultManagementClient::init()
{
    m_sandbox = std::make_unique<Sandbox::Server>();
    QVERIFY(m_sandbox->listen(0));
    QVERIFY(m_sandbox->reset(QStringLiteral("customer-ready")));
    const Azure::Cloud cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(cloud.isValid());
    m_tokens =
        std::make_unique<Tests::SandboxTokenSource>(*m_sandbox, QStringLiteral("admin@fabrikam.onmicrosoft.com"));
    m_pipeline = std::make_unique<Azure::RestPipeline>(&m_network, m_clock, cloud, m_tokens.get());
    m_client = std::make_unique<KeyVaultManagementClient>(m_pipeline.get());
}

void tst_KeyVaultManagementClient::cleanup()
{
    m_client.reset();
    m_pipeline.reset();
    m_tokens.reset();
    m_sandbox.reset();
}

template<typename R, typename Job>
R tst_KeyVaultManagementClient::run(Job *job)
{
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().template value<R>();
}

void tst_KeyVaultManagementClient::getVault_readsRecoveryPermissionModelAndFirewall()
{
    const auto result =
        run<Azure::ArmResourceResult>(m_client->getVault(sub(), group(), Sandbox::StorageScenarios::vaultName()));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    const auto vault = KeyVaultInfo::fromResource(result.value());
    QVERIFY(vault.hasValue());
    QCOMPARE(vault.value().name, Sandbox::StorageScenarios::vaultName());
    QCOMPARE(vault.value().tenantId, tenant());
    QVERIFY(vault.value().enableRbacAuthorization);
    QCOMPARE(vault.value().permissionModel(), QStringLiteral("rbac"));
    QVERIFY(vault.value().enableSoftDelete);
    QVERIFY(vault.value().enablePurgeProtection);
    QVERIFY(vault.value().allowsTrustedServices());
    QVERIFY(vault.value().vaultUri.endsWith(QStringLiteral("/vaults/kv-fabrikam-cmk/")));
    QVERIFY(KeyVaultManagementClient::vaultId(sub(), group(), Sandbox::StorageScenarios::vaultName())
                .compare(vault.value().id, Qt::CaseInsensitive) == 0);

    const auto byId = run<Azure::ArmResourceResult>(m_client->getVault(vault.value().id));
    QVERIFY(byId.hasValue());
    const auto missing = run<Azure::ArmResourceResult>(m_client->getVault(sub(), group(), QStringLiteral("kv-none")));
    QVERIFY(!missing.hasValue());
    QCOMPARE(missing.error().httpStatus(), 404);
}

void tst_KeyVaultManagementClient::createVault_rbacWithPurgeProtection()
{
    KeyVaultManagementClient::CreateOptions options;
    options.location = QStringLiteral("eastus");
    options.tenantId = tenant();
    const auto result =
        run<Azure::ArmResourceResult>(m_client->createVault(sub(), group(), QStringLiteral("kv-new-one"), options));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    const auto vault = KeyVaultInfo::fromResource(result.value());
    QVERIFY(vault.hasValue());
    QVERIFY(vault.value().enableRbacAuthorization);
    QVERIFY(vault.value().enablePurgeProtection);
    QVERIFY(vault.value().enableSoftDelete);
    QCOMPARE(vault.value().softDeleteRetentionInDays, 90);
    QCOMPARE(vault.value().provisioningState, QStringLiteral("Succeeded"));

    options.enableRbacAuthorization = false;
    options.enablePurgeProtection = false; // never sent as false (§3.7): the vault is created without it
    const auto policies =
        run<Azure::ArmResourceResult>(m_client->createVault(sub(), group(), QStringLiteral("kv-new-two"), options));
    QVERIFY2(policies.hasValue(), qPrintable(policies ? QString() : policies.error().summary()));
    const auto second = KeyVaultInfo::fromResource(policies.value());
    QCOMPARE(second.value().permissionModel(), QStringLiteral("accessPolicies"));
    QVERIFY(!second.value().enablePurgeProtection);
}

void tst_KeyVaultManagementClient::createVault_nameTakenElsewhere_isVaultAlreadyExists()
{
    KeyVaultManagementClient::CreateOptions options;
    options.location = QStringLiteral("eastus");
    options.tenantId = tenant();
    const auto result = run<Azure::ArmResourceResult>(
        m_client->createVault(sub(), QStringLiteral("rg-shared"), Sandbox::StorageScenarios::vaultName(), options));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().httpStatus(), 409);
    QCOMPARE(result.error().code(), QStringLiteral("VaultAlreadyExists"));
    QVERIFY(!result.error().hint().isEmpty());
}

void tst_KeyVaultManagementClient::enablePurgeProtection_patchesAnExistingVault()
{
    for (auto &vault : m_sandbox->world().editKeyVault().vaults) {
        vault.enablePurgeProtection = false;
    }
    const QString id = KeyVaultManagementClient::vaultId(sub(), group(), Sandbox::StorageScenarios::vaultName());
    const auto result = run<Azure::ArmResourceResult>(m_client->enablePurgeProtection(id));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QVERIFY(KeyVaultInfo::fromResource(result.value()).value().enablePurgeProtection);
    QVERIFY(m_sandbox->world().keyVault().vaults.first().enablePurgeProtection);
}

void tst_KeyVaultManagementClient::listVaults_andAccessPolicyAdd()
{
    const auto list = run<Azure::JsonArrayResult>(m_client->listVaults(sub(), group()));
    QVERIFY(list.hasValue());
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value().first().toObject().value(QStringLiteral("name")).toString(),
             Sandbox::StorageScenarios::vaultName());

    const QString id = KeyVaultManagementClient::vaultId(sub(), group(), Sandbox::StorageScenarios::vaultName());
    const QString principal = QStringLiteral("0f0e0d0c-0b0a-4909-8807-060504030201");
    const auto added = run<Azure::RestResult>(
        m_client->addAccessPolicy(id, tenant(), principal, {QStringLiteral("get"), QStringLiteral("wrapKey")}));
    QVERIFY2(added.hasValue(), qPrintable(added ? QString() : added.error().summary()));
    auto policies = KeyVaultInfo::accessPoliciesFromJson(
        added.value().json.value(QStringLiteral("properties")).toObject().value(QStringLiteral("accessPolicies")));
    QVERIFY(policies.hasValue());
    QCOMPARE(policies.value().size(), 1);
    QCOMPARE(policies.value().first().objectId, principal);
    QCOMPARE(policies.value().first().missingKeys(
                 {QStringLiteral("get"), QStringLiteral("wrapkey"), QStringLiteral("unwrapKey")}),
             QStringList{QStringLiteral("unwrapKey")});

    // add merges: the second call completes the entry.
    QVERIFY(run<Azure::RestResult>(m_client->addAccessPolicy(id, tenant(), principal, {QStringLiteral("unwrapKey")}))
                .hasValue());
    const auto vault = run<Azure::ArmResourceResult>(m_client->getVault(id));
    const auto info = KeyVaultInfo::fromResource(vault.value());
    QVERIFY(info.value().policyFor(principal));
    QVERIFY(info.value().policyFor(principal)->grantsKeys(
        {QStringLiteral("get"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}));
}

void tst_KeyVaultManagementClient::checkNameAvailability_andDeletedVault()
{
    const auto taken =
        run<Azure::RestResult>(m_client->checkNameAvailability(sub(), Sandbox::StorageScenarios::vaultName()));
    QVERIFY(taken.hasValue());
    QCOMPARE(taken.value().json.value(QStringLiteral("nameAvailable")).toBool(true), false);
    const auto free = run<Azure::RestResult>(m_client->checkNameAvailability(sub(), QStringLiteral("kv-free-name")));
    QCOMPARE(free.value().json.value(QStringLiteral("nameAvailable")).toBool(), true);
    const auto deleted =
        run<Azure::RestResult>(m_client->getDeletedVault(sub(), QStringLiteral("eastus"), QStringLiteral("kv-gone")));
    QVERIFY(!deleted.hasValue());
    QCOMPARE(deleted.error().httpStatus(), 404);
}

void tst_KeyVaultManagementClient::fromJson_wrongTypes_areInvalidResponse()
{
    const QJsonObject good{{QStringLiteral("id"), QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                                                 "Microsoft.KeyVault/vaults/kv")},
                           {QStringLiteral("name"), QStringLiteral("kv")},
                           {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("vaultUri"), QStringLiteral("https://kv.vault.azure.net/")},
                                        {QStringLiteral("networkAcls"),
                                         QJsonObject{{QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                                                     {QStringLiteral("bypass"), QStringLiteral("None")}}}}}};
    const auto parsed = KeyVaultInfo::fromJson(good);
    QVERIFY(parsed.hasValue());
    QVERIFY(parsed.value().enableSoftDelete); // Azure's default when absent
    QVERIFY(!parsed.value().enablePurgeProtection);
    QVERIFY(!parsed.value().allowsTrustedServices());
    for (const char *field : {"enablePurgeProtection", "accessPolicies", "vaultUri", "networkAcls"}) {
        QJsonObject bad = good;
        QJsonObject properties = bad.value(QStringLiteral("properties")).toObject();
        properties.insert(QLatin1String(field), 42);
        bad.insert(QStringLiteral("properties"), properties);
        const auto result = KeyVaultInfo::fromJson(bad);
        QVERIFY2(!result.hasValue(), field);
        QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
    }
}

QTEST_GUILESS_MAIN(tst_KeyVaultManagementClient)
#include "tst_keyvaultmanagementclient.moc"
