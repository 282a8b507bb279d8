// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace CrossKey::Wizard {

// HandoffFile holds the shared rules for the small versioned JSON files that pass between the ISV and the
// customer (invitation, key grant): a size cap, one JSON object, `"type"` and `"version"` checked, unknown
// fields refused, field validators, atomic save. Every failure is AzureError::invalidFile with a clear reason,
// so a damaged or tampered file changes nothing. No secrets ever go into these files.
class HandoffFile final
{
    Q_DECLARE_TR_FUNCTIONS(HandoffFile)

public:
    HandoffFile() = delete;

    static constexpr qint64 kMaxBytes = 64 * 1024;

    // Reads and parses `path`: at most kMaxBytes, a JSON object.
    static Azure::Result<QJsonObject> read(const QString &path);
    // Parses bytes (the same checks as read(); `path` only names the source in errors).
    static Azure::Result<QJsonObject> parse(const QByteArray &bytes, const QString &path = {});
    // `"type"` is `type` and `"version"` an integer equal to `version`.
    static Azure::Result<void> checkHeader(const QJsonObject &json, const QString &type, int version,
                                           const QString &path = {});
    // Every key is one of `allowed` (which must list "type" and "version" too).
    static Azure::Result<void> checkKnownFields(const QJsonObject &json, const QStringList &allowed,
                                                const QString &path = {});

    // Required string field, non-empty, no surrounding whitespace, ≤ maxLength.
    static Azure::Result<QString> string(const QJsonObject &json, const QString &key, const QString &path = {},
                                         int maxLength = 1024);
    // Required GUID field (8-4-4-4-12 hex), returned as written.
    static Azure::Result<QString> guid(const QJsonObject &json, const QString &key, const QString &path = {});
    // Required absolute URL: https, or http on a loopback address (the sandbox); no user info or fragment.
    static Azure::Result<QUrl> url(const QJsonObject &json, const QString &key, const QString &path = {});
    // Required ISO 8601 UTC date-time.
    static Azure::Result<QDateTime> dateTime(const QJsonObject &json, const QString &key, const QString &path = {});

    // Writes the object (indented) atomically with QSaveFile.
    static Azure::Result<void> save(const QString &path, const QJsonObject &json);
};

} // namespace CrossKey::Wizard
