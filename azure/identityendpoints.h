// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"

#include <QString>
#include <QUrl>

namespace CrossKey::Azure {

// IdentityEndpoints builds the v2.0 endpoint URLs of one tenant of a cloud (CONTRACTS.md §1.2, §1.3, §1.5):
// {authority}/{tenant}/oauth2/v2.0/authorize|token|devicecode. `tenant` is a tenant id (preferred: one
// sign-in per tenant), a verified domain, or `organizations`/`common` for a first sign-in.
class IdentityEndpoints final
{
public:
    IdentityEndpoints() = delete;

    static QUrl authorize(const Cloud &cloud, const QString &tenant);
    static QUrl token(const Cloud &cloud, const QString &tenant);
    static QUrl deviceCode(const Cloud &cloud, const QString &tenant);
};

} // namespace CrossKey::Azure
