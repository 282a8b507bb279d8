// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/plan.h"

#include <QString>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {
struct KeyGrant;
}

namespace CrossKey::Wizard::IsvBind {

inline constexpr QLatin1String kPlanId{"isv-bind"};

// The ISV's phase 3 (issue 9): storage account (created when missing and a Location is given), attach the
// identity, encrypt with the customer's key, verify. `inputs` carry Cloud, TenantId, SubscriptionId,
// ResourceGroup, StorageAccountName, optionally Location, IdentityResourceId (or IdentityName, an identity of
// the same resource group), AppId, VaultUri, KeyName, CustomerTenantId, and optionally KeyVersion and PinVersion
// ("true"). `isv` is the signed-in ISV tenant; it must outlive the plan's runs.
Plan *createPlan(const RunContext &inputs, Azure::TenantConnection *isv, QObject *parent = nullptr);

// The key grant's values as plan inputs (CustomerTenantId, VaultUri, KeyName, AppId; KeyVersion and PinVersion
// when the grant pins a version), merged over `inputs`.
RunContext withKeyGrant(RunContext inputs, const KeyGrant &grant);

// The identity's resource id from IdentityName in the plan's subscription and group, when no id was given.
RunContext withIdentityId(RunContext inputs);

// Every step's Azure CLI as one bash script.
QString equivalentScript(const Plan &plan);

} // namespace CrossKey::Wizard::IsvBind
