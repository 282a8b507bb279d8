// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/errorcatalogue.h"

#include <QSet>
#include <QTest>

using namespace CrossKey;
using Wizard::ErrorCatalogue;
using Wizard::ErrorEntry;

namespace {

// An error as a service would send it, matching `entry` by its most specific rule.
Azure::AzureError sampleError(const ErrorEntry &entry)
{
    if (!entry.aadsts.isEmpty()) {
        return Azure::AzureError::service(
            400, QStringLiteral("invalid_client"),
            QStringLiteral("AADSTS%1: something went wrong.\r\nTrace ID: 0\r\n").arg(entry.aadsts.first()));
    }
    if (!entry.fragments.isEmpty()) {
        return Azure::AzureError::service(400, QStringLiteral("BadRequest"),
                                          QStringLiteral("Failed: %1. More text.").arg(entry.fragments.first()));
    }
    return Azure::AzureError::service(403, QStringLiteral("Forbidden"), QStringLiteral("Refused."))
        .setInnerCode(entry.codes.first());
}

} // namespace

class TestErrorCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsComplete()
    {
        QSet<QString> ids;
        for (const ErrorEntry &entry : ErrorCatalogue::entries()) {
            QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
            ids.insert(entry.id);
            QVERIFY2(!entry.title.isEmpty() && !entry.cause.isEmpty() && !entry.fix.isEmpty(), qPrintable(entry.id));
            QVERIFY2(!entry.aadsts.isEmpty() || !entry.codes.isEmpty() || !entry.fragments.isEmpty(),
                     qPrintable(entry.id));
        }
        QVERIFY(ErrorCatalogue::entries().size() >= 40);
    }

    void entryIsReached_data()
    {
        QTest::addColumn<QString>("id");
        for (const ErrorEntry &entry : ErrorCatalogue::entries()) {
            QTest::newRow(qPrintable(entry.id)) << entry.id;
        }
    }

    // Each entry is what explain() and explainText() give for an error made for it: no entry shadows another.
    void entryIsReached()
    {
        QFETCH(QString, id);
        const auto entry = ErrorCatalogue::byId(id);
        QVERIFY(entry);
        const Azure::AzureError error = sampleError(*entry);
        const auto explained = ErrorCatalogue::explain(error);
        QVERIFY(explained);
        QCOMPARE(explained->id, id);
        const auto pasted =
            ErrorCatalogue::explainText(error.code() + u' ' + error.innerCode() + u' ' + error.message());
        QVERIFY(!pasted.isEmpty());
        QCOMPARE(pasted.first().id, id);
        // Every code of the entry reaches it too, as the code or the inner code.
        for (const QString &code : entry->codes) {
            const auto byCode = ErrorCatalogue::explain(Azure::AzureError::service(400, code, QStringLiteral("x")));
            QVERIFY2(byCode && byCode->id == id, qPrintable(code));
        }
        for (int number : entry->aadsts) {
            const auto byNumber = ErrorCatalogue::explainText(QStringLiteral("AADSTS%1").arg(number));
            QVERIFY2(!byNumber.isEmpty() && byNumber.first().id == id, qPrintable(QString::number(number)));
        }
    }

    void rulesAreUnique()
    {
        QSet<int> numbers;
        QSet<QString> codes;
        QStringList fragments;
        for (const ErrorEntry &entry : ErrorCatalogue::entries()) {
            for (int number : entry.aadsts) {
                QVERIFY2(!numbers.contains(number), qPrintable(QString::number(number)));
                numbers.insert(number);
            }
            for (const QString &code : entry.codes) {
                QVERIFY2(!codes.contains(code.toLower()), qPrintable(code));
                codes.insert(code.toLower());
            }
            fragments += entry.fragments;
        }
        for (const QString &a : fragments) {
            for (const QString &b : fragments) {
                QVERIFY2(&a == &b || !a.contains(b, Qt::CaseInsensitive), qPrintable(a + QStringLiteral(" ⊇ ") + b));
            }
        }
    }

    void mostSpecificWins()
    {
        // Storage's wrapper error carries the token exchange's AADSTS code: the code explains more.
        auto error = Azure::AzureError::service(
            400, QStringLiteral("KeyVaultAuthenticationFailure"),
            QStringLiteral(
                "The operation failed because of authentication issue on the keyvault. Gateway authentication "
                "failed for 'Microsoft.Storage'. AADSTS700213: No matching federated identity record found "
                "for presented assertion subject 'X'."));
        QCOMPARE(ErrorCatalogue::explain(error)->id, QStringLiteral("aadsts-700213"));
        // Key Vault's inner code is more specific than "Forbidden".
        error = Azure::AzureError::service(403, QStringLiteral("Forbidden"), QStringLiteral("Caller is not authorized"))
                    .setInnerCode(QStringLiteral("ForbiddenByRbac"));
        QCOMPARE(ErrorCatalogue::explain(error)->id, QStringLiteral("forbidden-by-rbac"));
        QVERIFY(
            !ErrorCatalogue::explain(Azure::AzureError::service(418, QStringLiteral("Teapot"), QStringLiteral("no"))));
    }

    void pastedTextNamesEveryMatch()
    {
        const QString pasted = QStringLiteral(
            "(KeyVaultPolicyError) Keyvault policy recoverable is not set\nCode: KeyVaultPolicyError\n"
            "and later: AADSTS700016: Application with identifier 'x' was not found in the directory 'y'. "
            "Status: 403 (Forbidden) ErrorCode: ForbiddenByRbac");
        QStringList ids;
        for (const ErrorEntry &entry : ErrorCatalogue::explainText(pasted)) {
            ids.append(entry.id);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("aadsts-700016"), QStringLiteral("keyvault-policy-error"),
                                   QStringLiteral("forbidden-by-rbac")}));
        QVERIFY(ErrorCatalogue::explainText(QStringLiteral("nothing known here")).isEmpty());
        // A code inside a longer word is not that code.
        QVERIFY(ErrorCatalogue::explainText(QStringLiteral("NoAccessDeniedHere")).isEmpty());
    }

    void unverifiedAreMarked()
    {
        QVERIFY(ErrorCatalogue::byId(QStringLiteral("linked-authorization-failed"))->unverified);
        QVERIFY(ErrorCatalogue::byId(QStringLiteral("single-operation"))->unverified);
        QVERIFY(!ErrorCatalogue::byId(QStringLiteral("aadsts-700016"))->unverified);
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "tst_errorcatalogue.moc"
