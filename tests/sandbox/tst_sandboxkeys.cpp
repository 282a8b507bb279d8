// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaultauthorizer.h"
#include "sandbox/keyvaultcrypto.h"
#include "sandbox/keyvaultlookup.h"
#include "sandbox/world.h"
#include "sandbox/worldcodec.h"
#include "sandboxkeyvaultclient.h"

#include <QRegularExpression>
#include <QTest>

using namespace CrossKey::Sandbox;

namespace {
const QJsonObject kRsa{{QStringLiteral("kty"), QStringLiteral("RSA")},
                       {QStringLiteral("key_size"), 3072},
                       {QStringLiteral("key_ops"), QJsonArray{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey"),
                                                              QStringLiteral("sign"), QStringLiteral("verify")}}};
const QString kPlain = QStringLiteral("c2VjcmV0LWFjY291bnQta2V5LTMyLWJ5dGVzLWxvbmch"); // base64url, 33 bytes

QJsonObject wrapBody(const QString &value = kPlain, const QString &algorithm = QStringLiteral("RSA-OAEP"))
{
    return QJsonObject{{QStringLiteral("alg"), algorithm}, {QStringLiteral("value"), value}};
}
} // namespace

class tst_SandboxKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noToken_getsTheChallenge();
    void otherTenantToken_isInvalidIssuer();
    void apiVersion_missingOrUnknown_isBadParameter();
    void key_createGetVersionsRotateUpdate();
    void versions_arePaged();
    void wrap_unwrapRoundTripsPerVersion();
    void rbac_followsRolesPerUser();
    void rbac_keyScopeAssignment();
    void accessPolicy_namesTheMissingPermission();
    void disabledKey_refusesPrivateOperationsOnly();
    void expiredKey_refusesProtectingOperationsOnly();
    void badInput_isBadParameter_data();
    void badInput_isBadParameter();
    void delete_holdsTheName();
    void state_roundTripKeepsKeysAndMaterial();

private:
    // A vault with Crypto Officer for admin (RBAC) or a full access policy (policies).
    static QByteArray prepare(SandboxKeyVaultClient &kv, const QString &vault, bool rbac);
};

QByteArray tst_SandboxKeys::prepare(SandboxKeyVaultClient &kv, const QString &vault, bool rbac)
{
    const QByteArray arm = kv.token("admin", QStringLiteral("fabrikam"));
    const HttpResult created = kv.createVault(vault, rbac, arm);
    if (created.status != 201) {
        qWarning() << created.body;
    }
    if (rbac) {
        kv.assignRole(SandboxKeyVaultClient::vaultId(vault), QLatin1String(SandboxKeyVaultClient::cryptoOfficer),
                      kv.userId(QStringLiteral("admin")), arm);
    }
    return arm;
}

void tst_SandboxKeys::noToken_getsTheChallenge()
{
    SandboxKeyVaultClient kv;
    prepare(kv, QStringLiteral("kv-chal"), true);
    const HttpResult result = kv.kv("GET", QStringLiteral("kv-chal"), QStringLiteral("keys"), {});
    QCOMPARE(result.status, 401);
    QCOMPARE(SandboxArmClient::code(result), QStringLiteral("Unauthorized"));
    const QString expected =
        QStringLiteral("Bearer authorization=\"%1/%2\", resource=\"https://vault.azure.net\"")
            .arg(kv.server().baseUrl().toString(), Scenarios::tenantId(QStringLiteral("fabrikam")));
    QCOMPARE(QString::fromLatin1(result.header("WWW-Authenticate")), expected);
    QVERIFY(!result.header("x-ms-request-id").isEmpty());
    QCOMPARE(result.header("x-ms-client-request-id"), QByteArray("kv-client-1"));
    QVERIFY(!result.header("x-ms-keyvault-region").isEmpty());
    QVERIFY(!result.header("x-ms-keyvault-service-version").isEmpty());
    // An ARM token is the wrong audience.
    const HttpResult arm =
        kv.kv("GET", QStringLiteral("kv-chal"), QStringLiteral("keys"), kv.token("admin", QStringLiteral("fabrikam")));
    QCOMPARE(arm.status, 401);
    QVERIFY(!arm.header("WWW-Authenticate").isEmpty());
}

void tst_SandboxKeys::otherTenantToken_isInvalidIssuer()
{
    SandboxKeyVaultClient kv;
    prepare(kv, QStringLiteral("kv-iss"), true);
    const HttpResult result = kv.kv("GET", QStringLiteral("kv-iss"), QStringLiteral("keys"),
                                    kv.vaultToken(QStringLiteral("admin"), QStringLiteral("contosoisv")));
    QCOMPARE(result.status, 401);
    QVERIFY(SandboxArmClient::message(result).startsWith(QStringLiteral("AKV10032: Invalid issuer.")));
    QVERIFY(result.header("WWW-Authenticate").contains(Scenarios::tenantId(QStringLiteral("fabrikam")).toLatin1()));
}

void tst_SandboxKeys::apiVersion_missingOrUnknown_isBadParameter()
{
    SandboxKeyVaultClient kv;
    prepare(kv, QStringLiteral("kv-ver"), true);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    const HttpResult missing = kv.kv("GET", QStringLiteral("kv-ver"), QStringLiteral("keys"), token, {}, {});
    QCOMPARE(missing.status, 400);
    QCOMPARE(SandboxArmClient::code(missing), QStringLiteral("BadParameter"));
    const HttpResult unknown =
        kv.kv("GET", QStringLiteral("kv-ver"), QStringLiteral("keys"), token, {}, QStringLiteral("9.9"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(SandboxArmClient::code(unknown), QStringLiteral("BadParameter"));
    QCOMPARE(kv.kv("GET", QStringLiteral("kv-ver"), QStringLiteral("keys"), token, {}, QStringLiteral("7.4")).status,
             200);
}

void tst_SandboxKeys::key_createGetVersionsRotateUpdate()
{
    SandboxKeyVaultClient kv;
    prepare(kv, QStringLiteral("kv-keys"), true);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    const HttpResult created = kv.kv("POST", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk/create"), token, kRsa);
    QCOMPARE(created.status, 200);
    const QString kid = created.json()[QStringLiteral("key")][QStringLiteral("kid")].toString();
    const QString prefix = kv.server().baseUrl().toString() + QStringLiteral("/vaults/kv-keys/keys/cmk/");
    QVERIFY2(kid.startsWith(prefix), qPrintable(kid));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(kid.mid(prefix.size())).hasMatch());
    const QJsonObject attributes = created.json()[QStringLiteral("attributes")].toObject();
    QCOMPARE(attributes[QStringLiteral("enabled")].toBool(), true);
    QCOMPARE(attributes[QStringLiteral("recoveryLevel")].toString(), QStringLiteral("Recoverable"));
    QCOMPARE(attributes[QStringLiteral("recoverableDays")].toInt(), 90);
    QCOMPARE(QByteArray::fromBase64(created.json()[QStringLiteral("key")][QStringLiteral("n")].toString().toLatin1(),
                                    QByteArray::Base64UrlEncoding)
                 .size(),
             384);

    const HttpResult latest = kv.kv("GET", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk"), token);
    QCOMPARE(latest.json()[QStringLiteral("key")][QStringLiteral("kid")].toString(), kid);
    const HttpResult rotated = kv.kv("POST", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk/rotate"), token);
    QCOMPARE(rotated.status, 200);
    const QString kid2 = rotated.json()[QStringLiteral("key")][QStringLiteral("kid")].toString();
    QVERIFY(kid2 != kid);
    QCOMPARE(kv.kv("GET", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk"), token)
                 .json()[QStringLiteral("key")][QStringLiteral("kid")]
                 .toString(),
             kid2);
    const QString version1 = kid.section(QLatin1Char('/'), -1);
    QCOMPARE(kv.kv("GET", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk/") + version1, token)
                 .json()[QStringLiteral("key")][QStringLiteral("kid")]
                 .toString(),
             kid);
    const HttpResult versions = kv.kv("GET", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk/versions"), token);
    QCOMPARE(versions.json()[QStringLiteral("value")].toArray().size(), 2);
    QVERIFY(versions.json()[QStringLiteral("nextLink")].isNull());
    // Creating the same name again makes another version.
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk/create"), token, kRsa).status, 200);
    QCOMPARE(kv.kv("GET", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk/versions"), token)
                 .json()[QStringLiteral("value")]
                 .toArray()
                 .size(),
             3);
    const HttpResult list = kv.kv("GET", QStringLiteral("kv-keys"), QStringLiteral("keys"), token);
    QCOMPARE(list.json()[QStringLiteral("value")].toArray().size(), 1);
    QCOMPARE(list.json()[QStringLiteral("value")][0][QStringLiteral("kid")].toString(), prefix.chopped(1));

    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 86400 * 30;
    const QJsonObject patch{
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("exp"), exp}}}};
    const HttpResult updated =
        kv.kv("PATCH", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk/") + version1, token, patch);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json()[QStringLiteral("attributes")][QStringLiteral("enabled")].toBool(), false);
    QCOMPARE(updated.json()[QStringLiteral("attributes")][QStringLiteral("exp")].toInteger(), exp);
    // Only that version changed.
    QCOMPARE(
        kv.kv("GET", QStringLiteral("kv-keys"), QStringLiteral("keys/cmk/") + kid2.section(QLatin1Char('/'), -1), token)
            .json()[QStringLiteral("attributes")][QStringLiteral("enabled")]
            .toBool(),
        true);
    const HttpResult missing = kv.kv("GET", QStringLiteral("kv-keys"), QStringLiteral("keys/nope"), token);
    QCOMPARE(missing.status, 404);
    QCOMPARE(SandboxArmClient::code(missing), QStringLiteral("KeyNotFound"));
}

void tst_SandboxKeys::versions_arePaged()
{
    SandboxKeyVaultClient kv;
    prepare(kv, QStringLiteral("kv-page"), true);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-page"), QStringLiteral("keys/k/create"), token, kRsa).status, 200);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(kv.kv("POST", QStringLiteral("kv-page"), QStringLiteral("keys/k/rotate"), token).status, 200);
    }
    QStringList seen;
    QString next = QStringLiteral("/vaults/kv-page/keys/k/versions?api-version=7.5&maxresults=2");
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const HttpResult page = kv.http().get(next, {{"Authorization", "Bearer " + token}});
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.json()[QStringLiteral("value")].toArray()) {
            seen.append(item[QStringLiteral("kid")].toString());
        }
        const QString link = page.json()[QStringLiteral("nextLink")].toString();
        next = link.isEmpty() ? QString() : link.mid(kv.server().baseUrl().toString().size());
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 5);
    QCOMPARE(seen.removeDuplicates(), 0);
    QCOMPARE(kv.kv("GET", QStringLiteral("kv-page"), QStringLiteral("keys/k/versions?maxresults=26"), token).status,
             400);
}

void tst_SandboxKeys::wrap_unwrapRoundTripsPerVersion()
{
    SandboxKeyVaultClient kv;
    prepare(kv, QStringLiteral("kv-wrap"), true);
    const QByteArray arm = kv.token("admin", QStringLiteral("fabrikam"));
    kv.assignRole(SandboxKeyVaultClient::vaultId(QStringLiteral("kv-wrap")),
                  QLatin1String(SandboxKeyVaultClient::administrator), kv.userId(QStringLiteral("admin")), arm);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    const QString kid = kv.kv("POST", QStringLiteral("kv-wrap"), QStringLiteral("keys/cmk/create"), token, kRsa)
                            .json()[QStringLiteral("key")][QStringLiteral("kid")]
                            .toString();
    const QString version = kid.section(QLatin1Char('/'), -1);
    for (const QString &algorithm :
         {QStringLiteral("RSA-OAEP"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("RSA1_5")}) {
        const HttpResult wrapped =
            kv.kv("POST", QStringLiteral("kv-wrap"), QStringLiteral("keys/cmk/") + version + QStringLiteral("/wrapkey"),
                  token, wrapBody(kPlain, algorithm));
        QCOMPARE(wrapped.status, 200);
        QCOMPARE(wrapped.json()[QStringLiteral("kid")].toString(), kid);
        const QString cipher = wrapped.json()[QStringLiteral("value")].toString();
        QCOMPARE(QByteArray::fromBase64(cipher.toLatin1(), QByteArray::Base64UrlEncoding).size(), 384);
        const HttpResult unwrapped = kv.kv("POST", QStringLiteral("kv-wrap"),
                                           QStringLiteral("keys/cmk/") + version + QStringLiteral("/unwrapkey"), token,
                                           wrapBody(cipher, algorithm));
        QCOMPARE(unwrapped.status, 200);
        QCOMPARE(unwrapped.json()[QStringLiteral("value")].toString(), kPlain);
    }
    const QString cipher =
        kv.kv("POST", QStringLiteral("kv-wrap"), QStringLiteral("keys/cmk/wrapkey"), token, wrapBody())
            .json()[QStringLiteral("value")]
            .toString();
    // Another version cannot unwrap it.
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-wrap"), QStringLiteral("keys/cmk/rotate"), token).status, 200);
    QCOMPARE(
        kv.kv("POST", QStringLiteral("kv-wrap"), QStringLiteral("keys/cmk/unwrapkey"), token, wrapBody(cipher)).status,
        400);
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-wrap"),
                   QStringLiteral("keys/cmk/") + version + QStringLiteral("/unwrapkey"), token, wrapBody(cipher))
                 .json()[QStringLiteral("value")]
                 .toString(),
             kPlain);
    // Sign and verify; encrypt is not in key_ops.
    const QString digest = QString::fromLatin1(QByteArray(32, 'd').toBase64(QByteArray::Base64UrlEncoding));
    const HttpResult signature =
        kv.kv("POST", QStringLiteral("kv-wrap"), QStringLiteral("keys/cmk/sign"), token,
              QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("value"), digest}});
    QCOMPARE(signature.status, 200);
    const HttpResult verified =
        kv.kv("POST", QStringLiteral("kv-wrap"), QStringLiteral("keys/cmk/verify"), token,
              QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                          {QStringLiteral("digest"), digest},
                          {QStringLiteral("value"), signature.json()[QStringLiteral("value")]}});
    QCOMPARE(verified.json()[QStringLiteral("value")].toBool(), true);
    const HttpResult encrypt =
        kv.kv("POST", QStringLiteral("kv-wrap"), QStringLiteral("keys/cmk/encrypt"), token, wrapBody());
    QCOMPARE(encrypt.status, 403);
    QCOMPARE(SandboxKeyVaultClient::innerCode(encrypt), QStringLiteral("KeyOperationForbidden"));
}

void tst_SandboxKeys::rbac_followsRolesPerUser()
{
    SandboxKeyVaultClient kv;
    const QByteArray arm = prepare(kv, QStringLiteral("kv-roles"), true);
    const QByteArray officer = kv.vaultToken(QStringLiteral("admin"));
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk/create"), officer, kRsa).status, 200);
    // Crypto Officer's keys/* data actions include wrap; Owner (ARM) has no data actions at all.
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk/wrapkey"), officer, wrapBody()).status,
             200);
    const QByteArray owner = kv.vaultToken(QStringLiteral("owner"));
    const HttpResult ownerWrap =
        kv.kv("POST", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk/wrapkey"), owner, wrapBody());
    QCOMPARE(ownerWrap.status, 403);
    QCOMPARE(SandboxArmClient::code(ownerWrap), QStringLiteral("Forbidden"));
    QCOMPARE(SandboxKeyVaultClient::innerCode(ownerWrap), QStringLiteral("ForbiddenByRbac"));
    QVERIFY(
        SandboxArmClient::message(ownerWrap).contains(QStringLiteral("Microsoft.KeyVault/vaults/keys/wrap/action")));
    QVERIFY(SandboxArmClient::message(ownerWrap).contains(QStringLiteral("DeniedWithNoValidRBAC")));
    QCOMPARE(SandboxKeyVaultClient::innerCode(kv.kv("GET", QStringLiteral("kv-roles"), QStringLiteral("keys"), owner)),
             QStringLiteral("ForbiddenByRbac"));

    kv.assignRole(SandboxKeyVaultClient::vaultId(QStringLiteral("kv-roles")),
                  QLatin1String(SandboxKeyVaultClient::serviceEncryptionUser), kv.userId(QStringLiteral("developer")),
                  arm);
    const QByteArray developer = kv.vaultToken(QStringLiteral("developer"));
    QCOMPARE(kv.kv("GET", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk"), developer).status, 200);
    const HttpResult wrapped =
        kv.kv("POST", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk/wrapkey"), developer, wrapBody());
    QCOMPARE(wrapped.status, 200);
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk/unwrapkey"), developer,
                   wrapBody(wrapped.json()[QStringLiteral("value")].toString()))
                 .status,
             200);
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk2/create"), developer, kRsa).status,
             403);

    kv.assignRole(SandboxKeyVaultClient::vaultId(QStringLiteral("kv-roles")),
                  QLatin1String(SandboxKeyVaultClient::reader), kv.userId(QStringLiteral("support")), arm);
    const QByteArray support = kv.vaultToken(QStringLiteral("support"));
    QCOMPARE(kv.kv("GET", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk/versions"), support).status, 200);
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk/wrapkey"), support, wrapBody()).status,
             403);
    QCOMPARE(kv.kv("PATCH", QStringLiteral("kv-roles"), QStringLiteral("keys/cmk"), support,
                   QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}}})
                 .status,
             403);

    // The internal check storage uses, for any principal.
    const Vault *vault = KeyVaultLookup::vault(kv.server().world(), QStringLiteral("kv-roles"));
    const KeyVaultAuthorizer authorizer(kv.server().world(), kv.clock().now(), 0);
    QVERIFY(authorizer.canPerform(kv.userId(QStringLiteral("developer")), *vault, QStringLiteral("cmk"),
                                  KeyOperation::UnwrapKey));
    QVERIFY(!authorizer.canPerform(kv.userId(QStringLiteral("support")), *vault, QStringLiteral("cmk"),
                                   KeyOperation::UnwrapKey));
}

void tst_SandboxKeys::rbac_keyScopeAssignment()
{
    SandboxKeyVaultClient kv;
    const QByteArray arm = prepare(kv, QStringLiteral("kv-scope"), true);
    const QByteArray officer = kv.vaultToken(QStringLiteral("admin"));
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-scope"), QStringLiteral("keys/one/create"), officer, kRsa).status, 200);
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-scope"), QStringLiteral("keys/two/create"), officer, kRsa).status, 200);
    const HttpResult assigned = kv.assignRole(
        SandboxKeyVaultClient::vaultId(QStringLiteral("kv-scope")) + QStringLiteral("/keys/one"),
        QLatin1String(SandboxKeyVaultClient::serviceEncryptionUser), kv.userId(QStringLiteral("developer")), arm);
    QCOMPARE(assigned.status, 201);
    const QByteArray developer = kv.vaultToken(QStringLiteral("developer"));
    QCOMPARE(
        kv.kv("POST", QStringLiteral("kv-scope"), QStringLiteral("keys/one/wrapkey"), developer, wrapBody()).status,
        200);
    const HttpResult other =
        kv.kv("POST", QStringLiteral("kv-scope"), QStringLiteral("keys/two/wrapkey"), developer, wrapBody());
    QCOMPARE(other.status, 403);
    QCOMPARE(SandboxKeyVaultClient::innerCode(other), QStringLiteral("ForbiddenByRbac"));
}

void tst_SandboxKeys::accessPolicy_namesTheMissingPermission()
{
    SandboxKeyVaultClient kv;
    const QByteArray arm = prepare(kv, QStringLiteral("kv-pol"), false);
    const auto policy = [&](const QString &user, const QStringList &keys) {
        const QJsonObject body{
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("accessPolicies"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("tenantId"), Scenarios::tenantId(QStringLiteral("fabrikam"))},
                              {QStringLiteral("objectId"), kv.userId(user)},
                              {QStringLiteral("permissions"),
                               QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}}}}}}}}};
        return kv.call("PUT",
                       SandboxKeyVaultClient::vaultId(QStringLiteral("kv-pol")) +
                           QStringLiteral("/accessPolicies/add?api-version=2023-07-01"),
                       arm, body);
    };
    QCOMPARE(policy(QStringLiteral("admin"), {QStringLiteral("create"), QStringLiteral("get")}).status, 200);
    QCOMPARE(policy(QStringLiteral("developer"), {QStringLiteral("get"), QStringLiteral("wrapkey")}).status, 200);
    const QByteArray admin = kv.vaultToken(QStringLiteral("admin"));
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-pol"), QStringLiteral("keys/cmk/create"), admin, kRsa).status, 200);
    const QByteArray developer = kv.vaultToken(QStringLiteral("developer"));
    const HttpResult wrapped =
        kv.kv("POST", QStringLiteral("kv-pol"), QStringLiteral("keys/cmk/wrapkey"), developer, wrapBody());
    QCOMPARE(wrapped.status, 200);
    const HttpResult unwrap = kv.kv("POST", QStringLiteral("kv-pol"), QStringLiteral("keys/cmk/unwrapkey"), developer,
                                    wrapBody(wrapped.json()[QStringLiteral("value")].toString()));
    QCOMPARE(unwrap.status, 403);
    QCOMPARE(SandboxKeyVaultClient::innerCode(unwrap), QStringLiteral("ForbiddenByPolicy"));
    QVERIFY2(SandboxArmClient::message(unwrap).contains(QStringLiteral("does not have keys unwrapKey permission on key "
                                                                       "vault 'kv-pol;location=eastus'")),
             qPrintable(SandboxArmClient::message(unwrap)));
    // A role assignment does not help an access-policy vault.
    kv.assignRole(SandboxKeyVaultClient::vaultId(QStringLiteral("kv-pol")),
                  QLatin1String(SandboxKeyVaultClient::administrator), kv.userId(QStringLiteral("support")), arm);
    QCOMPARE(SandboxKeyVaultClient::innerCode(kv.kv("GET", QStringLiteral("kv-pol"), QStringLiteral("keys"),
                                                    kv.vaultToken(QStringLiteral("support")))),
             QStringLiteral("ForbiddenByPolicy"));
}

void tst_SandboxKeys::disabledKey_refusesPrivateOperationsOnly()
{
    SandboxKeyVaultClient kv;
    const QByteArray arm = prepare(kv, QStringLiteral("kv-dis"), true);
    kv.assignRole(SandboxKeyVaultClient::vaultId(QStringLiteral("kv-dis")),
                  QLatin1String(SandboxKeyVaultClient::administrator), kv.userId(QStringLiteral("admin")), arm);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk/create"), token, kRsa).status, 200);
    const QString cipher =
        kv.kv("POST", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk/wrapkey"), token, wrapBody())
            .json()[QStringLiteral("value")]
            .toString();
    const QString digest = QString::fromLatin1(QByteArray(32, 'd').toBase64(QByteArray::Base64UrlEncoding));
    const QString signature =
        kv.kv("POST", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk/sign"), token,
              QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("value"), digest}})
            .json()[QStringLiteral("value")]
            .toString();
    QCOMPARE(kv.kv("PATCH", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk"), token,
                   QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}}})
                 .status,
             200);
    const HttpResult got = kv.kv("GET", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk"), token);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json()[QStringLiteral("attributes")][QStringLiteral("enabled")].toBool(), false);
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk/wrapkey"), token, wrapBody()).status,
             200);
    const HttpResult unwrap =
        kv.kv("POST", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk/unwrapkey"), token, wrapBody(cipher));
    QCOMPARE(unwrap.status, 403);
    QCOMPARE(SandboxArmClient::code(unwrap), QStringLiteral("Forbidden"));
    QCOMPARE(SandboxKeyVaultClient::innerCode(unwrap), QStringLiteral("KeyDisabled"));
    QCOMPARE(SandboxArmClient::message(unwrap),
             QStringLiteral("Operation unwrapKey is not allowed on a disabled key."));
    const HttpResult sign =
        kv.kv("POST", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk/sign"), token,
              QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("value"), digest}});
    QCOMPARE(SandboxKeyVaultClient::innerCode(sign), QStringLiteral("KeyDisabled"));
    const HttpResult verify = kv.kv("POST", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk/verify"), token,
                                    QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                                {QStringLiteral("digest"), digest},
                                                {QStringLiteral("value"), signature}});
    QCOMPARE(verify.status, 200);
    QCOMPARE(verify.json()[QStringLiteral("value")].toBool(), true);
    // Re-enabling restores unwrap.
    kv.kv("PATCH", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk"), token,
          QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), true}}}});
    QCOMPARE(
        kv.kv("POST", QStringLiteral("kv-dis"), QStringLiteral("keys/cmk/unwrapkey"), token, wrapBody(cipher)).status,
        200);
}

void tst_SandboxKeys::expiredKey_refusesProtectingOperationsOnly()
{
    SandboxKeyVaultClient kv;
    const QByteArray arm = prepare(kv, QStringLiteral("kv-exp"), true);
    kv.assignRole(SandboxKeyVaultClient::vaultId(QStringLiteral("kv-exp")),
                  QLatin1String(SandboxKeyVaultClient::administrator), kv.userId(QStringLiteral("admin")), arm);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    QJsonObject body = kRsa;
    body.insert(QStringLiteral("attributes"),
                QJsonObject{{QStringLiteral("exp"), kv.clock().now().addSecs(3600).toSecsSinceEpoch()}});
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-exp"), QStringLiteral("keys/cmk/create"), token, body).status, 200);
    const QString cipher =
        kv.kv("POST", QStringLiteral("kv-exp"), QStringLiteral("keys/cmk/wrapkey"), token, wrapBody())
            .json()[QStringLiteral("value")]
            .toString();
    kv.clock().advance(7200);
    const QByteArray fresh = kv.vaultToken(QStringLiteral("admin"));
    const HttpResult wrap =
        kv.kv("POST", QStringLiteral("kv-exp"), QStringLiteral("keys/cmk/wrapkey"), fresh, wrapBody());
    QCOMPARE(wrap.status, 403);
    QCOMPARE(SandboxKeyVaultClient::innerCode(wrap), QStringLiteral("KeyExpired"));
    QCOMPARE(
        kv.kv("POST", QStringLiteral("kv-exp"), QStringLiteral("keys/cmk/unwrapkey"), fresh, wrapBody(cipher)).status,
        200);
    QCOMPARE(kv.kv("GET", QStringLiteral("kv-exp"), QStringLiteral("keys/cmk"), fresh).status, 200);
}

void tst_SandboxKeys::badInput_isBadParameter_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no kty") << "keys/k/create" << QByteArray("{\"key_size\":2048}") << 400;
    QTest::newRow("EC") << "keys/k/create" << QByteArray("{\"kty\":\"EC\"}") << 400;
    QTest::newRow("size 1024") << "keys/k/create" << QByteArray("{\"kty\":\"RSA\",\"key_size\":1024}") << 400;
    QTest::newRow("HSM in standard") << "keys/k/create" << QByteArray("{\"kty\":\"RSA-HSM\"}") << 400;
    QTest::newRow("bad op") << "keys/k/create" << QByteArray("{\"kty\":\"RSA\",\"key_ops\":[\"fly\"]}") << 400;
    QTest::newRow("bad exp") << "keys/k/create" << QByteArray("{\"kty\":\"RSA\",\"attributes\":{\"exp\":\"x\"}}")
                             << 400;
    QTest::newRow("bad name") << "keys/k_1/create" << QByteArray("{\"kty\":\"RSA\"}") << 400;
    QTest::newRow("not json") << "keys/k/create" << QByteArray("{kty") << 400;
    QTest::newRow("unknown path") << "secrets/s" << QByteArray() << 404;
}

void tst_SandboxKeys::badInput_isBadParameter()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    SandboxKeyVaultClient kv;
    prepare(kv, QStringLiteral("kv-bad"), true);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    const HttpResult result = kv.http().send(
        body.isEmpty() ? "GET" : "POST", QStringLiteral("/vaults/kv-bad/") + path + QStringLiteral("?api-version=7.5"),
        body, "application/json", {{"Authorization", "Bearer " + token}});
    QCOMPARE(result.status, status);
    if (status == 400) {
        QCOMPARE(SandboxArmClient::code(result), QStringLiteral("BadParameter"));
    }
    QVERIFY(kv.server().world().keyVault().keys.isEmpty());
}

void tst_SandboxKeys::delete_holdsTheName()
{
    SandboxKeyVaultClient kv;
    prepare(kv, QStringLiteral("kv-del"), true);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-del"), QStringLiteral("keys/cmk/create"), token, kRsa).status, 200);
    const HttpResult deleted = kv.kv("DELETE", QStringLiteral("kv-del"), QStringLiteral("keys/cmk"), token);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.json()[QStringLiteral("recoveryId")].toString().endsWith(QStringLiteral("/deletedkeys/cmk")));
    QCOMPARE(kv.kv("GET", QStringLiteral("kv-del"), QStringLiteral("keys/cmk"), token).status, 404);
    const HttpResult again = kv.kv("POST", QStringLiteral("kv-del"), QStringLiteral("keys/cmk/create"), token, kRsa);
    QCOMPARE(again.status, 409);
    QCOMPARE(SandboxKeyVaultClient::innerCode(again), QStringLiteral("ObjectIsDeletedButRecoverable"));
}

void tst_SandboxKeys::state_roundTripKeepsKeysAndMaterial()
{
    SandboxKeyVaultClient kv;
    const QByteArray arm = prepare(kv, QStringLiteral("kv-state"), true);
    kv.assignRole(SandboxKeyVaultClient::vaultId(QStringLiteral("kv-state")),
                  QLatin1String(SandboxKeyVaultClient::administrator), kv.userId(QStringLiteral("admin")), arm);
    const QByteArray token = kv.vaultToken(QStringLiteral("admin"));
    const QString kid = kv.kv("POST", QStringLiteral("kv-state"), QStringLiteral("keys/cmk/create"), token, kRsa)
                            .json()[QStringLiteral("key")][QStringLiteral("kid")]
                            .toString();
    QCOMPARE(kv.kv("POST", QStringLiteral("kv-state"), QStringLiteral("keys/cmk/rotate"), token).status, 200);
    const QString cipher =
        kv.kv("POST", QStringLiteral("kv-state"),
              QStringLiteral("keys/cmk/") + kid.section(QLatin1Char('/'), -1) + QStringLiteral("/wrapkey"), token,
              wrapBody())
            .json()[QStringLiteral("value")]
            .toString();

    World copy;
    QString error;
    QVERIFY(WorldCodec::fromJson(WorldCodec::toJson(kv.server().world(), WorldCodec::Secrets::Include), &copy, &error));
    QCOMPARE(copy.keyVault().vaults.size(), 1);
    QCOMPARE(copy.keyVault().keys.size(), 2);
    QCOMPARE(copy.keyVault().vaults.first().enablePurgeProtection, true);
    const KeyVersion *key = KeyVaultLookup::keyByUri(copy, kv.server().baseUrl(), kid);
    QVERIFY(key);
    const auto plain = KeyVaultCrypto::unwrap(*key, QStringLiteral("RSA-OAEP"),
                                              QByteArray::fromBase64(cipher.toLatin1(), QByteArray::Base64UrlEncoding));
    QVERIFY(plain.has_value());
    QCOMPARE(QString::fromLatin1(plain->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
             kPlain);
    // Without secrets (GET /sandbox/world) the material is left out.
    const QJsonObject open = WorldCodec::toJson(kv.server().world(), WorldCodec::Secrets::Omit);
    QVERIFY(
        !open[QStringLiteral("keyVault")][QStringLiteral("keys")][0].toObject().contains(QStringLiteral("material")));
}

QTEST_GUILESS_MAIN(tst_SandboxKeys)
#include "tst_sandboxkeys.moc"
