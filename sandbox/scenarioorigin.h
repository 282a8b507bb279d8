// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CrossKey::Sandbox {

class World;

// Scenarios are built before the server knows its port, so they write the placeholder origin
// "{sandbox}" where a URL of the sandbox belongs (federated-credential issuers, storage accounts'
// key vault URIs). ScenarioOrigin replaces it with the real origin once the server listens.
class ScenarioOrigin final
{
public:
    static QString placeholder() { return QStringLiteral("{sandbox}"); }
    static void bind(World *world, const QString &origin); // e.g. http://127.0.0.1:PORT
};

} // namespace CrossKey::Sandbox
