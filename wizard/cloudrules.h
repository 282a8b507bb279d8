// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"

namespace CrossKey::Wizard {

// Whether Microsoft.Storage/FederatedClientIdentity must be registered (Microsoft.Features) before a storage
// account can use a federated client id in this cloud.
// [unverified] Best knowledge, not checked against the clouds: GA in the public cloud (no registration);
// still listed as a preview feature in US Government and China, and required by the sandbox (custom clouds).
bool storageFederatedClientFeatureRequired(const Azure::Cloud &cloud);

} // namespace CrossKey::Wizard
