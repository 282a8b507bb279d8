// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/errorhints.h"

#include <QTest>

using CrossKey::Azure::ErrorHints;

class tst_ErrorHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractCode_hasHint_data();
    void contractCode_hasHint();
    void unknownCode_hasNoHint();
    void status_fallsBackToClass_data();
    void status_fallsBackToClass();
    void codes_firstKnownWins();
};

void tst_ErrorHints::contractCode_hasHint_data()
{
    QTest::addColumn<QString>("code");
    // Every code named in CONTRACTS.md's tables and text (§0, §1.2, §1.5, §1.6, §1.8, §2, §3, §4.5, §5)
    // and in ERRORS.md. A new code there needs a row here and a hint in errorhints.cpp.
    const char *codes[] = {
        // §0 and §3 (Resource Manager, resource providers)
        "InvalidAuthenticationToken", "ExpiredAuthenticationToken", "InvalidAuthenticationTokenTenant",
        "AuthorizationFailed", "LinkedAuthorizationFailed", "SubscriptionNotFound", "ResourceGroupNotFound",
        "ResourceNotFound", "MissingSubscriptionRegistration", "TooManyRequests", "InvalidResourceGroupLocation",
        "VaultAlreadyExists", "ConflictError", "KeyVaultPolicyError", "PrincipalNotFound", "RoleAssignmentExists",
        "RoleAssignmentUpdateNotPermitted", "StorageAccountAlreadyTaken", "StorageAccountAlreadyExists",
        "AccountNameInvalid", "AccountPropertyCannotBeUpdated", "MissingKeyvaultProperties",
        "MissingEncryptionKeySource", "UnknownEncryptionKeySource", "StorageAccountOperationInProgress",
        "SubscriptionNotRegisteredForFeature", "KeyVaultAuthenticationFailure", "BadRequest", "InternalError",
        "RequestDisallowedByPolicy",
        // §5 Storage data plane
        "KeyVaultEncryptionKeyNotFound", "KeyVaultVaultNotFound", "KeyVaultAccessTokenCannotBeAcquired",
        // §2 Graph
        "Request_ResourceNotFound", "Request_BadRequest", "Authorization_RequestDenied",
        "Request_MultipleObjectsWithSameKeyValue", "NoBackingApplicationObject",
        // §4.5 Key Vault
        "Unauthorized", "AKV10032", "Forbidden", "ForbiddenByRbac", "ForbiddenByPolicy", "AccessDenied", "KeyDisabled",
        "KeyNotFound", "ObjectIsDeletedButRecoverable", "Conflict", "BadParameter",
        // §1.6 table and ERRORS.md
        "AADSTS50076", "AADSTS50079", "AADSTS50074", "AADSTS53003", "AADSTS50058", "AADSTS65001", "AADSTS65004",
        "AADSTS90094", "AADSTS70008", "AADSTS700082", "AADSTS50173", "AADSTS700016", "AADSTS500011", "AADSTS50020",
        "AADSTS50011", "AADSTS500113", "AADSTS50194", "AADSTS7000218", "AADSTS70021", "AADSTS700211", "AADSTS700212",
        "AADSTS700213", "AADSTS7000226", "AADSTS700222", "AADSTS700229",
        // §1.2, §1.5, §1.6, §1.8 OAuth errors
        "invalid_request", "invalid_grant", "unauthorized_client", "invalid_client", "unsupported_grant_type",
        "unsupported_response_type", "invalid_resource", "invalid_scope", "access_denied", "consent_required",
        "interaction_required", "login_required", "server_error", "temporarily_unavailable", "authorization_pending",
        "authorization_declined", "bad_verification_code", "expired_token", "insufficient_claims", "invalid_token"};
    for (const char *code : codes) {
        QTest::newRow(code) << QString::fromLatin1(code);
    }
}

void tst_ErrorHints::contractCode_hasHint()
{
    QFETCH(QString, code);
    QVERIFY(ErrorHints::knownCodes().contains(code));
    QVERIFY(!ErrorHints::forCode(code).isEmpty());
    QCOMPARE(ErrorHints::forCode(code.toUpper()), ErrorHints::forCode(code));
}

void tst_ErrorHints::unknownCode_hasNoHint()
{
    QVERIFY(ErrorHints::forCode(QStringLiteral("NoSuchCode")).isEmpty());
    QVERIFY(ErrorHints::forCode(QString()).isEmpty());
}

void tst_ErrorHints::status_fallsBackToClass_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("sameAs");
    QTest::newRow("418 like 400") << 418 << 400;
    QTest::newRow("507 like 500") << 507 << 500;
    QTest::newRow("429 own") << 429 << 429;
    QTest::newRow("200 none") << 200 << 0;
}

void tst_ErrorHints::status_fallsBackToClass()
{
    QFETCH(int, status);
    QFETCH(int, sameAs);
    QCOMPARE(ErrorHints::forStatus(status), ErrorHints::forStatus(sameAs));
}

void tst_ErrorHints::codes_firstKnownWins()
{
    QCOMPARE(ErrorHints::forError({QStringLiteral("Unknown"), QStringLiteral("KeyDisabled")}, 403),
             ErrorHints::forCode(QStringLiteral("KeyDisabled")));
    QCOMPARE(ErrorHints::forError({QStringLiteral("Unknown")}, 503), ErrorHints::forStatus(503));
}

QTEST_GUILESS_MAIN(tst_ErrorHints)
#include "tst_errorhints.moc"
