// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CrossKey::Sandbox {

// One Azure built-in role definition: the same GUID in every subscription.
struct BuiltInRole
{
    QString id; // GUID
    QString roleName;
    QString description;
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;
};

// BuiltInRoles lists the built-in roles this flow uses, with Azure's GUIDs, names and permissions
// (CONTRACTS.md §3.8; docs/sandbox.md names the sources).
class BuiltInRoles final
{
public:
    static const QList<BuiltInRole> &all();
    // By GUID (case-insensitive); null when unknown.
    static const BuiltInRole *find(const QString &id);
    static const BuiltInRole *findByName(const QString &roleName);
};

} // namespace CrossKey::Sandbox
