// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/armproviders.h"

#include "sandbox/armcatalog.h"
#include "sandbox/armerrors.h"
#include "sandbox/servicecontext.h"

namespace CrossKey::Sandbox {

namespace {

const QString kRegistered = QStringLiteral("Registered");
const QString kRegistering = QStringLiteral("Registering");
const QString kNotRegistered = QStringLiteral("NotRegistered");

Response unknownNamespace(const QString &providerNamespace)
{
    return ArmErrors::error(404, QStringLiteral("InvalidResourceNamespace"),
                            QStringLiteral("The resource namespace '%1' is invalid.").arg(providerNamespace));
}

Response unknownFeature(const QString &providerNamespace, const QString &feature)
{
    return ArmErrors::error(
        404, QStringLiteral("FeatureNotFound"),
        QStringLiteral("The feature '%1' could not be found in namespace '%2'.").arg(feature, providerNamespace));
}

} // namespace

QString ArmProviders::state(const World &world, const QString &subscriptionId, const QString &providerNamespace)
{
    if (ArmCatalog::isRegistrationFree(providerNamespace)) {
        return kRegistered;
    }
    for (const ProviderRegistration &registration : world.resourceManager().providers) {
        if (registration.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0 &&
            registration.providerNamespace.compare(providerNamespace, Qt::CaseInsensitive) == 0) {
            return registration.state;
        }
    }
    return kNotRegistered;
}

std::optional<Response> ArmProviders::requireRegistered(const World &world, const QString &subscriptionId,
                                                        const QString &providerNamespace)
{
    if (state(world, subscriptionId, providerNamespace) == kRegistered) {
        return std::nullopt;
    }
    return ArmErrors::missingSubscriptionRegistration(ArmCatalog::canonicalNamespace(providerNamespace));
}

std::optional<Response> ArmProviders::visible(const ArmCall &call) const
{
    if (m_rbac.hasAnyRole(call.caller.objectId, call.subscriptionScope())) {
        return std::nullopt;
    }
    return ArmErrors::authorizationFailed(
        call.caller, QStringLiteral("Microsoft.Resources/subscriptions/providers/read"), call.subscriptionScope());
}

QJsonObject ArmProviders::providerJson(const ArmCall &call, const QString &providerNamespace) const
{
    const bool free = ArmCatalog::isRegistrationFree(providerNamespace);
    return QJsonObject{
        {QStringLiteral("id"), QString(call.subscriptionScope() + QStringLiteral("/providers/") + providerNamespace)},
        {QStringLiteral("namespace"), providerNamespace},
        {QStringLiteral("registrationState"), state(m_context.world, call.subscription->id, providerNamespace)},
        {QStringLiteral("registrationPolicy"),
         free ? QStringLiteral("RegistrationFree") : QStringLiteral("RegistrationRequired")},
        {QStringLiteral("resourceTypes"), ArmCatalog::resourceTypes(providerNamespace, call.subscription->locations)},
    };
}

Response ArmProviders::list(const ArmCall &call) const
{
    if (auto denied = visible(call)) {
        return *denied;
    }
    QJsonArray value;
    for (const QString &providerNamespace :
         ArmCatalog::registrableNamespaces() + QStringList{QStringLiteral("Microsoft.Authorization"),
                                                           QStringLiteral("Microsoft.Features"),
                                                           QStringLiteral("Microsoft.Resources")}) {
        value.append(providerJson(call, providerNamespace));
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmProviders::get(const ArmCall &call) const
{
    const QString providerNamespace = ArmCatalog::canonicalNamespace(call.arg(QStringLiteral("providerNamespace")));
    if (providerNamespace.isEmpty()) {
        return unknownNamespace(call.arg(QStringLiteral("providerNamespace")));
    }
    if (auto denied = visible(call)) {
        return *denied;
    }
    return Response::json(providerJson(call, providerNamespace));
}

Response ArmProviders::registerProvider(const ArmCall &call)
{
    const QString providerNamespace = ArmCatalog::canonicalNamespace(call.arg(QStringLiteral("providerNamespace")));
    if (providerNamespace.isEmpty()) {
        return unknownNamespace(call.arg(QStringLiteral("providerNamespace")));
    }
    if (auto denied = m_rbac.require(call.caller, providerNamespace + QStringLiteral("/register/action"),
                                     call.subscriptionScope())) {
        return *denied;
    }
    if (state(m_context.world, call.subscription->id, providerNamespace) == kNotRegistered) {
        QList<ProviderRegistration> &providers = m_context.world.editResourceManager().providers;
        providers.removeIf([&](const ProviderRegistration &registration) {
            return registration.subscriptionId == call.subscription->id &&
                   registration.providerNamespace == providerNamespace;
        });
        providers.append(ProviderRegistration{call.subscription->id, providerNamespace, kRegistering,
                                              m_context.now().addMSecs(m_context.options.providerRegistrationDelayMs)});
        settle();
    }
    return Response::json(providerJson(call, providerNamespace));
}

QString ArmProviders::featureState(const QString &subscriptionId, const QString &providerNamespace,
                                   const QString &feature) const
{
    for (const FeatureRegistration &registration : m_context.world.resourceManager().features) {
        if (registration.subscriptionId == subscriptionId && registration.providerNamespace == providerNamespace &&
            registration.featureName == feature) {
            return registration.state;
        }
    }
    return kNotRegistered;
}

QJsonObject ArmProviders::featureJson(const ArmCall &call, const QString &providerNamespace,
                                      const QString &feature) const
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("state"), featureState(call.subscription->id, providerNamespace, feature)}}},
        {QStringLiteral("id"),
         QString(
             call.subscriptionScope() +
             QStringLiteral("/providers/Microsoft.Features/providers/%1/features/%2").arg(providerNamespace, feature))},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Features/providers/features")},
        {QStringLiteral("name"), QString(providerNamespace + QLatin1Char('/') + feature)},
    };
}

Response ArmProviders::features(const ArmCall &call) const
{
    const QString providerNamespace = ArmCatalog::canonicalNamespace(call.arg(QStringLiteral("providerNamespace")));
    if (providerNamespace.isEmpty()) {
        return unknownNamespace(call.arg(QStringLiteral("providerNamespace")));
    }
    if (auto denied = visible(call)) {
        return *denied;
    }
    const QString requested = call.arg(QStringLiteral("featureName"));
    QJsonArray value;
    for (const QString &feature : ArmCatalog::features(providerNamespace)) {
        if (requested.isEmpty()) {
            value.append(featureJson(call, providerNamespace, feature));
        } else if (feature.compare(requested, Qt::CaseInsensitive) == 0) {
            return Response::json(featureJson(call, providerNamespace, feature));
        }
    }
    if (!requested.isEmpty()) {
        return unknownFeature(providerNamespace, requested);
    }
    return Response::json(QJsonObject{{QStringLiteral("value"), value}});
}

Response ArmProviders::registerFeature(const ArmCall &call)
{
    const QString providerNamespace = ArmCatalog::canonicalNamespace(call.arg(QStringLiteral("providerNamespace")));
    const QString requested = call.arg(QStringLiteral("featureName"));
    if (providerNamespace.isEmpty()) {
        return unknownNamespace(call.arg(QStringLiteral("providerNamespace")));
    }
    QString feature;
    for (const QString &known : ArmCatalog::features(providerNamespace)) {
        feature = known.compare(requested, Qt::CaseInsensitive) == 0 ? known : feature;
    }
    if (auto denied =
            m_rbac.require(call.caller, QStringLiteral("Microsoft.Features/providers/features/register/action"),
                           call.subscriptionScope())) {
        return *denied;
    }
    if (feature.isEmpty()) {
        return unknownFeature(providerNamespace, requested);
    }
    if (featureState(call.subscription->id, providerNamespace, feature) == kNotRegistered) {
        QList<FeatureRegistration> &features = m_context.world.editResourceManager().features;
        features.removeIf([&](const FeatureRegistration &registration) {
            return registration.subscriptionId == call.subscription->id &&
                   registration.providerNamespace == providerNamespace && registration.featureName == feature;
        });
        features.append(FeatureRegistration{call.subscription->id, providerNamespace, feature, kRegistering,
                                            m_context.now().addMSecs(m_context.options.featureRegistrationDelayMs)});
        settle();
    }
    return Response::json(featureJson(call, providerNamespace, feature));
}

void ArmProviders::settle()
{
    const QDateTime now = m_context.now();
    const ArmState &state = m_context.world.resourceManager();
    const bool providersDue =
        std::any_of(state.providers.cbegin(), state.providers.cend(), [&](const ProviderRegistration &registration) {
            return registration.state == kRegistering && registration.readyAt <= now;
        });
    const bool featuresDue =
        std::any_of(state.features.cbegin(), state.features.cend(), [&](const FeatureRegistration &registration) {
            return registration.state == kRegistering && registration.readyAt <= now;
        });
    if (!providersDue && !featuresDue) {
        return;
    }
    ArmState &edited = m_context.world.editResourceManager();
    for (ProviderRegistration &registration : edited.providers) {
        if (registration.state == kRegistering && registration.readyAt <= now) {
            registration.state = kRegistered;
        }
    }
    for (FeatureRegistration &registration : edited.features) {
        if (registration.state == kRegistering && registration.readyAt <= now) {
            registration.state = kRegistered;
        }
    }
}

} // namespace CrossKey::Sandbox
