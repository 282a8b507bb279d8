// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/response.h"

#include <QJsonObject>

#include <optional>

namespace CrossKey::Sandbox {

// ArmBody reads a Resource Manager request body: malformed JSON and members of the wrong type give
// 400 InvalidRequestContent, as ARM's deserializer does. Each read returns the error, if any.
class ArmBody final
{
public:
    // An empty body reads as {} when allowEmpty.
    static std::optional<Response> parse(const QByteArray &body, QJsonObject *out, bool allowEmpty = true);
    // Absent or null leaves `out` untouched; any other non-string is an error. `path` is the
    // member's JSON path for the message (e.g. "properties.principalId").
    static std::optional<Response> string(const QJsonObject &object, const QString &key, const QString &path,
                                          QString *out);
    static std::optional<Response> object(const QJsonObject &object, const QString &key, const QString &path,
                                          QJsonObject *out);
    // An object whose values are all strings (tags).
    static std::optional<Response> tags(const QJsonObject &object, QJsonObject *out);
};

} // namespace CrossKey::Sandbox
