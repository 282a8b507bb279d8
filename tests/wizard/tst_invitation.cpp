// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/azurenames.h"
#include "wizard/handofffile.h"
#include "wizard/invitation.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace CrossKey;
using Wizard::AzureNames;
using Wizard::HandoffFile;
using Wizard::Invitation;

// The invitation file (issue 7), the shared handoff-file rules under it, and Azure's name rules.
class tst_Invitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromContext_buildsTheConsentLink();
    void fromContext_needsTheAppAndTenant();
    void saveLoad_roundTrip();
    void customCloud_roundTripAndCheckCloud();
    void malformed_isRejected_data();
    void malformed_isRejected();
    void notJsonOrTooLarge_isRejected();
    void toText_listsWhatTheCustomerDoes();
    void names_followAzureRules_data();
    void names_followAzureRules();
    void credentialName_isDerivedAndValid();

private:
    static Wizard::RunContext context();
    static QJsonObject valid();
};

namespace {
const QString kTenant = QStringLiteral("3f2a1c9e-8d47-4b1e-9a6c-0d5e7f81b234");
const QString kAppId = QStringLiteral("6c1f0b2e-4a9d-4e73-b5a8-9e2d1c7f0a11");
} // namespace

Wizard::RunContext tst_Invitation::context()
{
    Wizard::RunContext context;
    context.tenantId = kTenant;
    context.appId = kAppId;
    context.appName = QStringLiteral("Contoso CMK");
    return context;
}

QJsonObject tst_Invitation::valid()
{
    const auto invitation = Invitation::fromContext(context(), Azure::Cloud::azurePublic(),
                                                    QDateTime(QDate(2026, 11, 23), QTime(16, 0), Qt::UTC));
    return invitation ? invitation.value().toJson() : QJsonObject();
}

void tst_Invitation::fromContext_buildsTheConsentLink()
{
    const auto invitation = Invitation::fromContext(context(), Azure::Cloud::azurePublic());
    QVERIFY2(invitation.hasValue(), qPrintable(invitation ? QString() : invitation.error().message()));
    QCOMPARE(invitation.value().adminConsentUrl,
             QUrl(QStringLiteral("https://login.microsoftonline.com/organizations/adminconsent?client_id=") + kAppId));
    QCOMPARE(invitation.value().cloud, QStringLiteral("public"));
    QCOMPARE(invitation.value().version, 1);
    const auto china = Invitation::fromContext(context(), Azure::Cloud::china());
    QVERIFY(china.hasValue());
    QCOMPARE(china.value().adminConsentUrl.host(), Azure::Cloud::china().authorityHost().host());
}

void tst_Invitation::fromContext_needsTheAppAndTenant()
{
    Wizard::RunContext partial = context();
    partial.appId.reset();
    QVERIFY(!Invitation::fromContext(partial, Azure::Cloud::azurePublic()).hasValue());
    partial = context();
    partial.tenantId = QStringLiteral("contoso.onmicrosoft.com");
    QVERIFY(!Invitation::fromContext(partial, Azure::Cloud::azurePublic()).hasValue());
}

void tst_Invitation::saveLoad_roundTrip()
{
    QTemporaryDir dir;
    const auto invitation = Invitation::fromContext(context(), Azure::Cloud::usGovernment());
    QVERIFY(invitation.hasValue());
    const QString path = dir.filePath(QStringLiteral("invitation.json"));
    QVERIFY(invitation.value().save(path).hasValue());
    const auto loaded = Invitation::load(path);
    QVERIFY2(loaded.hasValue(), qPrintable(loaded ? QString() : loaded.error().message()));
    QCOMPARE(loaded.value().appId, kAppId);
    QCOMPARE(loaded.value().cloud, QStringLiteral("usgov"));
    QCOMPARE(loaded.value().createdAt.toSecsSinceEpoch(), invitation.value().createdAt.toSecsSinceEpoch());
    QVERIFY(loaded.value().checkCloud(Azure::Cloud::usGovernment()).hasValue());
    QVERIFY(!loaded.value().checkCloud(Azure::Cloud::azurePublic()).hasValue());
    // No secrets: only the named fields are written.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.keys().size(), 8);
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("crosskey-invitation"));
}

void tst_Invitation::customCloud_roundTripAndCheckCloud()
{
    const QByteArray metadata = R"({"name":"Sandbox","resourceManager":"http://127.0.0.1:4567/",
        "authentication":{"loginEndpoint":"http://127.0.0.1:4567/","audiences":["https://management.core.windows.net/"]},
        "microsoftGraphResourceId":"http://127.0.0.1:4567/","suffixes":{"keyVaultDns":"vault.azure.net","storage":"core.windows.net"}})";
    const auto cloud = Azure::Cloud::fromMetadata(metadata);
    if (!cloud) {
        QSKIP(qPrintable(QStringLiteral("metadata shape: ") + cloud.error().message()));
    }
    const auto invitation = Invitation::fromContext(context(), cloud.value());
    QVERIFY2(invitation.hasValue(), qPrintable(invitation ? QString() : invitation.error().message()));
    QCOMPARE(invitation.value().cloud, cloud.value().resourceManagerUrl().toString());
    QVERIFY(invitation.value().cloud.startsWith(QLatin1String("http://127.0.0.1:4567")));
    const auto back = Invitation::fromJson(invitation.value().toJson());
    QVERIFY(back.hasValue());
    QVERIFY(back.value().checkCloud(cloud.value()).hasValue());
    Invitation moved = back.value();
    moved.adminConsentUrl.setPort(4568);
    QVERIFY(!moved.checkCloud(cloud.value()).hasValue());
}

void tst_Invitation::malformed_isRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    const QString consent = QStringLiteral("https://login.microsoftonline.com/organizations/adminconsent?client_id=");
    QTest::newRow("wrong type") << "type" << QJsonValue(QStringLiteral("crosskey-key-grant")) << "type";
    QTest::newRow("version 2") << "version" << QJsonValue(2) << "version";
    QTest::newRow("version text") << "version" << QJsonValue(QStringLiteral("1")) << "version";
    QTest::newRow("unknown field") << "clientSecret" << QJsonValue(QStringLiteral("x")) << "clientSecret";
    QTest::newRow("app id not a GUID") << "appId" << QJsonValue(QStringLiteral("contoso-app")) << "appId";
    QTest::newRow("tenant not a GUID") << "isvTenantId" << QJsonValue(QStringLiteral("contoso.com")) << "isvTenantId";
    QTest::newRow("tenant missing") << "isvTenantId" << QJsonValue(QJsonValue::Undefined) << "isvTenantId";
    QTest::newRow("name blank-padded") << "appName" << QJsonValue(QStringLiteral(" CMK")) << "appName";
    QTest::newRow("consent for another app")
        << "adminConsentUrl" << QJsonValue(consent + QStringLiteral("11111111-2222-3333-4444-555555555555"))
        << "another app";
    QTest::newRow("consent on another host")
        << "adminConsentUrl"
        << QJsonValue(QStringLiteral("https://login.evil.example/organizations/adminconsent?client_id=") + kAppId)
        << "sign-in service";
    QTest::newRow("consent over http")
        << "adminConsentUrl"
        << QJsonValue(QStringLiteral("http://login.microsoftonline.com/organizations/adminconsent?client_id=") + kAppId)
        << "https";
    QTest::newRow("consent with redirect")
        << "adminConsentUrl"
        << QJsonValue(consent + kAppId + QStringLiteral("&redirect_uri=https%3A%2F%2Fevil.example")) << "another app";
    QTest::newRow("consent to authorize")
        << "adminConsentUrl"
        << QJsonValue(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=") +
                      kAppId)
        << "admin-consent";
    QTest::newRow("unknown cloud") << "cloud" << QJsonValue(QStringLiteral("mars")) << "cloud";
    QTest::newRow("created not UTC") << "createdAt" << QJsonValue(QStringLiteral("yesterday")) << "createdAt";
}

void tst_Invitation::malformed_isRejected()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject json = valid();
    QVERIFY(Invitation::fromJson(json).hasValue());
    if (value.isUndefined()) {
        json.remove(key);
    } else {
        json.insert(key, value);
    }
    const auto read = Invitation::fromJson(json, QStringLiteral("invitation.json"));
    QVERIFY(!read.hasValue());
    QCOMPARE(read.error().kind(), Azure::AzureError::Kind::InvalidFile);
    QVERIFY2(read.error().message().contains(reason), qPrintable(read.error().message()));
    QVERIFY(read.error().message().contains(QLatin1String("invitation.json")));
}

void tst_Invitation::notJsonOrTooLarge_isRejected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    auto write = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    write("{not json");
    QVERIFY(!Invitation::load(path).hasValue());
    QVERIFY(Invitation::load(path).error().message().contains(QLatin1String("JSON")));
    write("[1,2]");
    QVERIFY(Invitation::load(path).error().message().contains(QLatin1String("object")));
    write(QByteArray(HandoffFile::kMaxBytes + 1, ' '));
    QVERIFY(Invitation::load(path).error().message().contains(QLatin1String("KiB")));
    QVERIFY(!Invitation::load(dir.filePath(QStringLiteral("missing.json"))).hasValue());
    // A valid file still loads from the same place.
    write(QJsonDocument(valid()).toJson());
    QVERIFY(Invitation::load(path).hasValue());
}

void tst_Invitation::toText_listsWhatTheCustomerDoes()
{
    const auto invitation = Invitation::fromContext(context(), Azure::Cloud::azurePublic());
    QVERIFY(invitation.hasValue());
    const QString text = invitation.value().toText();
    QVERIFY(text.contains(kAppId));
    QVERIFY(text.contains(kTenant));
    QVERIFY(text.contains(invitation.value().adminConsentUrl.toString(QUrl::FullyEncoded)));
    const QStringList order{QStringLiteral("Install"), QStringLiteral("purge protection"), QStringLiteral("RSA key"),
                            QStringLiteral("Key Vault Crypto Service Encryption User"), QStringLiteral("key grant")};
    qsizetype at = 0;
    for (const QString &step : order) {
        const qsizetype found = text.indexOf(step, at);
        QVERIFY2(found > at, qPrintable(step));
        at = found;
    }
}

void tst_Invitation::names_followAzureRules_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("group plain") << "group"
                                 << "rg-crosskey_1.(x)" << true;
    QTest::newRow("group 90") << "group" << QString(90, QLatin1Char('a')) << true;
    QTest::newRow("group 91") << "group" << QString(91, QLatin1Char('a')) << false;
    QTest::newRow("group ends with dot") << "group"
                                         << "rg." << false;
    QTest::newRow("group empty") << "group"
                                 << "" << false;
    QTest::newRow("group slash") << "group"
                                 << "rg/x" << false;
    QTest::newRow("app plain") << "app"
                               << "Contoso's CMK (prod)" << true;
    QTest::newRow("app blank") << "app"
                               << "   " << false;
    QTest::newRow("app 121") << "app" << QString(121, QLatin1Char('a')) << false;
    QTest::newRow("identity plain") << "identity"
                                    << "id-crosskey_cmk" << true;
    QTest::newRow("identity short") << "identity"
                                    << "id" << false;
    QTest::newRow("identity leading dash") << "identity"
                                           << "-id-x" << false;
    QTest::newRow("identity dot") << "identity"
                                  << "id.x" << false;
    QTest::newRow("identity 129") << "identity" << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("credential plain") << "credential"
                                      << "crosskey-id" << true;
    QTest::newRow("credential 121") << "credential" << QString(121, QLatin1Char('a')) << false;
    QTest::newRow("credential underscore first") << "credential"
                                                 << "_x1" << false;
}

void tst_Invitation::names_followAzureRules()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(bool, ok);
    Azure::Result<void> result;
    if (kind == QLatin1String("group")) {
        result = AzureNames::checkResourceGroup(name);
    } else if (kind == QLatin1String("app")) {
        result = AzureNames::checkAppDisplayName(name);
    } else if (kind == QLatin1String("identity")) {
        result = AzureNames::checkUserAssignedIdentity(name);
    } else {
        result = AzureNames::checkFederatedCredential(name);
    }
    QCOMPARE(result.hasValue(), ok);
    if (!ok) {
        QCOMPARE(result.error().kind(), Azure::AzureError::Kind::InvalidInput);
        QVERIFY(!result.error().message().isEmpty());
    }
}

void tst_Invitation::credentialName_isDerivedAndValid()
{
    QCOMPARE(AzureNames::federatedCredentialNameFor(QStringLiteral("id-crosskey_cmk")),
             QStringLiteral("crosskey-id-crosskey_cmk"));
    const QString longName = AzureNames::federatedCredentialNameFor(QString(128, QLatin1Char('a')));
    QCOMPARE(longName.size(), 120);
    QVERIFY(AzureNames::checkFederatedCredential(longName).hasValue());
    QVERIFY(AzureNames::isGuid(kAppId));
    QVERIFY(!AzureNames::isGuid(QStringLiteral("{") + kAppId + QStringLiteral("}")));
}

QTEST_GUILESS_MAIN(tst_Invitation)
#include "tst_invitation.moc"
