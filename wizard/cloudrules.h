// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"

namespace CrossKey::Wizard {

// Whether Microsoft.Storage/FederatedClientIdentity must be registered (Microsoft.Features) before a storage
// account can use a federated client id in this cloud.
// [unverified] Best knowledge, not checked against the clouds: GA in the public cloud (no registration);
// still listed as a preview feature in US Government and China, and required by the sandbox (custom clouds).
bool storageFederatedClientFeatureRequired(const Azure::Cloud &cloud);

// Where the customer's administrator lands after granting admin consent: the app's web reply address.
// Entra refuses the consent link of an app without any reply address (AADSTS500113, CONTRACTS.md §1.7), so the
// app step registers this one when the app has none. [unverified] The Azure portal of the cloud is a harmless
// landing page (portal.azure.com, portal.azure.us, portal.azure.cn); custom clouds use their Resource Manager
// origin (the sandbox).
QUrl adminConsentRedirectUri(const Azure::Cloud &cloud);

} // namespace CrossKey::Wizard
