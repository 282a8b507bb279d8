// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/armresourcejob.h"
#include "azure/lrojob.h"
#include "azure/pagerjob.h"
#include "azure/resourcemanagerclient.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "sandbox/knownids.h"
#include "sandbox/scenarios.h"
#include "sandboxcloud.h"
#include "sandboxtokensource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace CrossKey;
using Azure::ArmResource;
using Azure::ArmResourceJob;
using Azure::ArmResourceResult;
using Azure::AzureError;
using Azure::JsonArrayResult;
using Azure::RestResult;

// ResourceManagerClient against the sandbox's Resource Manager (CONTRACTS.md §3), as admin@ (Owner) and
// support@ (Reader) of Contoso ISV.
class tst_ResourceManagerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listSubscriptions_givesTheTenantsSubscription();
    void tenantsLocationsAndFeature_areRead();
    void createResourceGroup_givesTheTypedGroup();
    void readerCreatingAGroup_isAuthorizationFailed();
    void unregisteredNamespace_isMissingSubscriptionRegistration();
    void roleAssignment_createListDelete();
    void armResource_wrongTypes_areInvalidResponse();

private:
    void signIn(const QString &user);
    template<typename Job, typename R>
    R run(Job *job);

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Tests::SandboxTokenSource> m_tokens;
    std::unique_ptr<Azure::RestPipeline> m_pipeline;
    std::unique_ptr<Azure::ResourceManagerClient> m_client;
    Azure::Cloud m_cloud;
    QString m_subscription;
};

void tst_ResourceManagerClient::initTestCase()
{
    qRegisterMetaType<RestResult>();
    qRegisterMetaType<JsonArrayResult>();
    qRegisterMetaType<ArmResourceResult>();
    m_subscription = Sandbox::Scenarios::subscriptionId(QStringLiteral("contosoisv"));
}

void tst_ResourceManagerClient::init()
{
    m_sandbox = std::make_unique<Sandbox::Server>();
    QVERIFY(m_sandbox->listen(0));
    m_cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(m_cloud.isValid());
    signIn(QStringLiteral("admin"));
}

void tst_ResourceManagerClient::cleanup()
{
    m_client.reset();
    m_pipeline.reset();
    m_tokens.reset();
    m_sandbox.reset();
}

void tst_ResourceManagerClient::signIn(const QString &user)
{
    m_client.reset();
    m_pipeline.reset();
    m_tokens =
        std::make_unique<Tests::SandboxTokenSource>(*m_sandbox, user + QStringLiteral("@contosoisv.onmicrosoft.com"));
    m_pipeline = std::make_unique<Azure::RestPipeline>(&m_network, m_clock, m_cloud, m_tokens.get());
    m_client = std::make_unique<Azure::ResourceManagerClient>(m_pipeline.get());
}

template<typename Job, typename R>
R tst_ResourceManagerClient::run(Job *job)
{
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().template value<R>();
}

void tst_ResourceManagerClient::listSubscriptions_givesTheTenantsSubscription()
{
    const auto result = run<Azure::PagerJob, JsonArrayResult>(m_client->listSubscriptions());
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(result.value().size(), 1);
    QCOMPARE(result.value().first().toObject().value(QStringLiteral("subscriptionId")).toString(), m_subscription);
}

void tst_ResourceManagerClient::tenantsLocationsAndFeature_areRead()
{
    const auto tenants = run<Azure::PagerJob, JsonArrayResult>(m_client->listTenants());
    QVERIFY2(tenants.hasValue(), qPrintable(tenants ? QString() : tenants.error().summary()));
    QVERIFY(!tenants.value().isEmpty());
    const auto locations = run<Azure::PagerJob, JsonArrayResult>(m_client->listLocations(m_subscription));
    QVERIFY2(locations.hasValue(), qPrintable(locations ? QString() : locations.error().summary()));
    QCOMPARE(locations.value().size(), 6); // docs/sandbox.md
    const auto feature = run<Azure::RestJob, RestResult>(m_client->getFeature(
        m_subscription, QStringLiteral("Microsoft.Storage"), QStringLiteral("FederatedClientIdentity")));
    QVERIFY2(feature.hasValue(), qPrintable(feature ? QString() : feature.error().summary()));
    QVERIFY(
        feature.value().json.value(QStringLiteral("properties")).toObject().value(QStringLiteral("state")).isString());
    const auto groups = run<Azure::PagerJob, JsonArrayResult>(m_client->listResourceGroups(m_subscription));
    QVERIFY(groups.hasValue());
    QCOMPARE(groups.value().size(), 2);
}

void tst_ResourceManagerClient::createResourceGroup_givesTheTypedGroup()
{
    const auto result = run<ArmResourceJob, ArmResourceResult>(
        m_client->createResourceGroup(m_subscription, QStringLiteral("rg-rest"), QStringLiteral("eastus")));
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().summary()));
    QCOMPARE(result.value().name, QStringLiteral("rg-rest"));
    QCOMPARE(result.value().location, QStringLiteral("eastus"));
    // ARM ids are case-insensitive (§3): "resourcegroups" and "resourceGroups" name one group.
    QVERIFY(ArmResource::sameId(result.value().id,
                                QStringLiteral("/subscriptions/%1/resourcegroups/RG-REST").arg(m_subscription)));
    const auto read =
        run<ArmResourceJob, ArmResourceResult>(m_client->getResourceGroup(m_subscription, QStringLiteral("rg-rest")));
    QVERIFY(read.hasValue());
    QVERIFY(ArmResource::sameId(read.value().id, result.value().id));
}

void tst_ResourceManagerClient::readerCreatingAGroup_isAuthorizationFailed()
{
    signIn(QStringLiteral("support"));
    const auto result = run<ArmResourceJob, ArmResourceResult>(
        m_client->createResourceGroup(m_subscription, QStringLiteral("rg-nope"), QStringLiteral("eastus")));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().httpStatus(), 403);
    QCOMPARE(result.error().code(), QStringLiteral("AuthorizationFailed"));
    QVERIFY(!result.error().hint().isEmpty());
}

void tst_ResourceManagerClient::unregisteredNamespace_isMissingSubscriptionRegistration()
{
    // docs/sandbox.md: Microsoft.ManagedIdentity starts unregistered in Contoso ISV.
    const auto result = run<ArmResourceJob, ArmResourceResult>(m_client->createUserAssignedIdentity(
        m_subscription, QStringLiteral("rg-crosskey-isv"), QStringLiteral("id-crosskey"), QStringLiteral("eastus")));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().httpStatus(), 409);
    QCOMPARE(result.error().code(), QStringLiteral("MissingSubscriptionRegistration"));

    const auto registered = run<Azure::RestJob, RestResult>(
        m_client->registerProvider(m_subscription, QStringLiteral("Microsoft.ManagedIdentity")));
    QVERIFY2(registered.hasValue(), qPrintable(registered ? QString() : registered.error().summary()));
    const QString state = registered.value().json.value(QStringLiteral("registrationState")).toString();
    QVERIFY2(state == QLatin1String("Registering") || state == QLatin1String("Registered"), qPrintable(state));
}

void tst_ResourceManagerClient::roleAssignment_createListDelete()
{
    const QString scope = QStringLiteral("/subscriptions/%1/resourceGroups/rg-crosskey-isv").arg(m_subscription);
    const auto roles =
        run<Azure::PagerJob, JsonArrayResult>(m_client->roleDefinitionsByName(scope, QStringLiteral("Reader")));
    QVERIFY2(roles.hasValue(), qPrintable(roles ? QString() : roles.error().summary()));
    QCOMPARE(roles.value().size(), 1);
    const QString roleId = roles.value().first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(roleId.endsWith(Sandbox::KnownIds::readerRoleDefinition, Qt::CaseInsensitive));

    const QString principal = Sandbox::Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("developer"));
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto created = run<ArmResourceJob, ArmResourceResult>(
        m_client->createRoleAssignment(scope, name, roleId, principal, QStringLiteral("User")));
    QVERIFY2(created.hasValue(), qPrintable(created ? QString() : created.error().summary()));
    QCOMPARE(created.value().name, name);

    const auto listed = run<Azure::PagerJob, JsonArrayResult>(
        m_client->listRoleAssignments(scope, QStringLiteral("principalId eq '%1'").arg(principal)));
    QVERIFY(listed.hasValue());
    bool found = false;
    for (const auto &item : listed.value()) {
        found =
            found || ArmResource::sameId(item.toObject().value(QStringLiteral("id")).toString(), created.value().id);
    }
    QVERIFY(found);

    const auto removed = run<Azure::RestJob, RestResult>(m_client->deleteRoleAssignment(created.value().id));
    QVERIFY2(removed.hasValue(), qPrintable(removed ? QString() : removed.error().summary()));
}

void tst_ResourceManagerClient::armResource_wrongTypes_areInvalidResponse()
{
    QVERIFY(ArmResource::fromJson(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("/x")}, {QStringLiteral("unknownField"), 42}})
                .hasValue());
    QCOMPARE(ArmResource::fromJson(QJsonObject{{QStringLiteral("id"), 42}}).error().kind(),
             AzureError::Kind::InvalidResponse);
    QCOMPARE(ArmResource::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("/x")},
                                               {QStringLiteral("properties"), QStringLiteral("nope")}})
                 .error()
                 .kind(),
             AzureError::Kind::InvalidResponse);
    QCOMPARE(ArmResource::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}).error().kind(),
             AzureError::Kind::InvalidResponse);
}

QTEST_GUILESS_MAIN(tst_ResourceManagerClient)
#include "tst_resourcemanagerclient.moc"
