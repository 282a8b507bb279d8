// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/vaultnames.h"

#include <QDateTime>
#include <QRegularExpression>

namespace CrossKey::Wizard {

namespace {

Azure::AzureError invalid(const QString &message)
{
    return Azure::AzureError(Azure::AzureError::Kind::InvalidInput, message);
}

} // namespace

Azure::Result<void> VaultNames::checkVaultName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$"));
    if (!rule.match(name).hasMatch() || name.contains(QLatin1String("--"))) {
        return invalid(tr("The vault name \"%1\" is not allowed. Use 3 to 24 letters, digits and hyphens, starting "
                          "with a letter and ending with a letter or digit, without two hyphens in a row.")
                           .arg(name));
    }
    return {};
}

Azure::Result<void> VaultNames::checkKeyName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9-]{1,127}$"));
    if (!rule.match(name).hasMatch()) {
        return invalid(tr("The key name \"%1\" is not allowed. Use 1 to 127 letters, digits and hyphens.").arg(name));
    }
    return {};
}

Azure::Result<int> VaultNames::checkKeySize(const QString &size)
{
    if (size == QLatin1String("2048") || size == QLatin1String("3072") || size == QLatin1String("4096")) {
        return size.toInt();
    }
    return invalid(tr("The key size \"%1\" is not offered. Choose 2048, 3072 or 4096 bits.").arg(size));
}

Azure::Result<std::optional<QDateTime>> VaultNames::checkKeyExpiry(const QString &text)
{
    if (text.isEmpty()) {
        return std::optional<QDateTime>();
    }
    const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        return invalid(
            tr("The expiry date \"%1\" is not an ISO 8601 date and time, e.g. 2027-12-31T00:00:00Z.").arg(text));
    }
    return std::optional<QDateTime>(when.toUTC());
}

bool VaultNames::isKeyVersion(const QString &text)
{
    static const QRegularExpression rule(QStringLiteral("^[0-9a-fA-F]{32}$"));
    return rule.match(text).hasMatch();
}

} // namespace CrossKey::Wizard
