// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

namespace CrossKey::Azure {

// crosskey.azure.signin: every sign-in and token request. Only redacted forms of tokens, codes and
// verifiers may reach it (issue 6, docs/azure.md "Token storage rules").
Q_DECLARE_LOGGING_CATEGORY(lcSignIn)

// SignInLog owns how a secret is shown in a log line: its length and a short fingerprint, so that two lines
// can be seen to name the same (or a rotated) token without the token ever being written.
class SignInLog final
{
public:
    SignInLog() = delete;

    // "‹redacted 1234 chars #1a2b3c›"; "‹none›" for an empty secret.
    static QString redacted(const QString &secret);
};

} // namespace CrossKey::Azure
