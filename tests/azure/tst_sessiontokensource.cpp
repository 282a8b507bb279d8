// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/accountsession.h"
#include "azure/memorytokenstore.h"
#include "azure/sessiontokensource.h"
#include "azure/systemclock.h"
#include "sandbox/knownids.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandboxcloud.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace CrossKey;
using Azure::AccessTokenResult;
using Azure::AzureError;
using Azure::TokenSource;

// SessionTokenSource hands RestPipeline the tokens of an AccountSession, choosing the session by tenant.
class tst_SessionTokenSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSession_isSignInError();
    void otherTenantWithoutRegistry_isSignInError();
    void sessionsRefusal_reachesTheCaller();

private:
    AccessTokenResult ask(TokenSource &source, const TokenSource::Request &request);

    QNetworkAccessManager m_network;
    Azure::SystemClock m_clock;
};

AccessTokenResult tst_SessionTokenSource::ask(TokenSource &source, const TokenSource::Request &request)
{
    QObject context;
    AccessTokenResult answer = AzureError(AzureError::Kind::Internal, QStringLiteral("no answer"));
    bool answered = false;
    source.requestToken(request, &context, [&](const AccessTokenResult &result) {
        answer = result;
        answered = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 10000); }();
    return answer;
}

void tst_SessionTokenSource::noSession_isSignInError()
{
    Azure::SessionTokenSource source(nullptr);
    const auto result = ask(source, {QStringLiteral("https://management.azure.com/.default"), {}, {}, false});
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::SignIn);
}

void tst_SessionTokenSource::otherTenantWithoutRegistry_isSignInError()
{
    Azure::MemoryTokenStore store;
    Azure::Account account{QStringLiteral("sandbox"), QStringLiteral("tenant-a"), QStringLiteral("oid"),
                           QStringLiteral("admin@a"), Sandbox::KnownIds::azureCliClientId};
    Azure::AccountSession session(&m_network, &store, m_clock, Azure::Cloud::azurePublic(), account,
                                  QStringLiteral("refresh"));
    Azure::SessionTokenSource source(&session);
    const auto result =
        ask(source, {QStringLiteral("https://vault.azure.net/.default"), QStringLiteral("tenant-b"), {}, false});
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::SignIn);
    QVERIFY(result.error().message().contains(QStringLiteral("tenant-b")));
}

void tst_SessionTokenSource::sessionsRefusal_reachesTheCaller()
{
    // A refresh token the sandbox never issued: the session's refresh fails and that error comes through.
    Sandbox::Server sandbox;
    QVERIFY(sandbox.listen(0));
    const Azure::Cloud cloud = Tests::sandboxCloud(&m_network, sandbox.baseUrl());
    QVERIFY(cloud.isValid());
    Azure::MemoryTokenStore store;
    const QString tenant = Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv"));
    Azure::Account account{cloud.name(), tenant,
                           Sandbox::Scenarios::userId(QStringLiteral("contosoisv"), QStringLiteral("admin")),
                           QStringLiteral("admin@contosoisv.onmicrosoft.com"), Sandbox::KnownIds::azureCliClientId};
    Azure::AccountSession session(&m_network, &store, m_clock, cloud, account, QStringLiteral("not-a-refresh-token"));
    Azure::SessionTokenSource source(&session);
    const auto result = ask(source, {cloud.armScope(), tenant, {}, false});
    QVERIFY(!result.hasValue());
    QVERIFY(result.error().kind() != AzureError::Kind::Internal);
}

QTEST_GUILESS_MAIN(tst_SessionTokenSource)
#include "tst_sessiontokensource.moc"
