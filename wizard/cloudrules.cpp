// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/cloudrules.h"

namespace CrossKey::Wizard {

bool storageFederatedClientFeatureRequired(const Azure::Cloud &cloud)
{
    // [unverified] The cross-tenant CMK feature went GA in the public cloud, where registering it is no longer
    // needed; the sovereign clouds' docs still describe the registration, and the sandbox (every custom cloud)
    // models it so the step is exercised. Change only this function when the facts are confirmed.
    return !(cloud.isBuiltIn() && cloud.name() == QLatin1String("public"));
}

QUrl adminConsentRedirectUri(const Azure::Cloud &cloud)
{
    if (cloud.isBuiltIn()) {
        if (cloud.name() == QLatin1String("usgov")) {
            return QUrl(QStringLiteral("https://portal.azure.us/"));
        }
        if (cloud.name() == QLatin1String("china")) {
            return QUrl(QStringLiteral("https://portal.azure.cn/"));
        }
        return QUrl(QStringLiteral("https://portal.azure.com/"));
    }
    QUrl origin = cloud.resourceManagerUrl();
    origin.setPath(QStringLiteral("/"));
    origin.setQuery(QString());
    return origin;
}

} // namespace CrossKey::Wizard
