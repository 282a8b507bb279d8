// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/cloudrules.h"

namespace CrossKey::Wizard {

bool storageFederatedClientFeatureRequired(const Azure::Cloud &cloud)
{
    // [unverified] The cross-tenant CMK feature went GA in the public cloud, where registering it is no longer
    // needed; the sovereign clouds' docs still describe the registration, and the sandbox (every custom cloud)
    // models it so the step is exercised. Change only this function when the facts are confirmed.
    return !(cloud.isBuiltIn() && cloud.name() == QLatin1String("public"));
}

} // namespace CrossKey::Wizard
