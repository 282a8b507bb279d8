// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/armlro.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"
#include "sandbox/storagestate.h"

#include <QJsonObject>

#include <optional>

namespace CrossKey::Sandbox {

struct ServiceContext;

// ArmStorageAccounts answers Microsoft.Storage/storageAccounts (CONTRACTS.md §3.9): PUT (202 +
// Location to …/locations/{loc}/asyncoperations/{id}, then 200 with the account), GET, PATCH
// (synchronous), DELETE, lists by resource group and subscription and checkNameAvailability.
// Attaching a user-assigned identity needs its assign action (LinkedAuthorizationFailed); pointing
// encryption at a customer key walks StorageEncryption's chain first. Names are global.
class ArmStorageAccounts final
{
public:
    ArmStorageAccounts(ServiceContext &context, const Rbac &rbac, ArmLro &lro)
        : m_context(context)
        , m_rbac(rbac)
        , m_lro(lro)
    {}

    Response account(const ArmCall &call); // GET, PUT, PATCH, DELETE
    Response listByGroup(const ArmCall &call) const;
    Response listBySubscription(const ArmCall &call) const;
    Response checkNameAvailability(const ArmCall &call) const;
    Response asyncOperation(const ArmCall &call) const; // {location}/asyncoperations/{operationId}

private:
    Response create(const ArmCall &call, const QString &group, const QString &name, const QJsonObject &body);
    // Applies identity and encryption of `body` to `account`; the error, if any, changes nothing.
    std::optional<Response> apply(const ArmCall &call, const QJsonObject &body, StorageAccount *account,
                                  bool creating) const;
    Response accepted(const ArmOperation &operation, const QString &location, const QString &apiVersion) const;
    qsizetype indexOf(const QString &name) const;

    ServiceContext &m_context;
    const Rbac &m_rbac;
    ArmLro &m_lro;
};

} // namespace CrossKey::Sandbox
