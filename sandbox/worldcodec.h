// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace CrossKey::Sandbox {

class World;

// WorldCodec turns the World into JSON and back: with secrets for the state file, without
// (no signing key, codes or refresh tokens) for GET /sandbox/world.
class WorldCodec final
{
public:
    enum class Secrets
    {
        Include,
        Omit
    };
    static QJsonObject toJson(const World &world, Secrets secrets);
    // Fills `world` from `json`; false (and `world` untouched) when the document is not a world.
    static bool fromJson(const QJsonObject &json, World *world, QString *error);
};

} // namespace CrossKey::Sandbox
