// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace CrossKey::Sandbox {

// Caller is who a valid bearer token speaks for: a user (delegated) or an application.
struct Caller
{
    QString tenantId;
    QString objectId; // user object id, or the service principal's for app tokens
    QString clientId; // appid / azp
    QString userPrincipalName;
    QString displayName;
    QStringList scopes;         // scp
    QStringList roles;          // roles (app permissions)
    QStringList directoryRoles; // wids
    bool isApplication = false;
    QString audience;
    QJsonObject claims;
};

} // namespace CrossKey::Sandbox
