// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1String>

namespace CrossKey::Azure {

// Pkce makes the proof key of an authorization-code sign-in (RFC 7636, CONTRACTS.md §1.2, §1.3): a secret
// verifier kept in memory, and its S256 challenge sent with the authorize request. Qt 6.4's NetworkAuth has
// no PKCE (PLATFORM.md §3), so the sign-in adds these parameters itself.
class Pkce final
{
public:
    Pkce() = delete;

    static constexpr int kMinLength = 43;
    static constexpr int kMaxLength = 128;
    static constexpr QLatin1String kMethod{"S256"};

    // A verifier of `length` characters (clamped to 43–128) from the unreserved set [A-Za-z0-9-._~],
    // drawn from the system's cryptographic random source.
    static QByteArray generateVerifier(int length = 64);
    static bool isValidVerifier(const QByteArray &verifier);
    // BASE64URL(SHA256(verifier)) without padding.
    static QByteArray challengeS256(const QByteArray &verifier);
};

} // namespace CrossKey::Azure
