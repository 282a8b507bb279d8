// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armsubscriptions.h"

#include "sandbox/armcatalog.h"
#include "sandbox/armerrors.h"
#include "sandbox/servicecontext.h"

namespace CrossKey::Sandbox {

bool ArmSubscriptions::visible(const ArmCall &call, const Subscription &subscription) const
{
    return subscription.tenantId.compare(call.caller.tenantId, Qt::CaseInsensitive) == 0 &&
           m_rbac.hasAnyRole(call.caller.objectId, QStringLiteral("/subscriptions/") + subscription.id);
}

QJsonObject ArmSubscriptions::toJson(const Subscription &subscription) const
{
    return QJsonObject{
        {QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + subscription.id)},
        {QStringLiteral("authorizationSource"), QStringLiteral("RoleBased")},
        {QStringLiteral("managedByTenants"), QJsonArray()},
        {QStringLiteral("subscriptionId"), subscription.id},
        {QStringLiteral("tenantId"), subscription.tenantId},
        {QStringLiteral("displayName"), subscription.displayName},
        {QStringLiteral("state"), subscription.state},
        {QStringLiteral("subscriptionPolicies"),
         QJsonObject{{QStringLiteral("locationPlacementId"), QStringLiteral("Public_2014-09-01")},
                     {QStringLiteral("quotaId"), QStringLiteral("PayAsYouGo_2014-09-01")},
                     {QStringLiteral("spendingLimit"), QStringLiteral("Off")}}},
    };
}

Response ArmSubscriptions::tenants(const ArmCall &call) const
{
    QJsonArray value;
    for (const Tenant &tenant : m_context.world.tenants()) {
        const bool home = tenant.id.compare(call.caller.tenantId, Qt::CaseInsensitive) == 0;
        bool hasRole = false;
        for (const Subscription &subscription : m_context.world.subscriptions()) {
            hasRole = hasRole ||
                      (subscription.tenantId == tenant.id &&
                       m_rbac.hasAnyRole(call.caller.objectId, QStringLiteral("/subscriptions/") + subscription.id));
        }
        if (!home && !hasRole) {
            continue;
        }
        value.append(QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("/tenants/") + tenant.id)},
                                 {QStringLiteral("tenantId"), tenant.id},
                                 {QStringLiteral("countryCode"), tenant.countryCode},
                                 {QStringLiteral("displayName"), tenant.displayName},
                                 {QStringLiteral("domains"), QJsonArray{tenant.domain}},
                                 {QStringLiteral("tenantCategory"), QStringLiteral("Home")},
                                 {QStringLiteral("defaultDomain"), tenant.domain},
                                 {QStringLiteral("tenantType"), QStringLiteral("AAD")}});
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmSubscriptions::list(const ArmCall &call) const
{
    QJsonArray value;
    for (const Subscription &subscription : m_context.world.subscriptions()) {
        if (visible(call, subscription)) {
            value.append(toJson(subscription));
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmSubscriptions::get(const ArmCall &call) const
{
    if (!visible(call, *call.subscription)) {
        return ArmErrors::subscriptionNotFound(call.subscription->id);
    }
    return Response::json(toJson(*call.subscription));
}

Response ArmSubscriptions::locations(const ArmCall &call) const
{
    if (!visible(call, *call.subscription)) {
        return ArmErrors::subscriptionNotFound(call.subscription->id);
    }
    QJsonArray value;
    for (const QString &name : call.subscription->locations) {
        value.append(ArmCatalog::location(call.subscription->id, name));
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

} // namespace CrossKey::Sandbox
