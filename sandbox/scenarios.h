// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

namespace CrossKey::Sandbox {

class World;

// Scenarios builds the named starting worlds. Ids are deterministic per scenario, so tests and
// docs can name them; the signing key is random per build.
class Scenarios final
{
public:
    static QStringList names();
    // False when `name` is unknown; `world` is then untouched.
    static bool build(const QString &name, const QDateTime &now, World *world);

    // The deterministic ids of the demo objects, for tests and the docs.
    static QString tenantId(const QString &shortName);                               // "contosoisv", "fabrikam"
    static QString userId(const QString &tenantShortName, const QString &localPart); // "admin", ...
    static QString subscriptionId(const QString &tenantShortName);
};

} // namespace CrossKey::Sandbox
