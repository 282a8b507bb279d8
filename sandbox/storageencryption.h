// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/keyvaultstate.h"
#include "sandbox/response.h"
#include "sandbox/storagestate.h"

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// One broken link of the customer-managed-key chain: how the storage control plane refuses the
// PATCH/PUT (ARM error), and how the data plane answers once its cached key runs out.
struct StorageKeyFailure
{
    int status = 400;
    QString code;
    QString message;
    int blobStatus = 403;
    QString blobCode;
    QString blobMessage;

    Response armResponse() const;
};

// StorageEncryption checks the chain Storage walks to reach a customer-managed key (CONTRACTS.md
// §3.9, §5): identity attached and alive, the cross-tenant exchange (CrossTenantExchange), the
// vault (exists, soft delete + purge protection, firewall lets trusted services in), the principal
// may get/wrapKey/unwrapKey, and the key (pinned or latest version) exists, is enabled and valid now.
class StorageEncryption final
{
public:
    explicit StorageEncryption(const ServiceContext &context)
        : m_context(context)
    {}

    // The key version the account would use; `key` receives it on success (may be null).
    std::optional<StorageKeyFailure> check(const StorageAccount &account, const KeyVersion **key = nullptr) const;

private:
    const ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
