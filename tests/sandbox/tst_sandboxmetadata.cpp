// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/server.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace CrossKey::Sandbox;

class tst_SandboxMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version2022_describesSandboxAsCloud();
    void olderVersion_answersList();
    void missingVersion_answersMissingApiVersionParameter();
    void unknownVersion_answersInvalidApiVersionParameter();
    void resourceManagerHeaders_arePresent();
};

void tst_SandboxMetadata::version2022_describesSandboxAsCloud()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(QStringLiteral("/metadata/endpoints?api-version=2022-09-01"));
    QCOMPARE(result.status, 200);
    const QJsonObject cloud = result.json();
    const QString base = server.baseUrl().toString() + QLatin1Char('/');
    QCOMPARE(cloud[QStringLiteral("resourceManager")].toString(), base);
    QCOMPARE(cloud[QStringLiteral("graph")].toString(), base);
    QVERIFY(!cloud[QStringLiteral("name")].toString().isEmpty());
    const QJsonObject authentication = cloud[QStringLiteral("authentication")].toObject();
    QCOMPARE(authentication[QStringLiteral("loginEndpoint")].toString(), base);
    QCOMPARE(authentication[QStringLiteral("tenant")].toString(), QStringLiteral("common"));
    QCOMPARE(authentication[QStringLiteral("identityProvider")].toString(), QStringLiteral("AAD"));
    QCOMPARE(authentication[QStringLiteral("audiences")].toArray().first().toString(),
             QStringLiteral("https://management.core.windows.net/"));
    // The sandbox names itself as Microsoft Graph, as an Azure Stack-like cloud names its own.
    QCOMPARE(cloud[QStringLiteral("microsoftGraphResourceId")].toString(), base);
    const QJsonObject suffixes = cloud[QStringLiteral("suffixes")].toObject();
    // Vault URIs are path-based on 127.0.0.1, so the Key Vault suffixes are the origin's (docs/sandbox.md).
    QCOMPARE(suffixes[QStringLiteral("keyVaultDns")].toString(), QStringLiteral("0.0.1"));
    QCOMPARE(suffixes[QStringLiteral("mhsmDns")].toString(), QStringLiteral("0.0.1"));
    QCOMPARE(suffixes[QStringLiteral("storage")].toString(), QStringLiteral("core.windows.net"));
}

void tst_SandboxMetadata::olderVersion_answersList()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(QStringLiteral("/metadata/endpoints?api-version=2019-05-01"));
    QCOMPARE(result.status, 200);
    const QJsonArray clouds = QJsonDocument::fromJson(result.body).array();
    QCOMPARE(clouds.size(), 1);
    QVERIFY(clouds.first().toObject().contains(QStringLiteral("authentication")));
}

void tst_SandboxMetadata::missingVersion_answersMissingApiVersionParameter()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(QStringLiteral("/metadata/endpoints"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("MissingApiVersionParameter"));
}

void tst_SandboxMetadata::unknownVersion_answersInvalidApiVersionParameter()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result = client.get(QStringLiteral("/metadata/endpoints?api-version=1999-01-01"));
    QCOMPARE(result.status, 400);
    const QJsonObject error = result.json()[QStringLiteral("error")].toObject();
    QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("InvalidApiVersionParameter"));
    QVERIFY(error[QStringLiteral("message")].toString().contains(QStringLiteral("2022-09-01")));
}

void tst_SandboxMetadata::resourceManagerHeaders_arePresent()
{
    Server server;
    QVERIFY(server.listen());
    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.get(QStringLiteral("/metadata/endpoints?api-version=2022-09-01"), {{"x-ms-client-request-id", "abc"}});
    QVERIFY(!result.header("x-ms-request-id").isEmpty());
    QCOMPARE(result.header("x-ms-correlation-request-id"), QByteArray("abc"));
    QVERIFY(result.header("x-ms-routing-request-id").startsWith("LOCAL:"));
}

QTEST_GUILESS_MAIN(tst_SandboxMetadata)
#include "tst_sandboxmetadata.moc"
