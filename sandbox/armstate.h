// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// Resource Manager's own records in the World: provider and preview-feature registrations, user-
// assigned identities and long-running operations. ArmStateCodec turns them into JSON.
namespace CrossKey::Sandbox {

// A resource provider namespace's registration in one subscription. Namespaces without a record
// take ArmCatalog's default state.
struct ProviderRegistration
{
    QString subscriptionId;
    QString providerNamespace; // e.g. Microsoft.KeyVault
    QString state;             // NotRegistered, Registering, Registered
    QDateTime readyAt;         // when Registering becomes Registered
};

// A preview feature (Microsoft.Features) in one subscription, e.g. Microsoft.Storage/FederatedClientIdentity.
struct FeatureRegistration
{
    QString subscriptionId;
    QString providerNamespace;
    QString featureName;
    QString state; // NotRegistered, Registering, Registered
    QDateTime readyAt;
};

struct UserAssignedIdentity
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString location;
    QJsonObject tags;
    QString tenantId;
    QString principalId; // object id of its service principal, the FIC subject
    QString clientId;
    QDateTime createdAt; // RBAC knows the principal from createdAt + principal delay
    QString id() const
    {
        return QStringLiteral("/subscriptions/%1/resourcegroups/%2/providers/Microsoft.ManagedIdentity/"
                              "userAssignedIdentities/%3")
            .arg(subscriptionId, resourceGroup, name);
    }
};

// A long-running operation answered with 202 + Location (CONTRACTS.md §0 shape 2).
struct ArmOperation
{
    QString id;
    QString subscriptionId;
    QString kind;   // "ResourceGroupDelete"
    QString target; // e.g. the resource group name
    QDateTime startedAt;
    QDateTime completesAt;
    bool applied = false; // the world already shows the result
};

struct ArmState
{
    QList<ProviderRegistration> providers;
    QList<FeatureRegistration> features;
    QList<UserAssignedIdentity> identities;
    QList<ArmOperation> operations;
};

} // namespace CrossKey::Sandbox
