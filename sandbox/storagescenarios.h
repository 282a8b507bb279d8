// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

namespace CrossKey::Sandbox {

class World;

// StorageScenarios composes the cross-tenant CMK scenarios from world edits on top of `fresh`
// (docs/sandbox.md, "Scenarios"): isv-ready (phase 1), customer-ready (phase 2), bound (phase 3,
// blobs readable) and the broken-* variants of bound, each with one link of the chain wrong.
class StorageScenarios final
{
public:
    static QStringList names();
    // Applies `name` to a fresh world; false when the name is not one of names().
    static bool apply(const QString &name, const QDateTime &now, World *world);

    // The demo objects' names and deterministic ids, for tests and the docs.
    static QString identityName() { return QStringLiteral("id-crosskey-cmk"); }
    static QString identityPrincipalId();
    static QString identityClientId();
    static QString appId();
    static QString accountName() { return QStringLiteral("stcrosskeyisv"); }
    static QString vaultName() { return QStringLiteral("kv-fabrikam-cmk"); }
    static QString keyName() { return QStringLiteral("cmk"); }
    static QString otherKeyName() { return QStringLiteral("cmk-other"); }
    static QString containerName() { return QStringLiteral("data"); }
    static QString blobName() { return QStringLiteral("hello.txt"); }
};

} // namespace CrossKey::Sandbox
