// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/cloud.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using CrossKey::Azure::AzureError;
using CrossKey::Azure::Cloud;

namespace {

// data/metadata-endpoints-public.json is the public cloud's metadata/endpoints?api-version=2022-09-01
// answer: the field set read by hashicorp/go-azure-sdk (metadata client) and azure-cli (cloud.py
// _arm_to_cli_mapper). data/metadata-endpoints-sandbox.json is a sandbox-like cloud on loopback http.
QByteArray testData(const char *name)
{
    QFile file(QFINDTESTDATA(QString::fromLatin1("data/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", name);
    }
    return file.readAll();
}

QByteArray publicMetadata()
{
    return testData("metadata-endpoints-public.json");
}

QJsonObject publicObject()
{
    return QJsonDocument::fromJson(publicMetadata()).object();
}

} // namespace

class tst_Cloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIns_matchContracts_data();
    void builtIns_matchContracts();
    void fromName_unknownName_isInvalidInput();
    void publicMetadata_givesPublicEndpoints();
    void sandboxMetadata_acceptsLoopbackHttp();
    void metadataWithByteOrderMark_isRead();
    void accountKey_separatesCustomCloudsOfOneName();
    void badMetadata_isInvalidResponseNamingTheField_data();
    void badMetadata_isInvalidResponseNamingTheField();
    void metadataFromAnotherHost_isRejected();
    void metadataUrl_appendsPathAndApiVersion_data();
    void metadataUrl_appendsPathAndApiVersion();
    void keyVaultHost_onlyUnderTheCloudsSuffixes_data();
    void keyVaultHost_onlyUnderTheCloudsSuffixes();
};

void tst_Cloud::builtIns_matchContracts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("graphScope");
    QTest::addColumn<QString>("arm");
    QTest::addColumn<QString>("armLegacyScope");
    QTest::addColumn<QString>("keyVaultSuffix");
    QTest::addColumn<QString>("keyVaultScope");
    QTest::addColumn<QString>("hsmSuffix");
    QTest::addColumn<QString>("storageSuffix");
    QTest::addColumn<QString>("ficAudience");

    // CONTRACTS.md §1.1
    QTest::newRow("public") << "public"
                            << "https://login.microsoftonline.com"
                            << "https://graph.microsoft.com/.default"
                            << "https://management.azure.com"
                            << "https://management.core.windows.net//.default"
                            << ".vault.azure.net"
                            << "https://vault.azure.net/.default"
                            << ".managedhsm.azure.net"
                            << "core.windows.net"
                            << "api://AzureADTokenExchange";
    QTest::newRow("usgov") << "usgov"
                           << "https://login.microsoftonline.us"
                           << "https://graph.microsoft.us/.default"
                           << "https://management.usgovcloudapi.net"
                           << "https://management.core.usgovcloudapi.net//.default"
                           << ".vault.usgovcloudapi.net"
                           << "https://vault.usgovcloudapi.net/.default"
                           << ".managedhsm.usgovcloudapi.net"
                           << "core.usgovcloudapi.net"
                           << "api://AzureADTokenExchangeUSGov";
    QTest::newRow("china") << "china"
                           << "https://login.chinacloudapi.cn"
                           << "https://microsoftgraph.chinacloudapi.cn/.default"
                           << "https://management.chinacloudapi.cn"
                           << "https://management.core.chinacloudapi.cn//.default"
                           << ".vault.azure.cn"
                           << "https://vault.azure.cn/.default"
                           << ".managedhsm.azure.cn"
                           << "core.chinacloudapi.cn"
                           << "api://AzureADTokenExchangeChina";
}

void tst_Cloud::builtIns_matchContracts()
{
    QFETCH(QString, name);
    QFETCH(QString, authority);
    QFETCH(QString, graphScope);
    QFETCH(QString, arm);
    QFETCH(QString, armLegacyScope);
    QFETCH(QString, keyVaultSuffix);
    QFETCH(QString, keyVaultScope);
    QFETCH(QString, hsmSuffix);
    QFETCH(QString, storageSuffix);
    QFETCH(QString, ficAudience);

    const auto result = Cloud::fromName(name.toUpper());
    QVERIFY(result.hasValue());
    const Cloud &cloud = result.value();
    QCOMPARE(cloud.name(), name);
    QVERIFY(cloud.isBuiltIn());
    QCOMPARE(cloud.authorityHost(), QUrl(authority));
    QCOMPARE(cloud.graphScope(), graphScope);
    QCOMPARE(cloud.resourceManagerUrl(), QUrl(arm));
    QCOMPARE(cloud.armScope(), arm + QStringLiteral("/.default"));
    QCOMPARE(cloud.armLegacyScope(), armLegacyScope);
    QCOMPARE(cloud.keyVaultDnsSuffix(), keyVaultSuffix);
    QCOMPARE(cloud.keyVaultScope(), keyVaultScope);
    QCOMPARE(cloud.managedHsmDnsSuffix(), hsmSuffix);
    QCOMPARE(cloud.storageSuffix(), storageSuffix);
    QCOMPARE(cloud.ficAudience(), ficAudience);
    QVERIFY(Cloud::builtInNames().contains(name));
}

void tst_Cloud::fromName_unknownName_isInvalidInput()
{
    const auto result = Cloud::fromName(QStringLiteral("germany"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidInput);
    QVERIFY(result.error().message().contains(QStringLiteral("germany")));
    QVERIFY(!result.error().hint().isEmpty());
}

void tst_Cloud::publicMetadata_givesPublicEndpoints()
{
    const auto result = Cloud::fromMetadata(publicMetadata(), QUrl(QStringLiteral("https://management.azure.com")));
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message()));
    const Cloud &cloud = result.value();
    const Cloud builtIn = Cloud::azurePublic();
    QCOMPARE(cloud.name(), QStringLiteral("AzureCloud"));
    QVERIFY(!cloud.isBuiltIn());
    QCOMPARE(cloud.authorityHost(), builtIn.authorityHost());
    QCOMPARE(cloud.graphUrl(), builtIn.graphUrl());
    QCOMPARE(cloud.graphScope(), builtIn.graphScope());
    QCOMPARE(cloud.resourceManagerUrl(), builtIn.resourceManagerUrl());
    QCOMPARE(cloud.armScope(), builtIn.armLegacyScope()); // the audience's double-slash form
    QCOMPARE(cloud.keyVaultDnsSuffix(), builtIn.keyVaultDnsSuffix());
    QCOMPARE(cloud.keyVaultScope(), builtIn.keyVaultScope());
    QCOMPARE(cloud.managedHsmScope(), builtIn.managedHsmScope());
    QCOMPARE(cloud.storageSuffix(), builtIn.storageSuffix());
    QCOMPARE(cloud.ficAudience(), builtIn.ficAudience()); // known by its ARM name
}

void tst_Cloud::sandboxMetadata_acceptsLoopbackHttp()
{
    const auto result =
        Cloud::fromMetadata(testData("metadata-endpoints-sandbox.json"), QUrl(QStringLiteral("http://127.0.0.1:8123")));
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message()));
    const Cloud &cloud = result.value();
    QCOMPARE(cloud.name(), QStringLiteral("CrossKeySandbox"));
    QCOMPARE(cloud.authorityHost(), QUrl(QStringLiteral("http://127.0.0.1:8123/login")));
    QCOMPARE(cloud.graphUrl(), QUrl(QStringLiteral("http://127.0.0.1:8123/graph")));
    QCOMPARE(cloud.armScope(), QStringLiteral("http://127.0.0.1:8123/arm//.default"));
    QCOMPARE(cloud.keyVaultScope(), QStringLiteral("https://vault.sandbox.localhost/.default"));
    QCOMPARE(cloud.managedHsmDnsSuffix(), QString());
    QCOMPARE(cloud.managedHsmScope(), QString());
    QCOMPARE(cloud.ficAudience(), QStringLiteral("api://AzureADTokenExchange"));
}

void tst_Cloud::accountKey_separatesCustomCloudsOfOneName()
{
    QCOMPARE(Cloud::azurePublic().accountKey(), QStringLiteral("public"));
    QCOMPARE(Cloud::china().accountKey(), QStringLiteral("china"));
    // Two sandboxes share the metadata name; a sign-in saved for one must never be offered to the other.
    QByteArray other = testData("metadata-endpoints-sandbox.json");
    other.replace("127.0.0.1:8123", "127.0.0.1:9456");
    const auto first = Cloud::fromMetadata(testData("metadata-endpoints-sandbox.json"));
    const auto second = Cloud::fromMetadata(other);
    QVERIFY(first.hasValue() && second.hasValue());
    QCOMPARE(first.value().name(), second.value().name());
    QCOMPARE(first.value().accountKey(), QStringLiteral("CrossKeySandbox@127.0.0.1:8123"));
    QVERIFY(first.value().accountKey() != second.value().accountKey());
}

void tst_Cloud::metadataWithByteOrderMark_isRead()
{
    QVERIFY(Cloud::fromMetadata(QByteArray("\xEF\xBB\xBF") + publicMetadata()).hasValue());
}

void tst_Cloud::badMetadata_isInvalidResponseNamingTheField_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("mentions");

    const auto without = [](const QString &key) {
        QJsonObject object = publicObject();
        object.remove(key);
        return QJsonDocument(object).toJson();
    };
    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject object = publicObject();
        object.insert(key, value);
        return QJsonDocument(object).toJson();
    };
    const auto withNested = [](const QString &outer, const QString &key, const QJsonValue &value) {
        QJsonObject object = publicObject();
        QJsonObject inner = object.value(outer).toObject();
        if (value.isUndefined()) {
            inner.remove(key);
        } else {
            inner.insert(key, value);
        }
        object.insert(outer, inner);
        return QJsonDocument(object).toJson();
    };

    QTest::newRow("empty") << QByteArray() << "JSON";
    QTest::newRow("truncated") << QByteArray(publicMetadata()).left(200) << "JSON";
    QTest::newRow("html") << QByteArray("<html><body>Proxy error</body></html>") << "JSON";
    QTest::newRow("2019 list form") << QByteArray("[") + publicMetadata() + "]"
                                    << "object";
    QTest::newRow("no name") << without(QStringLiteral("name")) << "name";
    QTest::newRow("name is a number") << with(QStringLiteral("name"), 7) << "name";
    QTest::newRow("no resourceManager") << without(QStringLiteral("resourceManager")) << "resourceManager";
    QTest::newRow("resourceManager relative")
        << with(QStringLiteral("resourceManager"), QStringLiteral("/arm")) << "resourceManager";
    QTest::newRow("resourceManager plain http")
        << with(QStringLiteral("resourceManager"), QStringLiteral("http://management.example.com/"))
        << "resourceManager";
    QTest::newRow("resourceManager ftp") << with(QStringLiteral("resourceManager"), QStringLiteral("ftp://x.example/"))
                                         << "resourceManager";
    QTest::newRow("no graph") << without(QStringLiteral("microsoftGraphResourceId")) << "microsoftGraphResourceId";
    QTest::newRow("no authentication") << without(QStringLiteral("authentication")) << "authentication";
    QTest::newRow("authentication is text")
        << with(QStringLiteral("authentication"), QStringLiteral("AAD")) << "authentication";
    QTest::newRow("no loginEndpoint") << withNested(QStringLiteral("authentication"), QStringLiteral("loginEndpoint"),
                                                    QJsonValue(QJsonValue::Undefined))
                                      << "authentication.loginEndpoint";
    QTest::newRow("loginEndpoint is a list")
        << withNested(QStringLiteral("authentication"), QStringLiteral("loginEndpoint"), QJsonArray{})
        << "authentication.loginEndpoint";
    QTest::newRow("audiences empty") << withNested(QStringLiteral("authentication"), QStringLiteral("audiences"),
                                                   QJsonArray{})
                                     << "authentication.audiences";
    QTest::newRow("audiences hold a number")
        << withNested(QStringLiteral("authentication"), QStringLiteral("audiences"), QJsonArray{1})
        << "authentication.audiences";
    QTest::newRow("audiences is text") << withNested(QStringLiteral("authentication"), QStringLiteral("audiences"),
                                                     QStringLiteral("https://management.core.windows.net/"))
                                       << "authentication.audiences";
    QTest::newRow("no suffixes") << without(QStringLiteral("suffixes")) << "suffixes";
    QTest::newRow("no keyVaultDns") << withNested(QStringLiteral("suffixes"), QStringLiteral("keyVaultDns"),
                                                  QJsonValue(QJsonValue::Undefined))
                                    << "suffixes.keyVaultDns";
    QTest::newRow("keyVaultDns is a URL") << withNested(QStringLiteral("suffixes"), QStringLiteral("keyVaultDns"),
                                                        QStringLiteral("https://vault.azure.net/"))
                                          << "suffixes.keyVaultDns";
    QTest::newRow("no storage") << withNested(QStringLiteral("suffixes"), QStringLiteral("storage"),
                                              QJsonValue(QJsonValue::Undefined))
                                << "suffixes.storage";
    QTest::newRow("mhsmDns is a number") << withNested(QStringLiteral("suffixes"), QStringLiteral("mhsmDns"), 3)
                                         << "suffixes.mhsmDns";
}

void tst_Cloud::badMetadata_isInvalidResponseNamingTheField()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, mentions);

    const auto result = Cloud::fromMetadata(document);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
    QVERIFY2(result.error().message().contains(mentions), qPrintable(result.error().message()));
    QVERIFY(!result.error().hint().isEmpty());
}

void tst_Cloud::metadataFromAnotherHost_isRejected()
{
    const auto result = Cloud::fromMetadata(publicMetadata(), QUrl(QStringLiteral("https://arm.example.com")));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::InvalidResponse);
    QVERIFY(result.error().message().contains(QStringLiteral("arm.example.com")));
}

void tst_Cloud::metadataUrl_appendsPathAndApiVersion_data()
{
    QTest::addColumn<QUrl>("resourceManager");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("azure") << QUrl(QStringLiteral("https://management.azure.com/"))
                           << QUrl(QStringLiteral(
                                  "https://management.azure.com/metadata/endpoints?api-version=2022-09-01"));
    QTest::newRow("sandbox") << QUrl(QStringLiteral("http://127.0.0.1:8123"))
                             << QUrl(QStringLiteral("http://127.0.0.1:8123/metadata/endpoints?api-version=2022-09-01"));
    QTest::newRow("with path") << QUrl(QStringLiteral("https://arm.example.com/stack/"))
                               << QUrl(QStringLiteral(
                                      "https://arm.example.com/stack/metadata/endpoints?api-version=2022-09-01"));
}

void tst_Cloud::metadataUrl_appendsPathAndApiVersion()
{
    QFETCH(QUrl, resourceManager);
    QFETCH(QUrl, expected);
    QCOMPARE(Cloud::metadataUrl(resourceManager), expected);
}

void tst_Cloud::keyVaultHost_onlyUnderTheCloudsSuffixes_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("expected");
    QTest::newRow("vault") << "contoso.vault.azure.net" << true;
    QTest::newRow("vault upper case") << "Contoso.VAULT.azure.net" << true;
    QTest::newRow("managed hsm") << "contoso.managedhsm.azure.net" << true;
    QTest::newRow("bare suffix") << "vault.azure.net" << false;
    QTest::newRow("lookalike") << "contoso.vault.azure.net.example.com" << false;
    QTest::newRow("other cloud") << "contoso.vault.azure.cn" << false;
    QTest::newRow("no dot") << "contosovault.azure.net" << false;
}

void tst_Cloud::keyVaultHost_onlyUnderTheCloudsSuffixes()
{
    QFETCH(QString, host);
    QFETCH(bool, expected);
    QCOMPARE(Cloud::azurePublic().isKeyVaultHost(host), expected);
}

QTEST_GUILESS_MAIN(tst_Cloud)
#include "tst_cloud.moc"
