// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/builtinroles.h"

namespace CrossKey::Sandbox {

namespace {

QStringList keyVaultReads()
{
    return {QStringLiteral("Microsoft.Authorization/*/read"),
            QStringLiteral("Microsoft.Insights/alertRules/*"),
            QStringLiteral("Microsoft.Resources/deployments/*"),
            QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
            QStringLiteral("Microsoft.Support/*"),
            QStringLiteral("Microsoft.KeyVault/checkNameAvailability/read"),
            QStringLiteral("Microsoft.KeyVault/deletedVaults/read"),
            QStringLiteral("Microsoft.KeyVault/locations/*/read"),
            QStringLiteral("Microsoft.KeyVault/vaults/*/read"),
            QStringLiteral("Microsoft.KeyVault/operations/read")};
}

QStringList identityCommon()
{
    return {QStringLiteral("Microsoft.Authorization/*/read"), QStringLiteral("Microsoft.Insights/alertRules/*"),
            QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
            QStringLiteral("Microsoft.Resources/deployments/*"), QStringLiteral("Microsoft.Support/*")};
}

QList<BuiltInRole> build()
{
    const QString kvRbacOnly =
        QStringLiteral(" Only works for key vaults that use the 'Azure role-based access control' permission model.");
    return {
        {QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635"),
         QStringLiteral("Owner"),
         QStringLiteral("Grants full access to manage all resources, including the ability to assign roles in Azure "
                        "RBAC."),
         {QStringLiteral("*")},
         {},
         {},
         {}},
        {QStringLiteral("b24988ac-6180-42a0-ab88-20f7382dd24c"),
         QStringLiteral("Contributor"),
         QStringLiteral("Grants full access to manage all resources, but does not allow you to assign roles in Azure "
                        "RBAC, manage assignments in Azure Blueprints, or share image galleries."),
         {QStringLiteral("*")},
         {QStringLiteral("Microsoft.Authorization/*/Delete"), QStringLiteral("Microsoft.Authorization/*/Write"),
          QStringLiteral("Microsoft.Authorization/elevateAccess/Action"),
          QStringLiteral("Microsoft.Blueprint/blueprintAssignments/write"),
          QStringLiteral("Microsoft.Blueprint/blueprintAssignments/delete"),
          QStringLiteral("Microsoft.Compute/galleries/share/action"),
          QStringLiteral("Microsoft.Purview/consents/write"), QStringLiteral("Microsoft.Purview/consents/delete")},
         {},
         {}},
        {QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7"),
         QStringLiteral("Reader"),
         QStringLiteral("View all resources, but does not allow you to make any changes."),
         {QStringLiteral("*/read")},
         {},
         {},
         {}},
        {QStringLiteral("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"),
         QStringLiteral("User Access Administrator"),
         QStringLiteral("Lets you manage user access to Azure resources."),
         {QStringLiteral("*/read"), QStringLiteral("Microsoft.Authorization/*"), QStringLiteral("Microsoft.Support/*")},
         {},
         {},
         {}},
        {QStringLiteral("f58310d9-a9f6-439a-9e8d-f62e7b41a168"),
         QStringLiteral("Role Based Access Control Administrator"),
         QStringLiteral(
             "Manage access to Azure resources by assigning roles using Azure RBAC. This role does not allow "
             "you to manage access using other ways, such as Azure Policy."),
         {QStringLiteral("Microsoft.Authorization/roleAssignments/write"),
          QStringLiteral("Microsoft.Authorization/roleAssignments/delete"), QStringLiteral("*/read"),
          QStringLiteral("Microsoft.Support/*")},
         {},
         {},
         {}},
        {QStringLiteral("f1a07417-d97a-45cb-824c-7a7467783830"),
         QStringLiteral("Managed Identity Operator"),
         QStringLiteral("Read and Assign User Assigned Identity"),
         QStringList{QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/*/read"),
                     QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/*/assign/action")} +
             identityCommon(),
         {},
         {},
         {}},
        {QStringLiteral("e40ec5ca-96e0-45a2-b4ff-59039f2c2b59"),
         QStringLiteral("Managed Identity Contributor"),
         QStringLiteral("Create, Read, Update, and Delete User Assigned Identity"),
         QStringList{
             QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/read"),
             QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/write"),
             QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/delete"),
             QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read"),
             QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write"),
             QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/delete"),
             QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/revokeTokens/action")} +
             identityCommon(),
         {},
         {},
         {}},
        {QStringLiteral("00482a5a-887f-4fb3-b363-3b7fe8e74483"),
         QStringLiteral("Key Vault Administrator"),
         QStringLiteral("Perform all data plane operations on a key vault and all objects in it, including "
                        "certificates, keys, and secrets. Cannot manage key vault resources or manage role "
                        "assignments.") +
             kvRbacOnly,
         keyVaultReads(),
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/*")},
         {}},
        {QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603"),
         QStringLiteral("Key Vault Crypto Officer"),
         QStringLiteral("Perform any action on the keys of a key vault, except manage permissions.") + kvRbacOnly,
         keyVaultReads(),
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/keys/*"),
          QStringLiteral("Microsoft.KeyVault/vaults/keyrotationpolicies/*")},
         {}},
        {QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6"),
         QStringLiteral("Key Vault Crypto Service Encryption User"),
         QStringLiteral("Read metadata of keys and perform wrap/unwrap operations.") + kvRbacOnly,
         {QStringLiteral("Microsoft.EventGrid/eventSubscriptions/write"),
          QStringLiteral("Microsoft.EventGrid/eventSubscriptions/read"),
          QStringLiteral("Microsoft.EventGrid/eventSubscriptions/delete")},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/keys/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/wrap/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/unwrap/action")},
         {}},
        {QStringLiteral("12338af0-0e69-4776-bea7-57ae8d297424"),
         QStringLiteral("Key Vault Crypto User"),
         QStringLiteral("Perform cryptographic operations using keys.") + kvRbacOnly,
         {},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/keys/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/update/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/backup/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/encrypt/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/decrypt/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/wrap/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/unwrap/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/sign/action"),
          QStringLiteral("Microsoft.KeyVault/vaults/keys/verify/action")},
         {}},
        {QStringLiteral("21090545-7ca7-4776-b22c-e363652d74d2"),
         QStringLiteral("Key Vault Reader"),
         QStringLiteral("Read metadata of key vaults and its certificates, keys, and secrets. Cannot read sensitive "
                        "values such as secret contents or key material.") +
             kvRbacOnly,
         keyVaultReads(),
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/*/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")},
         {}},
        {QStringLiteral("f25e0fa2-a7c8-4377-a976-54943a77a395"),
         QStringLiteral("Key Vault Contributor"),
         QStringLiteral("Lets you manage key vaults, but not access to them."),
         {QStringLiteral("Microsoft.Authorization/*/read"), QStringLiteral("Microsoft.Insights/alertRules/*"),
          QStringLiteral("Microsoft.KeyVault/*"), QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*")},
         {QStringLiteral("Microsoft.KeyVault/locations/deletedVaults/purge/action"),
          QStringLiteral("Microsoft.KeyVault/hsmPools/*"), QStringLiteral("Microsoft.KeyVault/managedHsms/*")},
         {},
         {}},
        {QStringLiteral("17d1049b-9a84-46fb-8f53-869881c3d3ab"),
         QStringLiteral("Storage Account Contributor"),
         QStringLiteral("Lets you manage storage accounts, including accessing storage account keys which provide "
                        "full access to storage account data."),
         {QStringLiteral("Microsoft.Authorization/*/read"), QStringLiteral("Microsoft.Insights/alertRules/*"),
          QStringLiteral("Microsoft.Insights/diagnosticSettings/*"),
          QStringLiteral("Microsoft.Network/virtualNetworks/subnets/joinViaServiceEndpoint/action"),
          QStringLiteral("Microsoft.ResourceHealth/availabilityStatuses/read"),
          QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Storage/storageAccounts/*"), QStringLiteral("Microsoft.Support/*")},
         {},
         {},
         {}},
        {QStringLiteral("ba92f5b4-2d11-453d-a403-e96b0029c9fe"),
         QStringLiteral("Storage Blob Data Contributor"),
         QStringLiteral("Allows for read, write and delete access to Azure Storage blob containers and data"),
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/delete"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/read"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/write"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action")},
         {},
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action")},
         {}},
        {QStringLiteral("2a2b9908-6ea1-4ae2-8e65-a410df84e7d1"),
         QStringLiteral("Storage Blob Data Reader"),
         QStringLiteral("Allows for read access to Azure Storage blob containers and data"),
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/read"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action")},
         {},
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read")},
         {}},
    };
}

} // namespace

const QList<BuiltInRole> &BuiltInRoles::all()
{
    static const QList<BuiltInRole> roles = build();
    return roles;
}

const BuiltInRole *BuiltInRoles::find(const QString &id)
{
    for (const BuiltInRole &role : all()) {
        if (role.id.compare(id, Qt::CaseInsensitive) == 0) {
            return &role;
        }
    }
    return nullptr;
}

const BuiltInRole *BuiltInRoles::findByName(const QString &roleName)
{
    for (const BuiltInRole &role : all()) {
        if (role.roleName.compare(roleName, Qt::CaseInsensitive) == 0) {
            return &role;
        }
    }
    return nullptr;
}

} // namespace CrossKey::Sandbox
