// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace CrossKey::Azure {

// JwtClaims reads the payload of an id or access token: who signed in, in which tenant, for what audience
// and until when (CONTRACTS.md §1.3: tenant from `tid`, user from `oid`). It does NOT validate the token:
// the identity platform gave it to us over TLS, and services validate what they receive. Its messages never
// contain the token.
class JwtClaims final
{
    Q_DECLARE_TR_FUNCTIONS(JwtClaims)

public:
    JwtClaims() = default;

    // header.payload.signature, base64url; InvalidResponse when it is not a JWT with a JSON object payload
    // or a known claim has the wrong type.
    static Result<JwtClaims> parse(const QByteArray &token);

    QString tenantId() const { return string(QStringLiteral("tid")); }
    QString objectId() const { return string(QStringLiteral("oid")); }
    QString issuer() const { return string(QStringLiteral("iss")); }
    // upn, else preferred_username (v2.0 id tokens and guests carry only the latter).
    QString username() const;
    // The first audience when `aud` is a list.
    QString audience() const;
    // `scp`, split on spaces (delegated access tokens).
    QStringList scopes() const;
    // `exp` as UTC; invalid when absent.
    QDateTime expiresAt() const;
    QJsonObject claims() const { return m_claims; }

private:
    QString string(const QString &name) const { return m_claims.value(name).toString(); }

    QJsonObject m_claims;
};

} // namespace CrossKey::Azure
