// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/azurenames.h"

#include <QRegularExpression>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

AzureError invalid(QString message)
{
    return AzureError(AzureError::Kind::InvalidInput, std::move(message));
}

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// Letters and digits, '-' and '_', first a letter or digit, `min`–`max` long: identities and credentials.
bool isUrlFriendly(const QString &name, int min, int max)
{
    if (name.size() < min || name.size() > max || !isAsciiAlnum(name.front())) {
        return false;
    }
    for (QChar c : name) {
        if (!isAsciiAlnum(c) && c != QLatin1Char('-') && c != QLatin1Char('_')) {
            return false;
        }
    }
    return true;
}

} // namespace

Azure::Result<void> AzureNames::checkResourceGroup(const QString &name)
{
    // Azure counts Unicode letters and digits as alphanumerics here.
    bool ok = !name.isEmpty() && name.size() <= 90 && !name.endsWith(QLatin1Char('.'));
    for (QChar c : name) {
        ok = ok && (c.isLetterOrNumber() || QStringLiteral("._-()").contains(c));
    }
    if (!ok) {
        return invalid(tr("“%1” is not a valid resource group name: use 1 to 90 letters, digits, periods, "
                          "underscores, hyphens or parentheses, not ending in a period.")
                           .arg(name));
    }
    return {};
}

Azure::Result<void> AzureNames::checkAppDisplayName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 120) {
        return invalid(tr("“%1” is not a valid application name: use 1 to 120 characters, not only spaces.").arg(name));
    }
    return {};
}

Azure::Result<void> AzureNames::checkUserAssignedIdentity(const QString &name)
{
    if (!isUrlFriendly(name, 3, 128)) {
        return invalid(tr("“%1” is not a valid managed identity name: use 3 to 128 letters, digits, hyphens or "
                          "underscores, starting with a letter or digit.")
                           .arg(name));
    }
    return {};
}

Azure::Result<void> AzureNames::checkFederatedCredential(const QString &name)
{
    if (!isUrlFriendly(name, 3, 120)) {
        return invalid(tr("“%1” is not a valid federated credential name: use 3 to 120 letters, digits, hyphens "
                          "or underscores, starting with a letter or digit.")
                           .arg(name));
    }
    return {};
}

bool AzureNames::isGuid(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

QString AzureNames::federatedCredentialNameFor(const QString &identityName)
{
    QString name = QStringLiteral("crosskey-");
    for (QChar c : identityName) {
        name.append(isAsciiAlnum(c) || c == QLatin1Char('_') ? c : QLatin1Char('-'));
    }
    return name.left(120);
}

} // namespace CrossKey::Wizard
