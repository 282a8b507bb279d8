// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/plan.h"

#include <QString>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard::IsvPrepare {

inline constexpr QLatin1String kPlanId{"isv-prepare"};

// The ISV's phase 1 (issue 7): resource group, Microsoft.ManagedIdentity registration, multitenant app,
// user-assigned identity, federated credential, storage feature. `inputs` carry Cloud, TenantId,
// SubscriptionId, ResourceGroup, Location, AppName, IdentityName and optionally AppId (an existing app the
// user chose). `isv` is the signed-in ISV tenant; it must outlive the plan's runs.
Plan *createPlan(const RunContext &inputs, Azure::TenantConnection *isv, QObject *parent = nullptr);

// Every step's Azure CLI as one bash script. Ids known only after an earlier command are shell variables set
// from that command's output (APP_ID=$(az ad app create … --query appId -o tsv)).
QString equivalentScript(const Plan &plan);

} // namespace CrossKey::Wizard::IsvPrepare
