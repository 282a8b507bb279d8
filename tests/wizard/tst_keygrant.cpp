// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/keygrant.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace CrossKey;
using Wizard::KeyGrant;

namespace {

const QString kTenant = QStringLiteral("693031e5-2f65-505e-a93b-31ddc8037f96");
const QString kApp = QStringLiteral("c6f9d261-1891-5d0a-98e1-cbb0dd64eea0");
const QString kVersion = QStringLiteral("62cba9ac76d28f7deef40c37230c546f");

QJsonObject valid()
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("crosskey-key-grant")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("cloud"), QStringLiteral("public")},
        {QStringLiteral("customerTenantId"), kTenant},
        {QStringLiteral("vaultUri"), QStringLiteral("https://kv-fabrikam-cmk.vault.azure.net/")},
        {QStringLiteral("keyName"), QStringLiteral("cmk")},
        {QStringLiteral("appId"), kApp},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-23T16:00:00Z")},
    };
}

Wizard::RunContext finishedRun(const QString &vaultUri)
{
    Wizard::RunContext context;
    context.customerTenantId = kTenant;
    context.vaultUri = vaultUri;
    context.keyName = QStringLiteral("cmk");
    context.keyVersion = kVersion;
    context.appId = kApp;
    return context;
}

} // namespace

// The key-grant file the customer sends the ISV (issue 8): round trips, strict reading, the sandbox's vault form.
class tst_KeyGrant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromContext_roundTripsThroughFileAndText();
    void fromContext_pinsTheVersionOnlyWhenAsked();
    void fromContext_withoutKey_isInvalidInput();
    void sandboxPathForm_isAcceptedOnLoopbackAndCheckedAgainstTheCloud();
    void fromJson_rejects_data();
    void fromJson_rejects();
    void load_refusesGarbageAndHugeFiles();
};

void tst_KeyGrant::fromContext_roundTripsThroughFileAndText()
{
    const QDateTime now(QDate(2026, 11, 23), QTime(16, 0), Qt::UTC);
    auto grant = KeyGrant::fromContext(finishedRun(QStringLiteral("https://kv-fabrikam-cmk.vault.azure.net/")),
                                       Azure::Cloud::azurePublic(), false, now);
    QVERIFY2(grant.hasValue(), qPrintable(grant ? QString() : grant.error().message()));
    QCOMPARE(grant.value().cloud, QStringLiteral("public"));
    QCOMPARE(grant.value().keyUri(), QUrl(QStringLiteral("https://kv-fabrikam-cmk.vault.azure.net/keys/cmk")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key-grant.json"));
    QVERIFY(grant.value().save(path).hasValue());
    auto loaded = KeyGrant::load(path);
    QVERIFY2(loaded.hasValue(), qPrintable(loaded ? QString() : loaded.error().message()));
    QCOMPARE(loaded.value(), grant.value());

    const QString text = grant.value().toText();
    QVERIFY(text.contains(kTenant));
    QVERIFY(text.contains(QStringLiteral("https://kv-fabrikam-cmk.vault.azure.net/")));
    auto pasted = KeyGrant::fromText(QStringLiteral("> forwarded\n") + text);
    QVERIFY2(pasted.hasValue(), qPrintable(pasted ? QString() : pasted.error().message()));
    QCOMPARE(pasted.value(), grant.value());
}

void tst_KeyGrant::fromContext_pinsTheVersionOnlyWhenAsked()
{
    const auto cloud = Azure::Cloud::azurePublic();
    const auto context = finishedRun(QStringLiteral("https://kv-fabrikam-cmk.vault.azure.net/"));
    auto pinned = KeyGrant::fromContext(context, cloud, true);
    QVERIFY(pinned.hasValue());
    QCOMPARE(pinned.value().keyVersion, kVersion);
    QCOMPARE(pinned.value().toJson().value(QStringLiteral("keyVersion")).toString(), kVersion);
    QCOMPARE(pinned.value().keyUri().path(), QStringLiteral("/keys/cmk/") + kVersion);
    auto floating = KeyGrant::fromContext(context, cloud, false);
    QVERIFY(floating.hasValue());
    QVERIFY(floating.value().keyVersion.isEmpty());
    QVERIFY(!floating.value().toJson().contains(QStringLiteral("keyVersion")));
}

void tst_KeyGrant::fromContext_withoutKey_isInvalidInput()
{
    auto context = finishedRun(QStringLiteral("https://kv-fabrikam-cmk.vault.azure.net/"));
    context.keyName.reset();
    auto grant = KeyGrant::fromContext(context, Azure::Cloud::azurePublic());
    QVERIFY(!grant.hasValue());
    QCOMPARE(grant.error().kind(), Azure::AzureError::Kind::InvalidInput);
}

void tst_KeyGrant::sandboxPathForm_isAcceptedOnLoopbackAndCheckedAgainstTheCloud()
{
    QJsonObject json = valid();
    json.insert(QStringLiteral("cloud"), QStringLiteral("http://127.0.0.1:40571"));
    json.insert(QStringLiteral("vaultUri"), QStringLiteral("http://127.0.0.1:40571/vaults/kv-fabrikam-cmk/"));
    auto grant = KeyGrant::fromJson(json);
    QVERIFY2(grant.hasValue(), qPrintable(grant ? QString() : grant.error().message()));
    QCOMPARE(grant.value().keyUri(), QUrl(QStringLiteral("http://127.0.0.1:40571/vaults/kv-fabrikam-cmk/keys/cmk")));
    // Against the public cloud it is refused: another cloud, another vault host.
    QVERIFY(!grant.value().checkCloud(Azure::Cloud::azurePublic()).hasValue());

    // A public-cloud grant checked against its own cloud passes; against China it does not.
    auto publicGrant = KeyGrant::fromJson(valid());
    QVERIFY(publicGrant.hasValue());
    QVERIFY(publicGrant.value().checkCloud(Azure::Cloud::azurePublic()).hasValue());
    QVERIFY(!publicGrant.value().checkCloud(Azure::Cloud::china()).hasValue());
}

void tst_KeyGrant::fromJson_rejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the key

    QTest::newRow("wrong type") << "type" << QJsonValue(QStringLiteral("crosskey-invitation"));
    QTest::newRow("future version") << "version" << QJsonValue(2);
    QTest::newRow("unknown field") << "clientSecret" << QJsonValue(QStringLiteral("s3cret"));
    QTest::newRow("tenant not a guid") << "customerTenantId" << QJsonValue(QStringLiteral("fabrikam.onmicrosoft.com"));
    QTest::newRow("app id not a guid") << "appId" << QJsonValue(QStringLiteral("CrossKey CMK"));
    QTest::newRow("missing app id") << "appId" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("missing vault") << "vaultUri" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("vault on another host") << "vaultUri" << QJsonValue(QStringLiteral("https://evil.example.com/"));
    QTest::newRow("vault over http") << "vaultUri" << QJsonValue(QStringLiteral("http://kv.vault.azure.net/"));
    QTest::newRow("vault of another cloud") << "vaultUri" << QJsonValue(QStringLiteral("https://kv.vault.azure.cn/"));
    QTest::newRow("vault with a path") << "vaultUri" << QJsonValue(QStringLiteral("https://kv.vault.azure.net/keys/x"));
    QTest::newRow("vault with user info")
        << "vaultUri" << QJsonValue(QStringLiteral("https://user@kv.vault.azure.net/"));
    QTest::newRow("sandbox path on a real host")
        << "vaultUri" << QJsonValue(QStringLiteral("https://kv.vault.azure.net/vaults/kv-fabrikam-cmk/"));
    QTest::newRow("bad key name") << "keyName" << QJsonValue(QStringLiteral("cmk/../other"));
    QTest::newRow("key name a number") << "keyName" << QJsonValue(42);
    QTest::newRow("bad key version") << "keyVersion" << QJsonValue(QStringLiteral("latest"));
    QTest::newRow("unknown cloud") << "cloud" << QJsonValue(QStringLiteral("mars"));
    QTest::newRow("bad date") << "createdAt" << QJsonValue(QStringLiteral("yesterday"));
}

void tst_KeyGrant::fromJson_rejects()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = valid();
    if (value.isUndefined()) {
        json.remove(key);
    } else {
        json.insert(key, value);
    }
    auto grant = KeyGrant::fromJson(json, QStringLiteral("grant.json"));
    QVERIFY(!grant.hasValue());
    QCOMPARE(grant.error().kind(), Azure::AzureError::Kind::InvalidFile);
    QVERIFY(!grant.error().message().isEmpty());
}

void tst_KeyGrant::load_refusesGarbageAndHugeFiles()
{
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("garbage.json"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json {");
    file.close();
    QCOMPARE(KeyGrant::load(garbage).error().kind(), Azure::AzureError::Kind::InvalidFile);

    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    QFile big(huge);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QJsonObject json = valid();
    json.insert(QStringLiteral("padding"), QString(200000, QLatin1Char('x')));
    big.write(QJsonDocument(json).toJson());
    big.close();
    QCOMPARE(KeyGrant::load(huge).error().kind(), Azure::AzureError::Kind::InvalidFile);
    QCOMPARE(KeyGrant::load(dir.filePath(QStringLiteral("missing.json"))).error().kind(),
             Azure::AzureError::Kind::InvalidFile);
    QVERIFY(!KeyGrant::fromText(QStringLiteral("no grant here")).hasValue());
}

QTEST_GUILESS_MAIN(tst_KeyGrant)
#include "tst_keygrant.moc"
