// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/storagestate.h"

#include <QJsonObject>

namespace CrossKey::Sandbox {

// StorageStateCodec writes Storage's part of the world to JSON and reads it back (WorldCodec calls
// it for the "storage" member; an absent member reads as the empty state).
class StorageStateCodec final
{
public:
    static QJsonObject toJson(const StorageState &state);
    static StorageState fromJson(const QJsonObject &json);
};

} // namespace CrossKey::Sandbox
