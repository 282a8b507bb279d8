// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace CrossKey::Azure {

// OAuthState makes and checks the `state` of an authorize or admin-consent request (CONTRACTS.md §1.2,
// §1.7): random per request, so a redirect that we did not ask for (CSRF, a stale tab) is refused.
class OAuthState final
{
public:
    OAuthState() = delete;

    // 32 random bytes from the system's cryptographic source, base64url without padding (43 characters).
    static QByteArray generate();
    // Constant-time comparison; an empty expected state never matches.
    static bool matches(const QByteArray &expected, const QByteArray &received);
};

} // namespace CrossKey::Azure
