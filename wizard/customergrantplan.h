// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/plan.h"

#include <QString>

namespace CrossKey::Azure {
class TenantConnection;
class UrlOpener;
} // namespace CrossKey::Azure

namespace CrossKey::Wizard {
struct Invitation;
}

namespace CrossKey::Wizard::CustomerGrant {

inline constexpr QLatin1String kPlanId{"customer-grant"};

// The customer's phase 2 (issue 8): install the ISV's application (service principal or admin consent), the vault
// with purge protection, Crypto Officer for oneself, the key, the application's grant on the key, and a read-back.
// `inputs` carry Cloud, CustomerTenantId, TenantId (the ISV's, from the invitation), AppId, SubscriptionId,
// ResourceGroup, Location, VaultName, KeyName, KeySize and optionally KeyExpiry. `customer` is the signed-in
// customer tenant and `opener` opens the admin-consent page (may be null); both must outlive the plan's runs.
Plan *createPlan(const RunContext &inputs, Azure::TenantConnection *customer, Azure::UrlOpener *opener,
                 QObject *parent = nullptr);

// The plan's inputs from an invitation (Cloud, TenantId = the ISV tenant, AppId) and the customer's own choices
// (CustomerTenantId, SubscriptionId, ResourceGroup, Location, VaultName, KeyName, KeySize, KeyExpiry), which win
// for every field they set except the invitation's three.
RunContext inputsFrom(const Invitation &invitation, const RunContext &choices);

// Every step's Azure CLI as one bash script. Ids known only after an earlier command are shell variables set from
// that command's output (SP_ID, VAULT_ID, VAULT_URI).
QString equivalentScript(const Plan &plan);

} // namespace CrossKey::Wizard::CustomerGrant
