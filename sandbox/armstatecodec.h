// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armstate.h"

#include <QJsonObject>

namespace CrossKey::Sandbox {

// ArmStateCodec writes Resource Manager's part of the world to JSON and reads it back (WorldCodec
// calls it for the "resourceManager" member; an absent member reads as the empty state).
class ArmStateCodec final
{
public:
    static QJsonObject toJson(const ArmState &state);
    static ArmState fromJson(const QJsonObject &json);
};

} // namespace CrossKey::Sandbox
