// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/serviceerror.h"

#include <QFile>
#include <QTest>

using CrossKey::Azure::AzureError;
using CrossKey::Azure::ServiceError;
using Service = ServiceError::Service;

Q_DECLARE_METATYPE(CrossKey::Azure::ServiceError::Service)
Q_DECLARE_METATYPE(CrossKey::Azure::AzureError::Kind)

namespace {

QByteArray body(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/errors/") + name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(name));
    }
    return file.readAll();
}

// "name: value" lines, as a reply's raw header pairs.
ServiceError::Headers headers(const QByteArray &lines)
{
    ServiceError::Headers pairs;
    for (const QByteArray &line : lines.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0) {
            pairs.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    return pairs;
}

// Response headers of the recorded 404 (cpp-keyvault-keys.KeyVaultKeyClient.DeleteInvalidKey.json).
const QByteArray kKeyVaultHeaders = "content-type: application/json; charset=utf-8\n"
                                    "x-ms-client-request-id: d0c7835a-49ba-419e-6791-2baf57fce218\n"
                                    "x-ms-keyvault-region: eastus\n"
                                    "x-ms-keyvault-service-version: 1.9.195.1\n"
                                    "x-ms-request-id: 3e2c05f1-125f-4f72-94c3-f7e6958deb82";
// ARM ids as recorded in azure-sdk-for-net.Storage.StorageAccountCMKTest.json.
const QByteArray kArmHeaders =
    "x-ms-request-id: e37d66d7-171a-466f-be53-aae480958219\n"
    "X-MS-Correlation-Request-Id: e37d66d7-171a-466f-be53-aae480958219\n"
    "x-ms-routing-request-id: SOUTHEASTASIA:20171117T031816Z:e37d66d7-171a-466f-be53-aae480958219";
// Graph ids as recorded in azure-cli.role.test_app_federated_credential.EXCERPT.yaml.
const QByteArray kGraphHeaders = "request-id: 96302f8e-ab27-4cd5-a90e-5aa09e2a0001\n"
                                 "x-ms-ags-diagnostic: {\"ServerInfo\":{\"DataCenter\":\"Southeast Asia\"}}";

} // namespace

class tst_ServiceError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reply_mapsToError_data();
    void reply_mapsToError();
    void armDetails_becomeEvidence();
    void identityDescription_dropsTraceTrailer();
    void redirectError_isDecoded();
    void redirectWithoutError_isSignInError();
};

void tst_ServiceError::reply_mapsToError_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("headerLines");
    QTest::addColumn<QString>("file");
    QTest::addColumn<AzureError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("innerCode");
    QTest::addColumn<QString>("messageContains");
    QTest::addColumn<QString>("idName");
    QTest::addColumn<QString>("idValue");
    QTest::addColumn<QString>("hintContains");

    const auto kv = Service::KeyVault;
    const auto arm = Service::ResourceManager;
    const auto graph = Service::Graph;
    const auto identity = Service::Identity;
    const auto service = AzureError::Kind::Service;
    const auto invalid = AzureError::Kind::InvalidResponse;
    const auto signIn = AzureError::Kind::SignIn;

    QTest::newRow("kv KeyNotFound (recorded)") << kv << 404 << kKeyVaultHeaders << "kv-keynotfound.json" << service
                                               << "KeyNotFound" << QString() << "DeleteInvalidKey was not found"
                                               << "x-ms-request-id"
                                               << "3e2c05f1-125f-4f72-94c3-f7e6958deb82"
                                               << "recover";
    QTest::newRow("kv ForbiddenByRbac") << kv << 403 << kKeyVaultHeaders << "kv-forbiddenbyrbac.json" << service
                                        << "Forbidden"
                                        << "ForbiddenByRbac"
                                        << "Caller is not authorized"
                                        << "x-ms-keyvault-region"
                                        << "eastus"
                                        << "Crypto Officer";
    QTest::newRow("kv ForbiddenByPolicy")
        << kv << 403 << kKeyVaultHeaders << "kv-forbiddenbypolicy.json" << service << "Forbidden"
        << "ForbiddenByPolicy"
        << "does not have keys unwrapKey permission"
        << "x-ms-client-request-id"
        << "d0c7835a-49ba-419e-6791-2baf57fce218"
        << "access policy";
    QTest::newRow("kv AKV10032 wrong tenant")
        << kv << 401 << QByteArray() << "kv-akv10032.json" << service << "Unauthorized"
        << "AKV10032"
        << "Invalid issuer" << QString() << QString() << "vault's tenant";
    QTest::newRow("kv KeyDisabled") << kv << 403 << QByteArray() << "kv-keydisabled.json" << service << "Forbidden"
                                    << "KeyDisabled"
                                    << "not allowed on a disabled key" << QString() << QString() << "Enable it";
    QTest::newRow("arm AuthorizationFailed") << arm << 403 << kArmHeaders << "arm-authorizationfailed.json" << service
                                             << "AuthorizationFailed" << QString() << "does not have authorization"
                                             << "x-ms-correlation-request-id"
                                             << "e37d66d7-171a-466f-be53-aae480958219"
                                             << "Microsoft.ManagedIdentity/userAssignedIdentities/write";
    QTest::newRow("arm LinkedAuthorizationFailed")
        << arm << 403 << kArmHeaders << "arm-linkedauthorizationfailed.json" << service << "LinkedAuthorizationFailed"
        << QString() << "linked scope"
        << "x-ms-routing-request-id"
        << "SOUTHEASTASIA:20171117T031816Z:e37d66d7-171a-466f-be53-aae480958219"
        << "userAssignedIdentities/assign/action";
    QTest::newRow("arm policy in details")
        << arm << 400 << kArmHeaders << "arm-policy-details.json" << service << "InvalidTemplateDeployment"
        << "RequestDisallowedByPolicy"
        << "policy violation"
        << "x-ms-request-id"
        << "e37d66d7-171a-466f-be53-aae480958219"
        << "Azure Policy";
    QTest::newRow("arm flat KeyVaultPolicyError")
        << arm << 400 << QByteArray() << "arm-keyvaultpolicyerror-flat.json" << service << "KeyVaultPolicyError"
        << QString() << "recoverable is not set" << QString() << QString() << "purge protection";
    QTest::newRow("arm failed operation status")
        << arm << 200 << QByteArray() << "arm-lro-failed.json" << service << "KeyVaultAuthenticationFailure"
        << QString() << "authentication issue" << QString() << QString() << "Crypto Service Encryption User";
    QTest::newRow("graph not found") << graph << 404 << kGraphHeaders << "graph-notfound.json" << service
                                     << "Request_ResourceNotFound" << QString() << "does not exist"
                                     << "request-id"
                                     << "96302f8e-ab27-4cd5-a90e-5aa09e2a0001"
                                     << "not visible everywhere";
    QTest::newRow("graph ids from innerError") << graph << 404 << QByteArray() << "graph-notfound.json" << service
                                               << "Request_ResourceNotFound" << QString() << "does not exist"
                                               << "client-request-id"
                                               << "77777777-7777-7777-7777-777777777777"
                                               << "not visible everywhere";
    QTest::newRow("graph diagnostic header")
        << graph << 403 << kGraphHeaders << "graph-authorization-denied.json" << service
        << "Authorization_RequestDenied" << QString() << "Insufficient privileges"
        << "x-ms-ags-diagnostic"
        << "{\"ServerInfo\":{\"DataCenter\":\"Southeast Asia\"}}"
        << "Application Administrator";
    QTest::newRow("graph service principal exists")
        << graph << 409 << QByteArray() << "graph-sp-exists.json" << service
        << "Request_MultipleObjectsWithSameKeyValue" << QString() << "already in use"
        << "request-id"
        << "99999999-9999-9999-9999-999999999999"
        << "already installed";
    QTest::newRow("token AADSTS700016") << identity << 400 << QByteArray() << "token-700016.json" << signIn
                                        << "AADSTS700016"
                                        << "unauthorized_client"
                                        << "was not found in the directory 'Fabrikam'"
                                        << "trace_id"
                                        << "aaaaaaaa-0000-0000-0000-000000000001"
                                        << "not installed";
    QTest::newRow("token AADSTS70008") << identity << 400 << QByteArray() << "token-70008.json" << signIn
                                       << "AADSTS70008"
                                       << "invalid_grant"
                                       << "has expired due to inactivity"
                                       << "correlation_id"
                                       << "bbbbbbbb-0000-0000-0000-000000000004"
                                       << "Sign in again";
    QTest::newRow("token code from error_codes")
        << identity << 400 << QByteArray() << "token-codes-only.json" << signIn << "AADSTS50173"
        << "invalid_grant"
        << "The grant has expired." << QString() << QString() << "password change";
    QTest::newRow("token pending falls back to error")
        << identity << 400 << QByteArray() << "token-pending.json" << signIn << "AADSTS70016"
        << "authorization_pending"
        << "Authorization is pending" << QString() << QString() << "Waiting for you";
    QTest::newRow("token error as object")
        << identity << 401 << QByteArray() << "token-error-object.json" << invalid << QString() << QString()
        << "unexpected form" << QString() << QString() << "sign-in";
    QTest::newRow("html from a proxy") << arm << 502 << QByteArray("Content-Type: text/html") << "proxy-502.html"
                                       << service << QString() << QString() << "502 Bad Gateway" << QString()
                                       << QString() << "proxy";
    QTest::newRow("plain text") << graph << 503 << QByteArray("content-type: text/plain") << "plain-503.txt" << service
                                << QString() << QString() << "Service Unavailable" << QString() << QString()
                                << "unavailable";
    QTest::newRow("empty body") << graph << 503 << kGraphHeaders << "empty.json" << service << QString() << QString()
                                << "without details"
                                << "request-id"
                                << "96302f8e-ab27-4cd5-a90e-5aa09e2a0001"
                                << "unavailable";
    QTest::newRow("truncated json") << kv << 403 << kKeyVaultHeaders << "truncated.json" << invalid << QString()
                                    << QString() << "could not be read"
                                    << "x-ms-request-id"
                                    << "3e2c05f1-125f-4f72-94c3-f7e6958deb82"
                                    << "refused";
    QTest::newRow("json array") << arm << 400 << QByteArray() << "array.json" << invalid << QString() << QString()
                                << "unexpected form" << QString() << QString() << "invalid";
    QTest::newRow("wrong types") << arm << 400 << QByteArray() << "arm-wrong-types.json" << invalid << QString()
                                 << QString() << "unexpected form" << QString() << QString() << "invalid";
    QTest::newRow("no error object") << arm << 404 << QByteArray() << "arm-no-error.json" << invalid << QString()
                                     << QString() << "no error object" << QString() << QString() << "not found";
    QTest::newRow("graph body to kv parser") << kv << 404 << QByteArray() << "token-700016.json" << invalid << QString()
                                             << QString() << "no error object" << QString() << QString() << "not found";
}

void tst_ServiceError::reply_mapsToError()
{
    QFETCH(Service, service);
    QFETCH(int, status);
    QFETCH(QByteArray, headerLines);
    QFETCH(QString, file);
    QFETCH(AzureError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, innerCode);
    QFETCH(QString, messageContains);
    QFETCH(QString, idName);
    QFETCH(QString, idValue);
    QFETCH(QString, hintContains);

    const AzureError error = ServiceError::fromReply(service, status, headers(headerLines), body(file));

    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.innerCode(), innerCode);
    QVERIFY2(error.message().contains(messageContains), qPrintable(error.message()));
    if (!idName.isEmpty()) {
        QCOMPARE(error.requestIds().value(idName), idValue);
    }
    QVERIFY2(error.hint().contains(hintContains, Qt::CaseInsensitive), qPrintable(error.hint()));
}

void tst_ServiceError::armDetails_becomeEvidence()
{
    const AzureError error =
        ServiceError::fromResourceManager(400, {}, body(QStringLiteral("arm-policy-details.json")));
    QCOMPARE(error.details(),
             QStringList({QStringLiteral("Target: fabrikamvault"),
                          QStringLiteral("RequestDisallowedByPolicy: Soft delete and Purge Protection should be "
                                         "enabled and retention days should be 90 days")}));
}

void tst_ServiceError::identityDescription_dropsTraceTrailer()
{
    const AzureError error = ServiceError::fromIdentity(400, {}, body(QStringLiteral("token-700016.json")));
    QVERIFY(!error.message().contains(QStringLiteral("Trace ID")));
    QVERIFY(!error.message().startsWith(QStringLiteral("AADSTS")));
    QCOMPARE(error.requestIds().value(QStringLiteral("timestamp")), QStringLiteral("2024-07-01 10:00:00Z"));
    QCOMPARE(error.summary(), error.message() + QStringLiteral(" (HTTP 400, AADSTS700016)"));
}

void tst_ServiceError::redirectError_isDecoded()
{
    // CONTRACTS.md §1.7: consent failures come back on the redirect, form-encoded.
    const QUrlQuery query(QStringLiteral("admin_consent=True&error=consent_required&error_description=AADSTS65004%3a+"
                                         "User+declined+to+consent+to+access+the+app.&state=abc"));
    const AzureError error = ServiceError::fromRedirect(query);
    QCOMPARE(error.kind(), AzureError::Kind::SignIn);
    QCOMPARE(error.code(), QStringLiteral("AADSTS65004"));
    QCOMPARE(error.innerCode(), QStringLiteral("consent_required"));
    QCOMPARE(error.message(), QStringLiteral("User declined to consent to access the app."));
    QVERIFY(error.hint().contains(QStringLiteral("declined")));
}

void tst_ServiceError::redirectWithoutError_isSignInError()
{
    const AzureError error = ServiceError::fromRedirect(QUrlQuery(QStringLiteral("state=abc")));
    QCOMPARE(error.kind(), AzureError::Kind::SignIn);
    QVERIFY(!error.hint().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ServiceError)
#include "tst_serviceerror.moc"
