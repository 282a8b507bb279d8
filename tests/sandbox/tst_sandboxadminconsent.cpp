// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ids.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/world.h"
#include "sandboxtestclient.h"

#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QString kAppId = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
const QString kRedirect = QStringLiteral("https://contoso.example/consent");

void addIsvApp(World &world)
{
    Application app;
    app.id = Ids::random();
    app.appId = kAppId;
    app.tenantId = Scenarios::tenantId(QStringLiteral("contosoisv"));
    app.displayName = QStringLiteral("Contoso CMK");
    app.signInAudience = QStringLiteral("AzureADMultipleOrgs");
    app.webRedirectUris = {kRedirect};
    world.editApplications().append(app);
}

QString consentPath(const QString &redirect = kRedirect)
{
    return QStringLiteral("/fabrikam.onmicrosoft.com/v2.0/adminconsent?") +
           QString::fromLatin1(
               FormBody::encode({{QStringLiteral("client_id"), kAppId},
                                 {QStringLiteral("redirect_uri"), redirect},
                                 {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                                 {QStringLiteral("state"), QStringLiteral("s1")}}));
}
} // namespace

class tst_SandboxAdminConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoApprovedAdmin_installsAppAndRedirects();
    void page_listsTenantUsers_thenAdminConsents();
    void nonAdmin_redirectsWithError();
    void wrongRedirect_showsErrorPage();
    void unknownClient_showsErrorPage();
    void appWithoutReplyUrl_showsErrorPage();
};

void tst_SandboxAdminConsent::autoApprovedAdmin_installsAppAndRedirects()
{
    ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    Server server(options);
    addIsvApp(server.world());
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const QString fabrikam = Scenarios::tenantId(QStringLiteral("fabrikam"));
    QVERIFY(!server.world().findServicePrincipal(fabrikam, kAppId));
    const HttpResult result = client.get(consentPath());
    QCOMPARE(result.status, 302);
    QCOMPARE(result.location().host(), QStringLiteral("contoso.example"));
    QCOMPARE(result.locationParameter(QStringLiteral("admin_consent")), QStringLiteral("True"));
    QCOMPARE(result.locationParameter(QStringLiteral("tenant")), fabrikam);
    QCOMPARE(result.locationParameter(QStringLiteral("state")), QStringLiteral("s1"));
    const ServicePrincipal *principal = server.world().findServicePrincipal(fabrikam, kAppId);
    QVERIFY(principal);
    QCOMPARE(principal->appOwnerOrganizationId, Scenarios::tenantId(QStringLiteral("contosoisv")));
    QVERIFY(server.world().hasConsent(fabrikam, kAppId,
                                      Scenarios::userId(QStringLiteral("fabrikam"), QStringLiteral("owner"))));
}

void tst_SandboxAdminConsent::page_listsTenantUsers_thenAdminConsents()
{
    Server server;
    addIsvApp(server.world());
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult page = client.get(consentPath());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("admin@fabrikam.onmicrosoft.com"));
    QVERIFY(!page.body.contains("contosoisv.onmicrosoft.com"));
    const QString path = consentPath();
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    const HttpResult result =
        client.send("POST", path.left(question),
                    path.mid(question + 1).toLatin1() + "&sandbox_user=admin%40fabrikam.onmicrosoft.com");
    QCOMPARE(result.status, 302);
    QCOMPARE(result.locationParameter(QStringLiteral("admin_consent")), QStringLiteral("True"));
}

void tst_SandboxAdminConsent::nonAdmin_redirectsWithError()
{
    ServerOptions options;
    options.autoApprove = {QStringLiteral("developer")};
    Server server(options);
    addIsvApp(server.world());
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(consentPath());
    QCOMPARE(result.status, 302);
    QCOMPARE(result.locationParameter(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(result.locationParameter(QStringLiteral("error_description")).startsWith(QStringLiteral("AADSTS90094")));
    QVERIFY(!server.world().findServicePrincipal(Scenarios::tenantId(QStringLiteral("fabrikam")), kAppId));
}

void tst_SandboxAdminConsent::wrongRedirect_showsErrorPage()
{
    ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    Server server(options);
    addIsvApp(server.world());
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(consentPath(QStringLiteral("https://evil.example/")));
    QCOMPARE(result.status, 400);
    QVERIFY(result.body.contains("AADSTS50011"));
}

void tst_SandboxAdminConsent::unknownClient_showsErrorPage()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(consentPath());
    QCOMPARE(result.status, 400);
    QVERIFY(result.body.contains("AADSTS700016"));
}

void tst_SandboxAdminConsent::appWithoutReplyUrl_showsErrorPage()
{
    Server server;
    addIsvApp(server.world());
    server.world().editApplications().last().webRedirectUris.clear();
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    QVERIFY(client.get(consentPath()).body.contains("AADSTS500113"));
}

QTEST_GUILESS_MAIN(tst_SandboxAdminConsent)
#include "tst_sandboxadminconsent.moc"
