// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/armresourcejob.h"
#include "azure/keyvaultclient.h"
#include "azure/pagerjob.h"
#include "azure/resourcemanagerclient.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/systemclock.h"
#include "sandbox/keyvaultstate.h"
#include "sandbox/keyvaulturis.h"
#include "sandbox/requestlog.h"
#include "sandbox/scenarios.h"
#include "sandbox/storagescenarios.h"
#include "sandbox/world.h"
#include "sandboxcloud.h"
#include "sandboxtokensource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace CrossKey;
using Azure::AzureError;
using Azure::JsonArrayResult;
using Azure::RestResult;

// KeyVaultClient against the sandbox's vault in the customer-ready scenario: the first call goes without a
// token and is answered by the vault's challenge (CONTRACTS.md §1.8), then the key calls of §4.
class tst_KeyVaultClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstCall_answersTheChallengeForTheVaultsTenant();
    void keys_createGetVersionsDisableRotate();
    void listKeys_followsNextLinkAndSkipsDeleted();

private:
    template<typename Job, typename R>
    R run(Job *job);
    QList<int> statuses() const;

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Tests::SandboxTokenSource> m_tokens;
    std::unique_ptr<Azure::RestPipeline> m_pipeline;
    std::unique_ptr<Azure::KeyVaultClient> m_vault;
    Azure::Cloud m_cloud;
};

void tst_KeyVaultClient::initTestCase()
{
    qRegisterMetaType<RestResult>();
    qRegisterMetaType<JsonArrayResult>();
    qRegisterMetaType<Azure::ArmResourceResult>();
}

void tst_KeyVaultClient::init()
{
    m_sandbox = std::make_unique<Sandbox::Server>();
    QVERIFY(m_sandbox->listen(0));
    QVERIFY(m_sandbox->reset(QStringLiteral("customer-ready")));
    m_cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(m_cloud.isValid());
    m_tokens =
        std::make_unique<Tests::SandboxTokenSource>(*m_sandbox, QStringLiteral("admin@fabrikam.onmicrosoft.com"));
    m_pipeline = std::make_unique<Azure::RestPipeline>(&m_network, m_clock, m_cloud, m_tokens.get());
    const QUrl vaultUri(Sandbox::KeyVaultUris::vaultUri(m_sandbox->baseUrl(), Sandbox::StorageScenarios::vaultName()));
    m_vault = std::make_unique<Azure::KeyVaultClient>(m_pipeline.get(), vaultUri);
}

void tst_KeyVaultClient::cleanup()
{
    m_vault.reset();
    m_pipeline.reset();
    m_tokens.reset();
    m_sandbox.reset();
}

template<typename Job, typename R>
R tst_KeyVaultClient::run(Job *job)
{
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(20000)) {
        return AzureError(AzureError::Kind::Internal, QStringLiteral("job did not finish"));
    }
    return finished.first().first().template value<R>();
}

QList<int> tst_KeyVaultClient::statuses() const
{
    QList<int> list;
    for (const auto &entry : m_sandbox->requestLog().entries()) {
        if (entry.path.startsWith(QLatin1String("/vaults/"))) {
            list.append(entry.status);
        }
    }
    return list;
}

void tst_KeyVaultClient::firstCall_answersTheChallengeForTheVaultsTenant()
{
    const RestResult result = run<Azure::RestJob, RestResult>(m_vault->getKey(Sandbox::StorageScenarios::keyName()));
    // admin@ is Owner, which has no data actions: Key Vault refuses with 403, not 401 (§4.5).
    if (!result.hasValue()) {
        QCOMPARE(result.error().httpStatus(), 403);
    }
    const QList<int> seen = statuses();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.first(), 401);
    QCOMPARE(m_tokens->asked.size(), 1);
    QCOMPARE(m_tokens->asked.first().tenantId, Sandbox::Scenarios::tenantId(QStringLiteral("fabrikam")));
    QCOMPARE(m_tokens->asked.first().scope, QStringLiteral("https://vault.azure.net/.default"));

    // The challenge is remembered: the next call carries a token at once.
    run<Azure::RestJob, RestResult>(m_vault->getKey(Sandbox::StorageScenarios::keyName()));
    QCOMPARE(statuses().size(), 3);
    QVERIFY(statuses().last() != 401);
}

void tst_KeyVaultClient::keys_createGetVersionsDisableRotate()
{
    // Key Vault Crypto Officer on the vault for admin@, through the Resource Manager client (§3.8).
    const QString subscription = Sandbox::Scenarios::subscriptionId(QStringLiteral("fabrikam"));
    const QString vaultId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-crosskey-customer/providers/"
                                           "Microsoft.KeyVault/vaults/%2")
                                .arg(subscription, Sandbox::StorageScenarios::vaultName());
    // The scenario already gives admin@ the role, as customer grant does; start without it.
    const QString admin = Sandbox::Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("admin"));
    m_sandbox->world().editRoleAssignments().removeIf([&admin, &vaultId](const Sandbox::RoleAssignment &assignment) {
        return assignment.principalId == admin && assignment.scope.compare(vaultId, Qt::CaseInsensitive) == 0;
    });
    Azure::ResourceManagerClient arm(m_pipeline.get());
    const auto assigned = run<Azure::ArmResourceJob, Azure::ArmResourceResult>(arm.createRoleAssignment(
        vaultId, QUuid::createUuid().toString(QUuid::WithoutBraces),
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/"
                       "14b46e9e-c2b7-41b4-b07b-48a6ebf60603")
            .arg(subscription),
        Sandbox::Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("admin")), QStringLiteral("User")));
    QVERIFY2(assigned.hasValue(), qPrintable(assigned ? QString() : assigned.error().summary()));

    const RestResult created = run<Azure::RestJob, RestResult>(m_vault->createKey(QStringLiteral("rest-key")));
    QVERIFY2(created.hasValue(), qPrintable(created ? QString() : created.error().summary()));
    const QString kid =
        created.value().json.value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")).toString();
    QVERIFY(!kid.isEmpty());
    const QString version = kid.section(QLatin1Char('/'), -1);

    const RestResult rotated = run<Azure::RestJob, RestResult>(m_vault->rotateKey(QStringLiteral("rest-key")));
    QVERIFY2(rotated.hasValue(), qPrintable(rotated ? QString() : rotated.error().summary()));
    const JsonArrayResult versions =
        run<Azure::PagerJob, JsonArrayResult>(m_vault->listVersions(QStringLiteral("rest-key")));
    QVERIFY2(versions.hasValue(), qPrintable(versions ? QString() : versions.error().summary()));
    QCOMPARE(versions.value().size(), 2);

    const RestResult disabled =
        run<Azure::RestJob, RestResult>(m_vault->setEnabled(QStringLiteral("rest-key"), version, false));
    QVERIFY2(disabled.hasValue(), qPrintable(disabled ? QString() : disabled.error().summary()));
    QCOMPARE(disabled.value()
                 .json.value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("enabled"))
                 .toBool(true),
             false);
    const RestResult missing = run<Azure::RestJob, RestResult>(m_vault->getKey(QStringLiteral("no-such-key")));
    QVERIFY(!missing.hasValue());
    QCOMPARE(missing.error().httpStatus(), 404);
    QCOMPARE(missing.error().code(), QStringLiteral("KeyNotFound"));
}

void tst_KeyVaultClient::listKeys_followsNextLinkAndSkipsDeleted()
{
    // More keys than one page holds (25), and one soft-deleted key that must not be listed.
    const QString vault = Sandbox::StorageScenarios::vaultName();
    auto &keys = m_sandbox->world().editKeyVault().keys;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 30; ++i) {
        Sandbox::KeyVersion key;
        key.vaultName = vault;
        key.keyName = QStringLiteral("bulk-%1").arg(i, 2, 10, QLatin1Char('0'));
        key.version = QStringLiteral("%1").arg(i + 1, 32, 16, QLatin1Char('0'));
        key.created = now;
        key.updated = now;
        key.enabled = i != 3;
        key.deletedAt = i == 7 ? now : QDateTime();
        keys.append(key);
    }

    Azure::PagerJob *pager = m_vault->listKeys();
    const JsonArrayResult listed = run<Azure::PagerJob, JsonArrayResult>(pager);
    QVERIFY2(listed.hasValue(), qPrintable(listed ? QString() : listed.error().summary()));
    QStringList names;
    for (const QJsonValue &item : listed.value()) {
        const QJsonObject key = item.toObject();
        names.append(key.value(QStringLiteral("kid")).toString().section(QLatin1Char('/'), -1));
        QVERIFY(key.value(QStringLiteral("attributes")).toObject().contains(QStringLiteral("enabled")));
        if (names.last() == QStringLiteral("bulk-03")) {
            QCOMPARE(key.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("enabled")).toBool(),
                     false);
        }
    }
    QVERIFY2(names.contains(Sandbox::StorageScenarios::keyName()), qPrintable(names.join(u',')));
    QVERIFY(names.contains(QStringLiteral("bulk-00")));
    QVERIFY(names.contains(QStringLiteral("bulk-29")));
    QVERIFY(!names.contains(QStringLiteral("bulk-07")));
    QCOMPARE(names.count(QStringLiteral("bulk-12")), 1);
    QVERIFY(names.size() > 25); // the second page was fetched through nextLink
}

QTEST_GUILESS_MAIN(tst_KeyVaultClient)
#include "tst_keyvaultclient.moc"
