// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/clitext.h"

#include <QRegularExpression>

namespace CrossKey::Wizard::Cli {

QString quote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    static const QRegularExpression variable(QStringLiteral("^\\$(\\{[A-Z_][A-Z0-9_]*\\}|[A-Z_][A-Z0-9_]*)$"));
    if (plain.match(word).hasMatch()) {
        return word;
    }
    if (variable.match(word).hasMatch()) {
        return QLatin1Char('"') + word + QLatin1Char('"');
    }
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace CrossKey::Wizard::Cli
