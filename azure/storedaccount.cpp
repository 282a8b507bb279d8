// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/storedaccount.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace CrossKey::Azure {

namespace {

constexpr int kVersion = 1;

} // namespace

QByteArray StoredAccount::toSecret() const
{
    const QJsonObject object{{QStringLiteral("version"), kVersion},
                             {QStringLiteral("refreshToken"), refreshToken},
                             {QStringLiteral("account"), account}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<StoredAccount> StoredAccount::fromSecret(const QByteArray &secret)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(secret, &parseError);
    const QJsonObject object = document.object();
    const QJsonValue refreshToken = object.value(QStringLiteral("refreshToken"));
    const QJsonValue account = object.value(QStringLiteral("account"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        object.value(QStringLiteral("version")).toInt() != kVersion || !refreshToken.isString() ||
        !account.isObject()) {
        // The message never quotes the entry: it holds a refresh token.
        AzureError error(AzureError::Kind::Keychain, tr("A saved sign-in could not be read."),
                         tr("Sign in again; the saved sign-in will be replaced."));
        error.setCode(QStringLiteral("UnreadableEntry"));
        return error;
    }
    return StoredAccount{refreshToken.toString(), account.toObject()};
}

} // namespace CrossKey::Azure
