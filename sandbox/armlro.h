// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/armstate.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

struct ServiceContext;

// ArmLro runs Resource Manager's long-running operations (CONTRACTS.md §0 shape 2): 202 with
// Location and Retry-After, then GET /subscriptions/{sub}/operationresults/{id} answers 202 until
// ServerOptions::longRunningOperationMs has passed on the clock, then 200. Services apply the
// operation's effect themselves once it is due (see ArmResourceGroups::settle()).
class ArmLro final
{
public:
    explicit ArmLro(ServiceContext &context)
        : m_context(context)
    {}

    ArmOperation start(const QString &subscriptionId, const QString &kind, const QString &target);
    const ArmOperation *running(const QString &subscriptionId, const QString &kind, const QString &target) const;
    bool isDue(const ArmOperation &operation) const;
    Response accepted(const ArmOperation &operation, const QString &apiVersion) const;
    Response poll(const ArmCall &call) const; // {operationId}

private:
    QByteArray location(const ArmOperation &operation, const QString &apiVersion) const;
    QByteArray retryAfter(const ArmOperation &operation) const;

    ServiceContext &m_context;
};

} // namespace CrossKey::Sandbox
