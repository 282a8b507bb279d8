// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace CrossKey::Sandbox {

class Clock;

// ServerOptions are the sandbox's switches (crosskey-sandbox's command line) and the knobs tests
// turn: lifetimes, body cap, and the clock.
struct ServerOptions
{
    QString scenario = QStringLiteral("fresh");
    QStringList autoApprove; // user principal names or local parts ("admin")
    QString stateFile;       // empty: no persistence
    Clock *clock = nullptr;  // not owned; null: the system clock
    int accessTokenLifetimeSeconds = 3600;
    int authorizationCodeLifetimeSeconds = 600;
    int deviceCodeLifetimeSeconds = 900;
    int deviceCodeIntervalSeconds = 5;
    int refreshTokenLifetimeSeconds = 90 * 24 * 3600;
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    // Resource Manager's delays on the clock (docs/sandbox.md): a new service principal or managed
    // identity is unknown to RBAC, Registering turns Registered, a long-running operation completes.
    int principalReplicationDelayMs = 10000;
    int providerRegistrationDelayMs = 10000;
    int featureRegistrationDelayMs = 20000;
    int longRunningOperationMs = 5000;
    // A new role assignment is not yet honoured, by Resource Manager or by Key Vault's data plane, for
    // this long (Azure: up to about ten minutes). Scenario seeds are dated long ago, so in force at once.
    int roleAssignmentPropagationDelayMs = 0;
    // Storage (docs/sandbox.md): how long the data plane keeps an unwrapped account key before it
    // walks the customer-key chain again, and how often an unpinned key's latest version is looked up
    // (Azure: about daily).
    int storageKeyCacheMs = 2000;
    int storageKeyVersionCheckMs = 60000;
    // Added to every answer except /sandbox/ control endpoints, on a timer (docs/sandbox.md).
    int addedLatencyMs = 0;
    // PEM files; both set: serve HTTPS (docs/sandbox.md).
    QString tlsCertificateFile;
    QString tlsKeyFile;
};

} // namespace CrossKey::Sandbox
