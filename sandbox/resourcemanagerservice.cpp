// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/resourcemanagerservice.h"

#include "sandbox/armerrors.h"
#include "sandbox/armscope.h"
#include "sandbox/servicecontext.h"
#include "sandbox/storageupkeep.h"
#include "sandbox/tokenvalidator.h"

namespace CrossKey::Sandbox {

namespace {
const QString kSub = QStringLiteral("/subscriptions/{subscriptionId}");
const QString kGroup = kSub + QStringLiteral("/resourceGroups/{resourceGroupName}");
const QString kFeatures = kSub + QStringLiteral("/providers/Microsoft.Features/providers/{providerNamespace}/features");
const QString kIdentities = QStringLiteral("/providers/Microsoft.ManagedIdentity/userAssignedIdentities");
const QString kKeyVault = QStringLiteral("/providers/Microsoft.KeyVault");

bool is(const QString &segment, const char *literal)
{
    return segment.compare(QLatin1String(literal), Qt::CaseInsensitive) == 0;
}
} // namespace

ResourceManagerService::ResourceManagerService(ServiceContext &context, const TokenValidator &validator)
    : m_context(context)
    , m_validator(validator)
    , m_rbac(context)
    , m_lro(context)
    , m_subscriptions(context, m_rbac)
    , m_groups(context, m_rbac, m_lro)
    , m_providers(context, m_rbac)
    , m_identities(context, m_rbac)
    , m_definitions(context, m_rbac)
    , m_assignments(context, m_rbac)
    , m_vaults(context, m_rbac)
    , m_hsms(context, m_rbac)
    , m_storageAccounts(context, m_rbac, m_lro)
{
    const QList<QByteArray> get{"GET"};
    const QList<QByteArray> post{"POST"};
    m_routes = {
        {PathPattern(QStringLiteral("/tenants")), ArmType::Tenants, get,
         [this](ArmCall &call) { return m_subscriptions.tenants(call); }},
        {PathPattern(QStringLiteral("/subscriptions")), ArmType::Subscriptions, get,
         [this](ArmCall &call) { return m_subscriptions.list(call); }},
        {PathPattern(kSub), ArmType::Subscriptions, get, [this](ArmCall &call) { return m_subscriptions.get(call); }},
        {PathPattern(kSub + QStringLiteral("/locations")), ArmType::Locations, get,
         [this](ArmCall &call) { return m_subscriptions.locations(call); }},
        {PathPattern(kSub + QStringLiteral("/resourceGroups")), ArmType::ResourceGroups, get,
         [this](ArmCall &call) { return m_groups.list(call); }},
        {PathPattern(kGroup),
         ArmType::ResourceGroups,
         {},
         [this](ArmCall &call) { return m_groups.resourceGroup(call); }},
        {PathPattern(kSub + QStringLiteral("/operationresults/{operationId}")), ArmType::OperationResults, get,
         [this](ArmCall &call) { return m_lro.poll(call); }},
        {PathPattern(kSub + QStringLiteral("/providers")), ArmType::Providers, get,
         [this](ArmCall &call) { return m_providers.list(call); }},
        {PathPattern(kFeatures), ArmType::Features, get, [this](ArmCall &call) { return m_providers.features(call); }},
        {PathPattern(kFeatures + QStringLiteral("/{featureName}")), ArmType::Features, get,
         [this](ArmCall &call) { return m_providers.features(call); }},
        {PathPattern(kFeatures + QStringLiteral("/{featureName}/register")), ArmType::Features, post,
         [this](ArmCall &call) { return m_providers.registerFeature(call); }},
        {PathPattern(kSub + kIdentities), ArmType::UserAssignedIdentities, get,
         [this](ArmCall &call) { return m_identities.listBySubscription(call); }},
        {PathPattern(kSub + QStringLiteral("/providers/{providerNamespace}")), ArmType::Providers, get,
         [this](ArmCall &call) { return m_providers.get(call); }},
        {PathPattern(kSub + QStringLiteral("/providers/{providerNamespace}/register")), ArmType::Providers, post,
         [this](ArmCall &call) { return m_providers.registerProvider(call); }},
        {PathPattern(kGroup + kIdentities), ArmType::UserAssignedIdentities, get,
         [this](ArmCall &call) { return m_identities.listByGroup(call); }},
        {PathPattern(kGroup + kIdentities + QStringLiteral("/{identityName}")),
         ArmType::UserAssignedIdentities,
         {},
         [this](ArmCall &call) { return m_identities.identity(call); }},
    };
    addKeyVaultRoutes();
    addStorageRoutes();
}

void ResourceManagerService::addKeyVaultRoutes()
{
    const QList<QByteArray> get{"GET"};
    const QList<QByteArray> post{"POST"};
    const QString vaults = kGroup + kKeyVault + QStringLiteral("/vaults");
    const QString hsms = kGroup + kKeyVault + QStringLiteral("/managedHSMs");
    const std::vector<Route> routes = {
        {PathPattern(kSub + kKeyVault + QStringLiteral("/vaults")), ArmType::Vaults, get,
         [this](ArmCall &call) { return m_vaults.listBySubscription(call); }},
        {PathPattern(kSub + kKeyVault + QStringLiteral("/checkNameAvailability")), ArmType::Vaults, post,
         [this](ArmCall &call) { return m_vaults.checkNameAvailability(call); }},
        {PathPattern(kSub + kKeyVault + QStringLiteral("/locations/{location}/deletedVaults/{vaultName}")),
         ArmType::Vaults, get, [this](ArmCall &call) { return m_vaults.deletedVault(call); }},
        {PathPattern(vaults), ArmType::Vaults, get, [this](ArmCall &call) { return m_vaults.listByGroup(call); }},
        {PathPattern(vaults + QStringLiteral("/{vaultName}")),
         ArmType::Vaults,
         {},
         [this](ArmCall &call) { return m_vaults.vault(call); }},
        {PathPattern(vaults + QStringLiteral("/{vaultName}/accessPolicies/{operationKind}")),
         ArmType::Vaults,
         {},
         [this](ArmCall &call) { return m_vaults.accessPolicies(call); }},
        {PathPattern(hsms), ArmType::ManagedHsms, get, [this](ArmCall &call) { return m_hsms.listByGroup(call); }},
        {PathPattern(hsms + QStringLiteral("/{hsmName}")),
         ArmType::ManagedHsms,
         {},
         [this](ArmCall &call) { return m_hsms.hsm(call); }},
    };
    m_routes.insert(m_routes.end(), routes.begin(), routes.end());
}

void ResourceManagerService::addStorageRoutes()
{
    const QList<QByteArray> get{"GET"};
    const QList<QByteArray> post{"POST"};
    const QString storage = QStringLiteral("/providers/Microsoft.Storage");
    const QString accounts = kGroup + storage + QStringLiteral("/storageAccounts");
    const std::vector<Route> routes = {
        {PathPattern(kSub + storage + QStringLiteral("/storageAccounts")), ArmType::StorageAccounts, get,
         [this](ArmCall &call) { return m_storageAccounts.listBySubscription(call); }},
        {PathPattern(kSub + storage + QStringLiteral("/checkNameAvailability")), ArmType::StorageAccounts, post,
         [this](ArmCall &call) { return m_storageAccounts.checkNameAvailability(call); }},
        {PathPattern(kSub + storage + QStringLiteral("/locations/{location}/asyncoperations/{operationId}")),
         ArmType::StorageAccounts, get, [this](ArmCall &call) { return m_storageAccounts.asyncOperation(call); }},
        {PathPattern(accounts), ArmType::StorageAccounts, get,
         [this](ArmCall &call) { return m_storageAccounts.listByGroup(call); }},
        {PathPattern(accounts + QStringLiteral("/{accountName}")),
         ArmType::StorageAccounts,
         {},
         [this](ArmCall &call) { return m_storageAccounts.account(call); }},
    };
    m_routes.insert(m_routes.end(), routes.begin(), routes.end());
}

qsizetype ResourceManagerService::authorizationIndex(const QStringList &segments)
{
    for (qsizetype i = segments.size() - 3; i >= 0 && i >= segments.size() - 4; --i) {
        if (is(segments.at(i), "providers") && is(segments.at(i + 1), "Microsoft.Authorization") &&
            (is(segments.at(i + 2), "roleAssignments") || is(segments.at(i + 2), "roleDefinitions"))) {
            return i;
        }
    }
    return -1;
}

QString ResourceManagerService::unregisteredNamespace(const Request &request) const
{
    const QStringList &s = request.segments;
    qsizetype index = -1;
    if (s.size() >= 4 && is(s.at(0), "subscriptions") && is(s.at(2), "providers")) {
        index = 3;
    } else if (s.size() >= 6 && is(s.at(0), "subscriptions") && is(s.at(2), "resourceGroups") &&
               is(s.at(4), "providers")) {
        index = 5;
    }
    if (index < 0 || s.size() == index + 1 || (index == 3 && s.size() == 5 && is(s.at(4), "register"))) {
        return {};
    }
    const QString providerNamespace = ArmCatalog::canonicalNamespace(s.at(index));
    if (!ArmCatalog::registrableNamespaces().contains(providerNamespace) ||
        ArmProviders::state(m_context.world, s.at(1), providerNamespace) == QLatin1String("Registered")) {
        return {};
    }
    return providerNamespace;
}

bool ResourceManagerService::handles(const Request &request) const
{
    if (request.segments.isEmpty() ||
        !(is(request.segments.first(), "subscriptions") || is(request.segments.first(), "tenants") ||
          is(request.segments.first(), "providers"))) {
        return false;
    }
    if (authorizationIndex(request.segments) >= 0) {
        return true;
    }
    for (const Route &route : m_routes) {
        if (route.pattern.match(request.segments)) {
            return true;
        }
    }
    return !unregisteredNamespace(request).isEmpty();
}

void ResourceManagerService::settle()
{
    m_providers.settle();
    m_groups.settle();
    StorageUpkeep::settle(m_context);
}

std::optional<Response> ResourceManagerService::checkVersion(const Request &request, ArmType type,
                                                             const QString &location) const
{
    const QString version = request.queryValue(QStringLiteral("api-version"));
    if (version.isEmpty()) {
        return ArmErrors::missingApiVersion();
    }
    if (!ArmCatalog::apiVersions(type).contains(version)) {
        return ArmErrors::invalidApiVersion(type, version, location);
    }
    return std::nullopt;
}

std::optional<Response> ResourceManagerService::checkSubscription(ArmCall &call, const QString &subscriptionId) const
{
    call.subscription = m_context.world.findSubscription(subscriptionId);
    if (!call.subscription) {
        return ArmErrors::subscriptionNotFound(subscriptionId);
    }
    const TokenValidator::Outcome outcome =
        m_validator.validate(call.request, ResourceKind::ResourceManager, call.subscription->tenantId);
    if (!outcome.ok()) {
        return outcome.failure;
    }
    return std::nullopt;
}

Response ResourceManagerService::handle(const Request &request)
{
    settle();
    const TokenValidator::Outcome outcome = m_validator.validate(request, ResourceKind::ResourceManager);
    if (!outcome.ok()) {
        return outcome.failure;
    }
    const qsizetype authorization = authorizationIndex(request.segments);
    if (authorization >= 0) {
        return handleAuthorization(request, *outcome.caller, authorization);
    }
    ArmCall call{request, *outcome.caller, request.queryValue(QStringLiteral("api-version")), {}, nullptr};
    for (Route &route : m_routes) {
        if (!route.pattern.match(request.segments, &call.args)) {
            continue;
        }
        QString location;
        const QString group = call.args.value(QStringLiteral("resourceGroupName"));
        if (const ResourceGroup *found =
                ArmScope::findGroup(m_context.world, call.args.value(QStringLiteral("subscriptionId")), group)) {
            location = found->location;
        }
        if (auto failure = checkVersion(request, route.type, location)) {
            return *failure;
        }
        if (call.args.contains(QStringLiteral("subscriptionId"))) {
            if (auto failure = checkSubscription(call, call.arg(QStringLiteral("subscriptionId")))) {
                return *failure;
            }
        }
        if (!route.methods.isEmpty() && !route.methods.contains(request.method)) {
            return ArmErrors::error(405, QStringLiteral("MethodNotAllowed"),
                                    QStringLiteral("The requested resource does not support http method '%1'.")
                                        .arg(QString::fromLatin1(request.method)));
        }
        return route.handler(call);
    }
    // A resource type of a namespace the subscription has not registered (CONTRACTS.md §0).
    if (auto failure = checkSubscription(call, request.segments.at(1))) {
        return *failure;
    }
    return ArmErrors::missingSubscriptionRegistration(unregisteredNamespace(request));
}

Response ResourceManagerService::handleAuthorization(const Request &request, const Caller &caller, qsizetype index)
{
    const QStringList &segments = request.segments;
    const bool definitions = is(segments.at(index + 2), "roleDefinitions");
    const ArmType type = definitions ? ArmType::RoleDefinitions : ArmType::RoleAssignments;
    if (auto failure = checkVersion(request, type, {})) {
        return *failure;
    }
    const ParsedScope scope = ArmScope::parse(segments.mid(0, index).join(QLatin1Char('/')));
    if (!scope.valid) {
        return ArmErrors::error(400, QStringLiteral("InvalidScope"),
                                QStringLiteral("The scope '%1' is not valid.").arg(scope.path));
    }
    ArmCall call{request, caller, request.queryValue(QStringLiteral("api-version")), {}, nullptr};
    if (!scope.root) {
        if (auto failure = checkSubscription(call, scope.subscriptionId)) {
            return *failure;
        }
    }
    const bool single = segments.size() == index + 4;
    if (!single && request.method != "GET") {
        return ArmErrors::error(405, QStringLiteral("MethodNotAllowed"),
                                QStringLiteral("The requested resource does not support http method '%1'.")
                                    .arg(QString::fromLatin1(request.method)));
    }
    if (definitions) {
        if (request.method != "GET") {
            return ArmErrors::error(405, QStringLiteral("MethodNotAllowed"),
                                    QStringLiteral("The sandbox serves built-in role definitions only."));
        }
        return single ? m_definitions.get(call, scope, segments.at(index + 3)) : m_definitions.list(call, scope);
    }
    return single ? m_assignments.assignment(call, scope, segments.at(index + 3)) : m_assignments.list(call, scope);
}

} // namespace CrossKey::Sandbox
