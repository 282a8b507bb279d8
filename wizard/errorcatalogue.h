// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CrossKey::Wizard {

// One error users meet in the cross-tenant CMK flow (../shared/azure/ERRORS.md, CONTRACTS.md §0, §1.6, §3, §4.5,
// §5): how to recognise it and what to tell them. Texts are translated; `cli` holds placeholders such as <app-id>.
struct ErrorEntry
{
    QString id;              // stable, e.g. "aadsts-700016", "keyvault-policy-error"
    QList<int> aadsts;       // AADSTS numbers that mean this entry
    QStringList codes;       // error codes or inner codes, compared case-insensitively
    QStringList fragments;   // message fragments, compared case-insensitively
    QString title;           // one line
    QString cause;           // plain language
    QString fix;             // what to do
    QString cli;             // the Azure CLI to check or fix it
    QString link;            // documentation, when known
    bool unverified = false; // [unverified]/[unconfirmed] in ERRORS.md or CONTRACTS.md
};

// ErrorCatalogue is the one table of those errors, for every mode's error banner and for Diagnose. An error is
// matched most specific first: an AADSTS number (in the code, inner code, message or details), then a message
// fragment, then the inner code, then the code.
class ErrorCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalogue)

public:
    ErrorCatalogue() = delete;

    static const QList<ErrorEntry> &entries();
    static std::optional<ErrorEntry> byId(const QString &id);
    // The entry that explains `error`, if any.
    static std::optional<ErrorEntry> explain(const Azure::AzureError &error);
    // The entries a pasted error message matches (AADSTS numbers, codes, message fragments), most specific first,
    // each once.
    static QList<ErrorEntry> explainText(const QString &pasted);
    // The AADSTS numbers in a text ("AADSTS700016" → 700016), in order, each once.
    static QList<int> aadstsNumbers(const QString &text);
};

} // namespace CrossKey::Wizard
