// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace CrossKey::Sandbox {

// Ids makes the identifiers Azure uses: GUIDs (deterministic per name for scenarios, random at run
// time) and opaque random tokens for codes and refresh tokens.
class Ids final
{
public:
    static QString deterministic(const QString &name);
    static QString random();
    static QString randomToken(int bytes = 32);
    static bool isGuid(const QString &text);
    // A timestamp in the form Azure puts in error bodies: 2026-11-23 13:32:14Z.
    static QString timestamp(const QDateTime &at);
};

} // namespace CrossKey::Sandbox
