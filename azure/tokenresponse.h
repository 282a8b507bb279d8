// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace CrossKey::Azure {

// TokenResponse is a successful answer of the token endpoint (CONTRACTS.md §1.3–§1.5): the access token for
// one resource, and, when asked for, a refresh token and an id token. It holds secrets: never log or
// persist it whole (SignInLog::redacted()).
struct TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)

public:
    QString accessToken;
    QString refreshToken; // empty when the answer carries none
    QString idToken;      // empty without `openid`
    QString scope;        // as granted; may be empty
    qint64 expiresIn = 0; // seconds

    // Strict about types, tolerant of unknown fields; `expires_in` may be a number or a numeric string
    // (PLATFORM.md §3). InvalidResponse names the field, never a value.
    static Result<TokenResponse> fromJson(const QJsonObject &object);
};

using TokenResult = Result<TokenResponse>;

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::TokenResponse)
Q_DECLARE_METATYPE(CrossKey::Azure::TokenResult)
