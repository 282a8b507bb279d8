// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"
#include "sandbox/storagestate.h"

#include <QJsonObject>

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// StorageAccountUpdate applies the identity and encryption blocks of a storage account PUT/PATCH
// body (CONTRACTS.md §3.9) to an account copy. Attaching a user-assigned identity needs its assign
// action (LinkedAuthorizationFailed). Each returns the error, if any.
class StorageAccountUpdate final
{
public:
    StorageAccountUpdate(const ServiceContext &context, const Rbac &rbac)
        : m_context(context)
        , m_rbac(rbac)
    {}

    std::optional<Response> applyIdentity(const ArmCall &call, const QJsonObject &identity,
                                          StorageAccount *account) const;
    static std::optional<Response> applyEncryption(const QJsonObject &encryption, StorageAccount *account);

private:
    const ServiceContext &m_context;
    const Rbac &m_rbac;
};

} // namespace CrossKey::Sandbox
