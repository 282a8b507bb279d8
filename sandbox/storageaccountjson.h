// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/storagestate.h"

#include <QJsonObject>

namespace CrossKey::Sandbox {

struct ServiceContext;

// StorageAccountJson renders a storage account as GET …/storageAccounts/{name} answers it
// (2023-05-01 shape, CONTRACTS.md §3.9), with primaryEndpoints.blob at the sandbox's blob form.
class StorageAccountJson final
{
public:
    static QJsonObject toJson(const StorageAccount &account, const ServiceContext &context);
    // {base}/blob/{account}/ (docs/sandbox.md, "Blob endpoint form").
    static QString blobEndpoint(const ServiceContext &context, const QString &accountName);
    // The principal id of the account's system-assigned identity (name-based, stable per account).
    static QString systemPrincipalId(const StorageAccount &account);
};

} // namespace CrossKey::Sandbox
