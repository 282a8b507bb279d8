// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CrossKey::Sandbox::KnownIds {

// CrossKey's default public client: the Azure CLI's well-known first-party id (CONTRACTS.md §1.9,
// docs/azure.md "Client id"), the same as Azure::ClientIds::defaultPublicClient().
inline const QString azureCliClientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");

// The Microsoft tenant that owns first-party applications.
inline const QString microsoftServicesTenantId = QStringLiteral("f8cdef31-a31e-4b4a-93e4-5f571e91255a");

// First-party resource applications.
inline const QString graphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");
inline const QString resourceManagerAppId = QStringLiteral("797f4846-ba00-4fd7-ba43-dac1f8f63013");
inline const QString keyVaultAppId = QStringLiteral("cfa8b339-82a2-471a-a3c9-0fc0be7a4093");
inline const QString storageAppId = QStringLiteral("e406a681-f3d4-42a8-90b6-c2b029497af1");

// Entra directory role template ids (the `wids` claim).
inline const QString globalAdministratorRole = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
inline const QString applicationDeveloperRole = QStringLiteral("cf1c38e5-3621-4004-a7cb-879624dced7c");
inline const QString directoryReadersRole = QStringLiteral("88d8e3e3-8f55-4a1e-953a-9b9898b8876b");

// Azure built-in role definition ids.
inline const QString ownerRoleDefinition = QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
inline const QString contributorRoleDefinition = QStringLiteral("b24988ac-6180-42a0-ab88-20f7382dd24c");
inline const QString readerRoleDefinition = QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7");

} // namespace CrossKey::Sandbox::KnownIds
