// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace CrossKey::Wizard {

// ProgressStore keeps one progress document per plan under a folder (by default the platform's app
// data folder). Writes are atomic, so a crash mid-write leaves the previous document intact.
class ProgressStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressStore)

public:
    explicit ProgressStore(QString directory);
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString pathFor(const QString &planId) const;

    // No document is not an error (std::nullopt); an unreadable or malformed one is.
    Azure::Result<std::optional<QJsonObject>> load(const QString &planId) const;
    Azure::Result<void> save(const QString &planId, const QJsonObject &document) const;
    void remove(const QString &planId) const;

private:
    QString m_directory;
};

} // namespace CrossKey::Wizard
