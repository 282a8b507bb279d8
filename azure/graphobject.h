// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace CrossKey::Azure {

// GraphObject is a directory object as the typed Graph calls read it (CONTRACTS.md §2): user (me), application
// or service principal. Fields a kind lacks stay empty. Parsed strictly: `id` is required, known fields must be
// strings when present, unknown fields are ignored; the raw object stays available as `json`.
struct GraphObject
{
    Q_DECLARE_TR_FUNCTIONS(GraphObject)

public:
    QString id; // object id
    QString displayName;
    QString userPrincipalName;      // users (§2.1)
    QString appId;                  // applications and service principals (§2.3, §2.6)
    QString signInAudience;         // applications
    QString publisherDomain;        // applications
    QString appOwnerOrganizationId; // service principals: the tenant that owns the app
    QJsonObject json;

    static Result<GraphObject> fromJson(const QJsonObject &json);
};

using GraphObjectResult = Result<GraphObject>;

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::GraphObject)
Q_DECLARE_METATYPE(CrossKey::Azure::GraphObjectResult)
