// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/account.h"

#include "azure/jwtclaims.h"
#include "azure/tokenresponse.h"

namespace CrossKey::Azure {

QString Account::key() const
{
    return cloud + QLatin1Char('/') + tenantId + QLatin1Char('/') + objectId;
}

Result<Account> Account::fromTokens(const QString &cloud, const QString &clientId, const TokenResponse &tokens)
{
    // §1.3: the tenant comes from the id token's `tid`, the user from `oid`.
    Result<JwtClaims> claims = JwtClaims::parse(tokens.idToken.toUtf8());
    if (!claims || claims.value().tenantId().isEmpty()) {
        claims = JwtClaims::parse(tokens.accessToken.toUtf8());
    }
    if (!claims) {
        return claims.error();
    }
    Account account{cloud, claims.value().tenantId(), claims.value().objectId(), claims.value().username(), clientId};
    if (!account.isValid()) {
        return AzureError(AzureError::Kind::InvalidResponse,
                          tr("The sign-in answer does not say which tenant and user signed in."),
                          tr("Sign in again with a work or school account."));
    }
    return account;
}

QJsonObject Account::toJson() const
{
    return QJsonObject{{QStringLiteral("cloud"), cloud},
                       {QStringLiteral("tenantId"), tenantId},
                       {QStringLiteral("objectId"), objectId},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("clientId"), clientId}};
}

Result<Account> Account::fromJson(const QJsonObject &json)
{
    Account account;
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("cloud"), &account.cloud}, std::pair{QStringLiteral("tenantId"), &account.tenantId},
          std::pair{QStringLiteral("objectId"), &account.objectId},
          std::pair{QStringLiteral("username"), &account.username},
          std::pair{QStringLiteral("clientId"), &account.clientId}}) {
        const QJsonValue value = json.value(key);
        if (!value.isString() && !value.isUndefined()) {
            account = {};
            break;
        }
        *target = value.toString();
    }
    if (!account.isValid() || account.clientId.isEmpty()) {
        AzureError error(AzureError::Kind::Keychain, tr("A saved sign-in could not be read."),
                         tr("Sign in again; the saved sign-in will be replaced."));
        error.setCode(QStringLiteral("UnreadableEntry"));
        return error;
    }
    return account;
}

} // namespace CrossKey::Azure
