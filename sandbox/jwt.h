// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace CrossKey::Sandbox {

// Jwt encodes and decodes JWT-shaped tokens: base64url(header).base64url(payload).signature, the
// signature an HMAC-SHA256 with the sandbox's key (Azure uses RS256; see docs/sandbox.md).
class Jwt final
{
public:
    static QString sign(const QJsonObject &payload, const QByteArray &key);

    // Splits and decodes; false when the text is not three base64url parts with JSON objects.
    static bool decode(const QString &token, QJsonObject *header, QJsonObject *payload);
    static bool verify(const QString &token, const QByteArray &key);
};

} // namespace CrossKey::Sandbox
