// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/blobclient.h"
#include "azure/lrojob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/storageaccountclient.h"
#include "azure/storageaccountinfo.h"
#include "azure/systemclock.h"
#include "sandbox/scenarios.h"
#include "sandbox/serveroptions.h"
#include "sandbox/storagescenarios.h"
#include "sandbox/world.h"
#include "sandboxcloud.h"
#include "sandboxtokensource.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace CrossKey;
using Azure::AzureError;
using Azure::StorageAccountClient;
using Azure::StorageAccountInfo;
using Sandbox::StorageScenarios;

// StorageAccountClient, StorageAccountInfo and BlobClient against the sandbox's Microsoft.Storage and blob service
// (CONTRACTS.md §3.9, §5) in the customer-ready scenario, signed in as Contoso ISV's admin.
class tst_StorageAccountClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void getAccount_readsLocationEncryptionAndBlobEndpoint();
    void checkNameAvailability_takenAndFree();
    void createAccount_pollsTheOperationToTheAccount();
    void updateAccount_bindsTheCustomerKey_andBack();
    void blobClient_putsAndReadsABlob();
    void blobErrors_carryTheStorageCode();
    void storageTokens_onlyForBlobEndpointsOfTheCloud();
    void fromJson_wrongTypes_areInvalidResponse();

private:
    template<typename Job>
    Azure::RestResult run(Job *job);
    static QString sub() { return Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv")); }
    static QString group() { return QStringLiteral("rg-crosskey-isv"); }
    QString identityId() const
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/"
                              "userAssignedIdentities/%3")
            .arg(sub(), group(), StorageScenarios::identityName());
    }
    QString vaultUri() const
    {
        return m_sandbox->baseUrl().toString() + QStringLiteral("/vaults/") + StorageScenarios::vaultName();
    }

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Tests::SandboxTokenSource> m_tokens;
    std::unique_ptr<Azure::RestPipeline> m_pipeline;
    std::unique_ptr<StorageAccountClient> m_client;
};

void tst_StorageAccountClient::initTestCase()
{
    qRegisterMetaType<Azure::RestResult>();
}

void tst_StorageAccountClient::init()
{
    Sandbox::ServerOptions options;
    options.scenario = QStringLiteral("customer-ready");
    options.longRunningOperationMs = 50;
    m_sandbox = std::make_unique<Sandbox::Server>(options);
    QVERIFY(m_sandbox->listen(0));
    const Azure::Cloud cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(cloud.isValid());
    m_tokens =
        std::make_unique<Tests::SandboxTokenSource>(*m_sandbox, QStringLiteral("admin@contosoisv.onmicrosoft.com"));
    m_pipeline = std::make_unique<Azure::RestPipeline>(&m_network, m_clock, cloud, m_tokens.get());
    m_client = std::make_unique<StorageAccountClient>(m_pipeline.get());
}

void tst_StorageAccountClient::cleanup()
{
    m_client.reset();
    m_pipeline.reset();
    m_tokens.reset();
    m_sandbox.reset();
}

template<typename Job>
Azure::RestResult tst_StorageAccountClient::run(Job *job)
{
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().template value<Azure::RestResult>();
}

void tst_StorageAccountClient::getAccount_readsLocationEncryptionAndBlobEndpoint()
{
    const auto result = run(m_client->getAccount(sub(), group(), StorageScenarios::accountName()));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    const auto info = StorageAccountInfo::fromJson(result.value().json);
    QVERIFY(info.hasValue());
    QCOMPARE(info.value().name, StorageScenarios::accountName());
    QCOMPARE(info.value().location, QStringLiteral("eastus"));
    QVERIFY(StorageAccountInfo::sameId(
        info.value().id, StorageAccountClient::accountId(sub(), group(), StorageScenarios::accountName())));
    QCOMPARE(info.value().keySource, QStringLiteral("Microsoft.Storage"));
    QVERIFY(!info.value().usesCustomerKey());
    QVERIFY(info.value().keyVaultUri.isEmpty());
    QVERIFY(info.value().blobEndpoint.isValid());
    QVERIFY(info.value().blobEndpoint.path().startsWith(QLatin1String("/blob/stcrosskeyisv")));

    const auto missing = run(m_client->getAccount(sub(), group(), QStringLiteral("stnothere")));
    QVERIFY(!missing.hasValue());
    QCOMPARE(missing.error().httpStatus(), 404);
}

void tst_StorageAccountClient::checkNameAvailability_takenAndFree()
{
    const auto taken = run(m_client->checkNameAvailability(sub(), StorageScenarios::accountName()));
    QVERIFY(taken.hasValue());
    QCOMPARE(taken.value().json.value(QStringLiteral("nameAvailable")).toBool(true), false);
    QCOMPARE(taken.value().json.value(QStringLiteral("reason")).toString(), QStringLiteral("AlreadyExists"));
    const auto free = run(m_client->checkNameAvailability(sub(), QStringLiteral("stcrosskeyfree")));
    QVERIFY(free.hasValue());
    QCOMPARE(free.value().json.value(QStringLiteral("nameAvailable")).toBool(false), true);
}

void tst_StorageAccountClient::createAccount_pollsTheOperationToTheAccount()
{
    Azure::LroJob *job =
        m_client->createAccount(sub(), group(), QStringLiteral("stcrosskeynew"), QStringLiteral("westeurope"));
    job->setPollInterval(std::chrono::milliseconds(20));
    const auto result = run(job);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    const auto info = StorageAccountInfo::fromJson(result.value().json);
    QVERIFY(info.hasValue());
    QCOMPARE(info.value().name, QStringLiteral("stcrosskeynew"));
    QCOMPARE(info.value().location, QStringLiteral("westeurope"));
    QCOMPARE(info.value().kind, QStringLiteral("StorageV2"));
    QCOMPARE(info.value().skuName, QStringLiteral("Standard_LRS"));
    bool found = false;
    for (const auto &account : m_sandbox->world().storage().accounts) {
        found = found || account.name == QLatin1String("stcrosskeynew");
    }
    QVERIFY(found);
}

void tst_StorageAccountClient::updateAccount_bindsTheCustomerKey_andBack()
{
    const StorageAccountClient::CustomerKey key{
        vaultUri(), StorageScenarios::keyName(), {}, identityId(), StorageScenarios::appId()};
    const auto bound = run(m_client->updateAccount(sub(), group(), StorageScenarios::accountName(),
                                                   StorageAccountClient::customerKeyBody(key, identityId())));
    QVERIFY2(bound.hasValue(), qPrintable(bound ? QString() : bound.error().summary() + bound.error().hint()));
    const auto info = StorageAccountInfo::fromJson(bound.value().json);
    QVERIFY(info.hasValue());
    QVERIFY(info.value().usesCustomerKey());
    QVERIFY(StorageAccountInfo::sameVaultUri(info.value().keyVaultUri, vaultUri() + QLatin1Char('/')));
    QCOMPARE(info.value().keyName, StorageScenarios::keyName());
    QVERIFY(info.value().keyVersion.isEmpty());
    QVERIFY(!info.value().currentKeyVersion().isEmpty());
    QVERIFY(StorageAccountInfo::sameId(info.value().encryptionIdentity, identityId()));
    QVERIFY(info.value().hasUserAssignedIdentity(
        identityId().replace(QLatin1String("resourceGroups"), QLatin1String("resourcegroups"))));
    QCOMPARE(info.value().federatedIdentityClientId, StorageScenarios::appId());

    const auto back = run(m_client->updateAccount(sub(), group(), StorageScenarios::accountName(),
                                                  StorageAccountClient::microsoftKeyBody()));
    QVERIFY(back.hasValue());
    const auto after = StorageAccountInfo::fromJson(back.value().json);
    QVERIFY(after.hasValue());
    QVERIFY(!after.value().usesCustomerKey());
    QVERIFY(after.value().keyVaultUri.isEmpty());
}

void tst_StorageAccountClient::blobClient_putsAndReadsABlob()
{
    const auto account = run(m_client->getAccount(sub(), group(), StorageScenarios::accountName()));
    QVERIFY(account.hasValue());
    const Azure::BlobClient blobs(m_pipeline.get(),
                                  StorageAccountInfo::fromJson(account.value().json).value().blobEndpoint);
    QVERIFY(run(blobs.createContainer(QStringLiteral("crosskey-test"))).hasValue());
    const auto again = run(blobs.createContainer(QStringLiteral("crosskey-test")));
    QVERIFY(!again.hasValue());
    QCOMPARE(again.error().code(), QStringLiteral("ContainerAlreadyExists"));
    QVERIFY(
        run(blobs.putBlob(QStringLiteral("crosskey-test"), QStringLiteral("a.txt"), "hello {not json}")).hasValue());
    const auto read = run(blobs.getBlob(QStringLiteral("crosskey-test"), QStringLiteral("a.txt")));
    QVERIFY2(read.hasValue(), qPrintable(read ? QString() : read.error().summary()));
    QCOMPARE(read.value().body, QByteArray("hello {not json}"));
    // The scenario's own blob, through a Storage-audience token.
    const auto seeded = run(blobs.getBlob(StorageScenarios::containerName(), StorageScenarios::blobName()));
    QVERIFY(seeded.hasValue());
    QCOMPARE(seeded.value().body, QByteArray("hello from the sandbox\n"));
    QVERIFY(std::any_of(m_tokens->asked.cbegin(), m_tokens->asked.cend(), [](const auto &request) {
        return request.scope == QLatin1String("https://storage.azure.com/.default");
    }));
}

void tst_StorageAccountClient::blobErrors_carryTheStorageCode()
{
    const auto account = run(m_client->getAccount(sub(), group(), StorageScenarios::accountName()));
    QVERIFY(account.hasValue());
    const Azure::BlobClient blobs(m_pipeline.get(),
                                  StorageAccountInfo::fromJson(account.value().json).value().blobEndpoint);
    const auto missing = run(blobs.getBlob(StorageScenarios::containerName(), QStringLiteral("nothere.txt")));
    QVERIFY(!missing.hasValue());
    QCOMPARE(missing.error().httpStatus(), 404);
    QCOMPARE(missing.error().code(), QStringLiteral("BlobNotFound"));
    QVERIFY(!missing.error().message().contains(QLatin1String("RequestId")));

    // Without a data role: Fabrikam's admin has none on the ISV account.
    Tests::SandboxTokenSource reader(*m_sandbox, QStringLiteral("support@contosoisv.onmicrosoft.com"));
    Azure::RestPipeline other(&m_network, m_clock, m_pipeline->cloud(), &reader);
    const Azure::BlobClient denied(&other, StorageAccountInfo::fromJson(account.value().json).value().blobEndpoint);
    const auto refused = run(denied.getBlob(StorageScenarios::containerName(), StorageScenarios::blobName()));
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().httpStatus(), 403);
    QCOMPARE(refused.error().code(), QStringLiteral("AuthorizationPermissionMismatch"));
}

void tst_StorageAccountClient::storageTokens_onlyForBlobEndpointsOfTheCloud()
{
    auto scope = [this](const QString &url) {
        return m_pipeline->scopeFor(Azure::RestRequest::get(Azure::RestRequest::Service::Storage, QUrl(url)));
    };
    QVERIFY(scope(m_sandbox->baseUrl().toString() + QStringLiteral("/blob/stcrosskeyisv/data/x")).hasValue());
    QCOMPARE(scope(QStringLiteral("https://stcrosskeyisv.blob.core.windows.net/data/x")).value(),
             QStringLiteral("https://storage.azure.com/.default"));
    QVERIFY(!scope(QStringLiteral("http://stcrosskeyisv.blob.core.windows.net/data/x")).hasValue());
    QVERIFY(!scope(QStringLiteral("https://stcrosskeyisv.blob.core.windows.net.evil.example/x")).hasValue());
    QVERIFY(!scope(QStringLiteral("https://a.b.blob.core.windows.net/x")).hasValue());
    QVERIFY(!scope(QStringLiteral("https://evil.example/blob/stcrosskeyisv/x")).hasValue());
    QVERIFY(!scope(m_sandbox->baseUrl().toString() + QStringLiteral("/subscriptions")).hasValue());

    // A built-in cloud's Resource Manager never gets a Storage token, even under /blob/.
    Azure::RestPipeline publicCloud(&m_network, m_clock, Azure::Cloud::azurePublic(), m_tokens.get());
    QVERIFY(!publicCloud
                 .scopeFor(Azure::RestRequest::get(Azure::RestRequest::Service::Storage,
                                                   QUrl(QStringLiteral("https://management.azure.com/blob/x/y"))))
                 .hasValue());
    QVERIFY(publicCloud
                .scopeFor(Azure::RestRequest::get(Azure::RestRequest::Service::Storage,
                                                  QUrl(QStringLiteral("https://acct.blob.core.windows.net/c/b"))))
                .hasValue());
}

void tst_StorageAccountClient::fromJson_wrongTypes_areInvalidResponse()
{
    QJsonObject json{{QStringLiteral("id"), QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                                           "Microsoft.Storage/storageAccounts/a")},
                     {QStringLiteral("name"), QStringLiteral("a")},
                     {QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("encryption"), QJsonObject{{QStringLiteral("keySource"), 7}}}}}};
    const auto wrong = StorageAccountInfo::fromJson(json);
    QVERIFY(!wrong.hasValue());
    QCOMPARE(wrong.error().kind(), AzureError::Kind::InvalidResponse);
    QVERIFY(wrong.error().message().contains(QLatin1String("properties.encryption.keySource")));
    QVERIFY(!StorageAccountInfo::fromJson(QJsonObject{}).hasValue());

    StorageAccountInfo info;
    info.currentVersionedKeyIdentifier = QStringLiteral("https://kv.vault.azure.net/keys/cmk/0123abcd");
    QCOMPARE(info.currentKeyVersion(), QStringLiteral("0123abcd"));
    info.currentVersionedKeyIdentifier = QStringLiteral("https://kv.vault.azure.net/keys/cmk");
    QVERIFY(info.currentKeyVersion().isEmpty());
    QVERIFY(StorageAccountInfo::sameVaultUri(QStringLiteral("https://KV.vault.azure.net:443/"),
                                             QStringLiteral("https://kv.vault.azure.net")));
    QVERIFY(!StorageAccountInfo::sameVaultUri(QStringLiteral("https://kv2.vault.azure.net/"),
                                              QStringLiteral("https://kv.vault.azure.net")));
}

QTEST_GUILESS_MAIN(tst_StorageAccountClient)
#include "tst_storageaccountclient.moc"
