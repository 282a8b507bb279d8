// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/graphobject.h"

#include <utility>

namespace CrossKey::Azure {

Result<GraphObject> GraphObject::fromJson(const QJsonObject &json)
{
    GraphObject object;
    object.json = json;
    const std::pair<const char *, QString *> fields[] = {
        {"id", &object.id},
        {"displayName", &object.displayName},
        {"userPrincipalName", &object.userPrincipalName},
        {"appId", &object.appId},
        {"signInAudience", &object.signInAudience},
        {"publisherDomain", &object.publisherDomain},
        {"appOwnerOrganizationId", &object.appOwnerOrganizationId},
    };
    for (const auto &[key, target] : fields) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            continue;
        }
        if (!value.isString()) {
            return AzureError(AzureError::Kind::InvalidResponse,
                              tr("Microsoft Graph sent an object whose \"%1\" is not text.").arg(QLatin1String(key)));
        }
        *target = value.toString();
    }
    if (object.id.isEmpty()) {
        return AzureError(AzureError::Kind::InvalidResponse, tr("Microsoft Graph sent an object without an id."));
    }
    return object;
}

} // namespace CrossKey::Azure
