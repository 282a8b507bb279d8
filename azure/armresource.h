// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace CrossKey::Azure {

// ArmResource is the common part of a Resource Manager resource as a typed client reads it (CONTRACTS.md §3):
// id, name, type, location, properties.provisioningState and, for managed identities, principalId, clientId and
// tenantId. Parsed strictly (wrong types are InvalidResponse, unknown fields ignored); ids compare
// case-insensitively, as ARM treats them (§3: "resourcegroups" and "resourceGroups" are the same).
struct ArmResource
{
    Q_DECLARE_TR_FUNCTIONS(ArmResource)

public:
    QString id;
    QString name;
    QString type;
    QString location;
    QString provisioningState;
    QString principalId; // userAssignedIdentities: properties.principalId (§3.6)
    QString clientId;
    QString tenantId;
    QJsonObject properties;

    static Result<ArmResource> fromJson(const QJsonObject &json);
    static bool sameId(const QString &a, const QString &b);
};

using ArmResourceResult = Result<ArmResource>;

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::ArmResource)
Q_DECLARE_METATYPE(CrossKey::Azure::ArmResourceResult)
