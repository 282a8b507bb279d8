// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CrossKey::Azure::ClientIds {

// The public client CrossKey signs in as unless told otherwise: the Azure CLI's well-known client id,
// preauthorized for Graph, Resource Manager and Key Vault in every tenant, so no app registration or
// admin consent is needed for CrossKey itself. Microsoft does not document third-party use of it
// (CONTRACTS.md §1.9, [3p]); the reasons and risks are in docs/azure.md. The sandbox knows it too.
inline QString azureCli()
{
    return QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
}

inline QString defaultPublicClient()
{
    return azureCli();
}

} // namespace CrossKey::Azure::ClientIds
