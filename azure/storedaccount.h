// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CrossKey::Azure {

// StoredAccount is what a TokenStore keeps per account: the refresh token (the only long-lived secret)
// and the account's data (tenant id, user object id, username, cloud, client id). Access tokens are never
// stored; they live in memory until near expiry (issue 6, DESIGN.md "Sign-in").
struct StoredAccount
{
    Q_DECLARE_TR_FUNCTIONS(StoredAccount)

public:
    QString refreshToken;
    QJsonObject account;

    // The one secret text kept per account: {"version":1,"refreshToken":"…","account":{…}}.
    QByteArray toSecret() const;
    static Result<StoredAccount> fromSecret(const QByteArray &secret);

    friend bool operator==(const StoredAccount &, const StoredAccount &) = default;
};

// A read finds the account (a value), finds none (nullopt) or fails (an error); writes echo what was
// written, removals give nullopt.
using TokenStoreResult = Result<std::optional<StoredAccount>>;

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::StoredAccount)
Q_DECLARE_METATYPE(CrossKey::Azure::TokenStoreResult)
