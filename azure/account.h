// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace CrossKey::Azure {

struct TokenResponse;

// Account is who signed in, where: cloud, tenant id, user object id and name, and the client id used. It is
// the non-secret half of a StoredAccount (the `account` object) and names the TokenStore entry.
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Account)

public:
    QString cloud;    // Cloud::accountKey()
    QString tenantId; // `tid` (CONTRACTS.md §1.3)
    QString objectId; // `oid`
    QString username; // upn or preferred_username
    QString clientId;

    bool isValid() const { return !tenantId.isEmpty() && !objectId.isEmpty(); }
    // "<cloud>/<tenant id>/<user object id>", the TokenStore key.
    QString key() const;

    // Reads tid/oid/username from the id token, else from the access token; InvalidResponse without them.
    static Result<Account> fromTokens(const QString &cloud, const QString &clientId, const TokenResponse &tokens);

    QJsonObject toJson() const;
    static Result<Account> fromJson(const QJsonObject &json);

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::Account)
