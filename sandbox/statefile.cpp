// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/statefile.h"

#include "sandbox/world.h"
#include "sandbox/worldcodec.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace CrossKey::Sandbox {

bool StateFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool StateFile::load(World *world, QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1 is not JSON: %2").arg(m_path, parseError.errorString());
        return false;
    }
    return WorldCodec::fromJson(document.object(), world, error);
}

bool StateFile::save(const World &world, QString *error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(WorldCodec::toJson(world, WorldCodec::Secrets::Include)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace CrossKey::Sandbox
