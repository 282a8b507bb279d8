// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accountindex.h"
#include "azure/accountregistry.h"
#include "azure/accountsession.h"
#include "azure/cloudresolvejob.h"
#include "azure/graphobjectjob.h"
#include "azure/memorytokenstore.h"
#include "azure/pagerjob.h"
#include "azure/signinoperation.h"
#include "azure/signinservice.h"
#include "azure/systemclock.h"
#include "azure/tenantconnection.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "tests/azure/sandboxbrowser.h"
#include "tests/azure/sandboxcloud.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey;
using Azure::AccountIndex;
using Azure::AccountSession;
using Azure::SessionResult;
using Azure::SignInOperation;
using Azure::SignInService;

namespace {

const QString kTenantDomain = QStringLiteral("contosoisv.onmicrosoft.com");

QString summaryOf(const SessionResult &result)
{
    return result.hasValue() ? QString() : result.error().summary();
}

// One run of the product: its own registry and service over a shared store and settings file (what a
// later process finds again is exactly what the keychain and the settings keep).
struct Run
{
    Run(QNetworkAccessManager *network, const Azure::Clock &clock, Azure::TokenStore *store, QSettings *settings,
        Azure::UrlOpener *opener)
        : index(settings)
        , service(network, clock, store, &registry, opener, &index)
    {}

    Azure::AccountRegistry registry;
    AccountIndex index;
    SignInService service;
};

} // namespace

// SignInService against the sandbox over real HTTP: browser (SandboxBrowser follows the auto-approved page)
// and device code (auto-approved, one-second interval) sign-ins, restore in a "later run", connections,
// sign-out, and what the settings file may hold.
class tst_SignInService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void browser_addsSessionIndexEntryAndStoredAccount();
    void deviceCode_showsCodeThenSignsIn();
    void restore_laterRun_findsAccountByDomainOrId();
    void restore_nothingSaved_isNoSavedAccount();
    void restore_otherClientId_isNoSavedAccount();
    void restore_storeLostEntry_dropsIndexEntry();
    void connection_givesWorkingClientsOncePerSession();
    void signOut_removesStoreIndexAndSession();
    void settings_holdNoToken();
    void resolveCloud_builtInUrlAndJunk();

private:
    SessionResult signIn(Run &run, SignInService::Method method, const QString &tenant = kTenantDomain);
    SessionResult finish(SignInOperation *operation);

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    Azure::Cloud m_cloud;
    std::unique_ptr<Tests::SandboxBrowser> m_browser;
    std::unique_ptr<Azure::MemoryTokenStore> m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_SignInService::initTestCase()
{
    qRegisterMetaType<SessionResult>();
    qRegisterMetaType<Azure::DeviceCodePrompt>();
    qRegisterMetaType<Azure::CloudResult>();
    Sandbox::ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    options.deviceCodeIntervalSeconds = 1;
    m_sandbox = std::make_unique<Sandbox::Server>(options);
    QVERIFY(m_sandbox->listen(0));
    m_cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(m_cloud.isValid());
    m_browser = std::make_unique<Tests::SandboxBrowser>(&m_network);
}

void tst_SignInService::init()
{
    m_store = std::make_unique<Azure::MemoryTokenStore>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("crosskey.ini")), QSettings::IniFormat);
}

SessionResult tst_SignInService::finish(SignInOperation *operation)
{
    QSignalSpy finished(operation, &SignInOperation::finished);
    operation->start();
    if (!finished.wait(20000) && finished.isEmpty()) {
        return Azure::AzureError(Azure::AzureError::Kind::Timeout, QStringLiteral("no answer"));
    }
    return finished.first().first().value<SessionResult>();
}

SessionResult tst_SignInService::signIn(Run &run, SignInService::Method method, const QString &tenant)
{
    Azure::SignInRequest request;
    request.cloud = m_cloud;
    request.tenant = tenant;
    return finish(run.service.signIn(request, method));
}

void tst_SignInService::browser_addsSessionIndexEntryAndStoredAccount()
{
    Run run(&m_network, m_clock, m_store.get(), m_settings.get(), m_browser.get());
    const int opened = m_browser->opened;
    const SessionResult result = signIn(run, SignInService::Method::Browser);
    QVERIFY2(result.hasValue(), qPrintable(summaryOf(result)));
    AccountSession *session = result.value();
    QCOMPARE(m_browser->opened, opened + 1);
    QCOMPARE(session->account().tenantId, Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")));
    QCOMPARE(session->account().clientId, Azure::ClientIds::defaultPublicClient());
    QCOMPARE(run.registry.sessions(), QList<AccountSession *>{session});
    QCOMPARE(m_store->size(), 1);
    const auto entries = run.index.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().tenant, kTenantDomain);
    QCOMPARE(entries.first().tenantId, session->account().tenantId);
    QCOMPARE(entries.first().accountKey, session->account().key());
    QCOMPARE(entries.first().resourceManager, m_cloud.resourceManagerUrl());
}

void tst_SignInService::deviceCode_showsCodeThenSignsIn()
{
    Run run(&m_network, m_clock, m_store.get(), m_settings.get(), nullptr);
    Azure::SignInRequest request;
    request.cloud = m_cloud;
    request.tenant = kTenantDomain;
    SignInOperation *operation = run.service.signIn(request, SignInService::Method::DeviceCode);
    QSignalSpy prompt(operation, &SignInOperation::deviceCodeReady);
    const SessionResult result = finish(operation);
    QVERIFY2(result.hasValue(), qPrintable(summaryOf(result)));
    QCOMPARE(prompt.count(), 1);
    const auto shown = prompt.first().first().value<Azure::DeviceCodePrompt>();
    QVERIFY(!shown.userCode.isEmpty());
    QCOMPARE(shown.verificationUri.host(), m_sandbox->baseUrl().host());
    QCOMPARE(run.index.entries().size(), 1);
}

void tst_SignInService::restore_laterRun_findsAccountByDomainOrId()
{
    QString tenantId;
    {
        Run first(&m_network, m_clock, m_store.get(), m_settings.get(), m_browser.get());
        const SessionResult result = signIn(first, SignInService::Method::Browser);
        QVERIFY2(result.hasValue(), qPrintable(summaryOf(result)));
        tenantId = result.value()->account().tenantId;
    }
    const int tokensBefore = m_sandbox->requestCount();
    for (const QString &tenant : {kTenantDomain, tenantId.toUpper()}) {
        Run later(&m_network, m_clock, m_store.get(), m_settings.get(), nullptr);
        SignInOperation *operation = later.service.restore(m_cloud, tenant);
        QSignalSpy found(operation, &SignInOperation::accountFound);
        const SessionResult result = finish(operation);
        QVERIFY2(result.hasValue(), qPrintable(summaryOf(result)));
        QCOMPARE(result.value()->account().tenantId, tenantId);
        QCOMPARE(found.count(), 1);
        QVERIFY(found.first().first().toString().startsWith(QLatin1String("admin@")));
        QCOMPARE(later.registry.sessions().size(), 1);
        // Restoring again in the same run hands out the registry's session without asking anyone.
        const int requests = m_sandbox->requestCount();
        const SessionResult again = finish(later.service.restore(m_cloud, tenant));
        QVERIFY(again.hasValue());
        QCOMPARE(again.value(), result.value());
        QCOMPARE(m_sandbox->requestCount(), requests);
    }
    QVERIFY(m_sandbox->requestCount() > tokensBefore); // each restore proved its refresh token once
}

void tst_SignInService::restore_nothingSaved_isNoSavedAccount()
{
    Run run(&m_network, m_clock, m_store.get(), m_settings.get(), nullptr);
    const SessionResult result = finish(run.service.restore(m_cloud, kTenantDomain));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), Azure::AzureError::Kind::SignIn);
    QCOMPARE(result.error().code(), QStringLiteral("NoSavedAccount"));
}

void tst_SignInService::restore_otherClientId_isNoSavedAccount()
{
    {
        Run first(&m_network, m_clock, m_store.get(), m_settings.get(), m_browser.get());
        QVERIFY(signIn(first, SignInService::Method::Browser).hasValue());
    }
    Run later(&m_network, m_clock, m_store.get(), m_settings.get(), nullptr);
    later.service.setClientId(QStringLiteral("1950a258-227b-4e31-a9cf-717495945fc2")); // Azure PowerShell
    const SessionResult result = finish(later.service.restore(m_cloud, kTenantDomain));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code(), QStringLiteral("NoSavedAccount"));
}

void tst_SignInService::restore_storeLostEntry_dropsIndexEntry()
{
    {
        Run first(&m_network, m_clock, m_store.get(), m_settings.get(), m_browser.get());
        QVERIFY(signIn(first, SignInService::Method::Browser).hasValue());
    }
    Azure::MemoryTokenStore emptyStore; // as if the keychain entry was deleted by hand
    Run later(&m_network, m_clock, &emptyStore, m_settings.get(), nullptr);
    const SessionResult result = finish(later.service.restore(m_cloud, kTenantDomain));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code(), QStringLiteral("NoSavedAccount"));
    QVERIFY(later.index.entries().isEmpty());
}

void tst_SignInService::connection_givesWorkingClientsOncePerSession()
{
    Run run(&m_network, m_clock, m_store.get(), m_settings.get(), m_browser.get());
    const SessionResult result = signIn(run, SignInService::Method::Browser);
    QVERIFY2(result.hasValue(), qPrintable(summaryOf(result)));
    Azure::TenantConnection *connection = run.service.connection(result.value());
    QVERIFY(connection);
    QCOMPARE(run.service.connection(result.value()), connection);
    QCOMPARE(connection->tenantId(), result.value()->account().tenantId);
    QCOMPARE(connection->userObjectId(), result.value()->account().objectId);

    Azure::GraphObjectJob *me = connection->graph().me();
    QSignalSpy meDone(me, &Azure::GraphObjectJob::finished);
    me->start();
    QVERIFY(meDone.wait(10000));
    const auto user = meDone.first().first().value<Azure::GraphObjectResult>();
    QVERIFY2(user.hasValue(), qPrintable(user.hasValue() ? QString() : user.error().summary()));

    Azure::PagerJob *subscriptions = connection->arm().listSubscriptions();
    QSignalSpy listed(subscriptions, &Azure::PagerJob::finished);
    subscriptions->start();
    QVERIFY(listed.wait(10000));
    const auto list = listed.first().first().value<Azure::JsonArrayResult>();
    QVERIFY2(list.hasValue(), qPrintable(list.hasValue() ? QString() : list.error().summary()));
    QCOMPARE(list.value().size(), 1);

    // The connection goes with its session.
    QPointer<Azure::TenantConnection> watched(connection);
    run.service.signOut(result.value());
    QVERIFY(!watched);
}

void tst_SignInService::signOut_removesStoreIndexAndSession()
{
    Run run(&m_network, m_clock, m_store.get(), m_settings.get(), m_browser.get());
    const SessionResult result = signIn(run, SignInService::Method::Browser);
    QVERIFY2(result.hasValue(), qPrintable(summaryOf(result)));
    QPointer<AccountSession> session(result.value());
    QCOMPARE(m_store->size(), 1);
    run.service.signOut(session);
    QVERIFY(run.index.entries().isEmpty());
    QVERIFY(run.registry.sessions().isEmpty());
    QTRY_COMPARE(m_store->size(), 0);
    QTRY_VERIFY(!session);
    const SessionResult restored = finish(run.service.restore(m_cloud, kTenantDomain));
    QVERIFY(!restored.hasValue());
}

void tst_SignInService::settings_holdNoToken()
{
    {
        Run run(&m_network, m_clock, m_store.get(), m_settings.get(), m_browser.get());
        const SessionResult result = signIn(run, SignInService::Method::Browser);
        QVERIFY2(result.hasValue(), qPrintable(summaryOf(result)));
    }
    m_settings->sync();
    Azure::TokenStoreJob *read = m_store->read(AccountIndex(m_settings.get()).entries().value(0).accountKey);
    QSignalSpy readDone(read, &Azure::TokenStoreJob::finished);
    read->start();
    QVERIFY(readDone.wait(5000));
    const auto stored = readDone.first().first().value<Azure::TokenStoreResult>();
    QVERIFY(stored.hasValue() && stored.value());
    const QString refreshToken = stored.value()->refreshToken;
    QVERIFY(refreshToken.size() > 16);

    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("accountKey"));
    QVERIFY(!text.contains(refreshToken.toUtf8()));
    QVERIFY(!text.contains(refreshToken.left(16).toUtf8()));
    QVERIFY(!text.contains("eyJ")); // no JWT of any kind
}

void tst_SignInService::resolveCloud_builtInUrlAndJunk()
{
    QVERIFY(Azure::CloudResolveJob::validate(QStringLiteral("usgov")));
    QVERIFY(Azure::CloudResolveJob::validate(m_sandbox->baseUrl().toString()));
    QVERIFY(!Azure::CloudResolveJob::validate(QStringLiteral("http://example.com")));
    QVERIFY(!Azure::CloudResolveJob::validate(QStringLiteral("mars")));

    const auto resolve = [this](const QString &name) {
        auto *job = new Azure::CloudResolveJob(&m_network, name);
        QSignalSpy finished(job, &Azure::CloudResolveJob::finished);
        job->start();
        finished.wait(10000);
        return finished.isEmpty() ? Azure::CloudResult() : finished.first().first().value<Azure::CloudResult>();
    };
    const auto china = resolve(QStringLiteral("China"));
    QVERIFY(china.hasValue());
    QCOMPARE(china.value(), Azure::Cloud::china());
    const auto sandbox = resolve(m_sandbox->baseUrl().toString());
    QVERIFY(sandbox.hasValue());
    QCOMPARE(sandbox.value(), m_cloud);
    const auto junk = resolve(QStringLiteral("ftp://127.0.0.1/"));
    QVERIFY(!junk.hasValue());
    QCOMPARE(junk.error().kind(), Azure::AzureError::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_SignInService)
#include "tst_signinservice.moc"
