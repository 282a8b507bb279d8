// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace CrossKey::Azure {

// ErrorHints owns the one table from service error codes to plain-language, translated hints: what the
// user can do about an error. Azure's own message is shown verbatim beside the hint. It covers every code
// in CONTRACTS.md's tables and ERRORS.md; codes are matched case-insensitively.
class ErrorHints final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorHints)

public:
    ErrorHints() = delete;

    // The hint for one code ("AuthorizationFailed", "AADSTS700016", "invalid_grant", "ForbiddenByRbac");
    // empty when the code is not in the table.
    static QString forCode(const QString &code);
    // A hint from the HTTP status alone, for answers without a known code; empty for 0 and 2xx/3xx.
    static QString forStatus(int httpStatus);
    // The best hint for an error: the first of `codes` (most specific first) that has one, with the action
    // and scope filled in from an AuthorizationFailed / LinkedAuthorizationFailed message, else the status.
    static QString forError(const QStringList &codes, int httpStatus, const QString &message = {});
    // Every code of the table, for tests and documentation.
    static QStringList knownCodes();
};

} // namespace CrossKey::Azure
