// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/progressstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace CrossKey::Wizard {

namespace {

// Progress documents are small; anything bigger is not ours.
constexpr qint64 kMaxProgressBytes = 1024 * 1024;

} // namespace

ProgressStore::ProgressStore(QString directory)
    : m_directory(std::move(directory))
{}

QString ProgressStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/progress");
}

QString ProgressStore::pathFor(const QString &planId) const
{
    // Plan ids are ours ("isv-prepare"); keep anything else out of the file name all the same.
    QString safe = planId;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return m_directory + QLatin1Char('/') + safe + QStringLiteral(".json");
}

Azure::Result<std::optional<QJsonObject>> ProgressStore::load(const QString &planId) const
{
    const QString path = pathFor(planId);
    QFile file(path);
    if (!file.exists()) {
        return std::optional<QJsonObject>();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Azure::AzureError::invalidFile(path, file.errorString());
    }
    if (file.size() > kMaxProgressBytes) {
        return Azure::AzureError::invalidFile(path, tr("it is too large to be a progress file"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Azure::AzureError::invalidFile(
            path, tr("it is not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject()) {
        return Azure::AzureError::invalidFile(path, tr("it does not hold a JSON object"));
    }
    return std::optional<QJsonObject>(document.object());
}

Azure::Result<void> ProgressStore::save(const QString &planId, const QJsonObject &document) const
{
    if (!QDir().mkpath(m_directory)) {
        return Azure::AzureError(Azure::AzureError::Kind::InvalidFile,
                                 tr("Cannot create the folder %1 for progress.").arg(m_directory),
                                 tr("Check that the folder is writable."));
    }
    const QString path = pathFor(planId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Azure::AzureError::invalidFile(path, file.errorString());
    }
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Azure::AzureError::invalidFile(path, file.errorString());
    }
    return {};
}

void ProgressStore::remove(const QString &planId) const
{
    QFile::remove(pathFor(planId));
}

} // namespace CrossKey::Wizard
