// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/plan.h"

#include <QString>
#include <QStringList>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard::Manage {

// The Manage actions of issue 9 as one-step plans, each checking before it acts.
// ISV side, over the ISV tenant; inputs SubscriptionId, ResourceGroup, StorageAccountName (KeyVersion to pin one):
inline constexpr QLatin1String kSwitchToMicrosoftKeys{"switch-to-microsoft-keys"};
inline constexpr QLatin1String kPinKeyVersion{"pin-key-version"};
inline constexpr QLatin1String kFollowKeyVersion{"follow-key-version"};
// Customer side, over the customer tenant; inputs VaultUri, KeyName (KeyVersion: one version only):
inline constexpr QLatin1String kRotateKey{"rotate-key"};
inline constexpr QLatin1String kDisableKey{"disable-key"};
inline constexpr QLatin1String kEnableKey{"enable-key"};

QStringList isvActions();
QStringList customerActions();

// The plan for `action` (one of the ids above; nullptr for another id). `connection` is the ISV tenant for the
// ISV actions and the customer tenant for the customer's; it must outlive the plan's runs.
Plan *createPlan(const QString &action, const RunContext &inputs, Azure::TenantConnection *connection,
                 QObject *parent = nullptr);

// The plan's Azure CLI as one bash script.
QString equivalentScript(const Plan &plan);

} // namespace CrossKey::Wizard::Manage
