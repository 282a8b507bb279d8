// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/world.h"

namespace CrossKey::Sandbox {

// Authority is the {tenant} path segment of an identity-platform URL: a tenant id or domain, or
// one of `common`, `organizations` (any tenant's users).
struct Authority
{
    QString segment;
    const Tenant *tenant = nullptr; // null for common / organizations

    static Authority resolve(const World &world, const QString &segment, bool *known);
    bool isMultiTenant() const { return tenant == nullptr; }
    bool admits(const User &user) const { return !tenant || tenant->id == user.tenantId; }
    // What error texts call the tenant.
    QString name() const { return tenant ? tenant->id : segment; }
};

inline Authority Authority::resolve(const World &world, const QString &segment, bool *known)
{
    Authority authority{segment, nullptr};
    const QString lower = segment.toLower();
    if (lower == QLatin1String("common") || lower == QLatin1String("organizations")) {
        *known = true;
        return authority;
    }
    authority.tenant = world.findTenant(segment);
    *known = authority.tenant != nullptr;
    return authority;
}

} // namespace CrossKey::Sandbox
