// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/armcall.h"
#include "sandbox/rbac.h"
#include "sandbox/response.h"

namespace CrossKey::Sandbox {

struct ServiceContext;

// ArmSubscriptions answers GET /tenants, /subscriptions, /subscriptions/{sub} and its locations
// (CONTRACTS.md §3.1–3.3): only what the caller may see, i.e. its home tenant plus tenants and
// subscriptions where it holds any role.
class ArmSubscriptions final
{
public:
    ArmSubscriptions(const ServiceContext &context, const Rbac &rbac)
        : m_context(context)
        , m_rbac(rbac)
    {}

    Response tenants(const ArmCall &call) const;
    Response list(const ArmCall &call) const;
    Response get(const ArmCall &call) const;
    Response locations(const ArmCall &call) const;

private:
    bool visible(const ArmCall &call, const Subscription &subscription) const;
    QJsonObject toJson(const Subscription &subscription) const;

    const ServiceContext &m_context;
    const Rbac &m_rbac;
};

} // namespace CrossKey::Sandbox
