// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CrossKey::Sandbox {

class World;

// StateFile keeps the world in a JSON file (--state), written atomically with QSaveFile.
class StateFile final
{
public:
    explicit StateFile(QString path)
        : m_path(std::move(path))
    {}
    QString path() const { return m_path; }
    bool exists() const;
    bool load(World *world, QString *error) const;
    bool save(const World &world, QString *error) const;

private:
    QString m_path;
};

} // namespace CrossKey::Sandbox
