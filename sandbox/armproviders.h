// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;
class World;

// ArmProviders answers resource provider registration (CONTRACTS.md §3.5) and Microsoft.Features
// preview features. POST .../register answers 200 at once with the state Registering, which turns
// Registered after ServerOptions::providerRegistrationDelayMs (features: featureRegistrationDelayMs)
// on the clock, as Azure does; clients poll the GET.
class ArmProviders final
{
public:
    ArmProviders(ServiceContext &context, const Rbac &rbac)
        : m_context(context)
        , m_rbac(rbac)
    {}

    // The namespace's registration state in a subscription (records win over defaults).
    static QString state(const World &world, const QString &subscriptionId, const QString &providerNamespace);
    // MissingSubscriptionRegistration (409) unless the namespace is registered.
    static std::optional<Response> requireRegistered(const World &world, const QString &subscriptionId,
                                                     const QString &providerNamespace);

    Response list(const ArmCall &call) const;
    Response get(const ArmCall &call) const;        // {providerNamespace}
    Response registerProvider(const ArmCall &call); // POST .../register
    Response features(const ArmCall &call) const;   // {providerNamespace}[/{featureName}]
    Response registerFeature(const ArmCall &call);
    // Turns due Registering states into Registered.
    void settle();

private:
    std::optional<Response> visible(const ArmCall &call) const;
    QJsonObject providerJson(const ArmCall &call, const QString &providerNamespace) const;
    QJsonObject featureJson(const ArmCall &call, const QString &providerNamespace, const QString &feature) const;
    QString featureState(const QString &subscriptionId, const QString &providerNamespace, const QString &feature) const;

    ServiceContext &m_context;
    const Rbac &m_rbac;
};

} // namespace CrossKey::Sandbox
