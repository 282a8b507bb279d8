// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/isvbindplan.h"

#include "wizard/attachidentitystep.h"
#include "wizard/bindcustomerkeystep.h"
#include "wizard/clitext.h"
#include "wizard/ensurestorageaccountstep.h"
#include "wizard/keygrant.h"
#include "wizard/verifybindingstep.h"

#include <QCoreApplication>

namespace CrossKey::Wizard::IsvBind {

Plan *createPlan(const RunContext &inputs, Azure::TenantConnection *isv, QObject *parent)
{
    auto *plan = new Plan(kPlanId, QCoreApplication::translate("IsvBind", "Encrypt storage with the customer's key"),
                          withIdentityId(inputs), parent);
    plan->addStep(new EnsureStorageAccountStep(isv));
    plan->addStep(new AttachIdentityStep(isv));
    plan->addStep(new BindCustomerKeyStep(isv));
    plan->addStep(new VerifyBindingStep(isv));
    return plan;
}

RunContext withKeyGrant(RunContext inputs, const KeyGrant &grant)
{
    inputs.customerTenantId = grant.customerTenantId;
    inputs.vaultUri = grant.vaultUri.toString();
    inputs.keyName = grant.keyName;
    inputs.appId = grant.appId;
    if (!grant.keyVersion.isEmpty()) {
        inputs.keyVersion = grant.keyVersion;
        inputs.pinVersion = QStringLiteral("true");
    }
    return inputs;
}

RunContext withIdentityId(RunContext inputs)
{
    if (!inputs.identityResourceId && inputs.identityName && inputs.subscriptionId && inputs.resourceGroup) {
        inputs.identityResourceId =
            QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/"
                           "userAssignedIdentities/%3")
                .arg(*inputs.subscriptionId, *inputs.resourceGroup, *inputs.identityName);
    }
    return inputs;
}

QString equivalentScript(const Plan &plan)
{
    QString script = QStringLiteral("#!/usr/bin/env bash\n# %1: what CrossKey's “%2” does, as Azure CLI commands.\n"
                                    "set -euo pipefail\n")
                         .arg(plan.id(), plan.title());
    const RunContext &inputs = plan.inputs();
    if (inputs.subscriptionId) {
        script += QStringLiteral("az account set --subscription %1\n").arg(Cli::quote(*inputs.subscriptionId));
    }
    for (const Step *step : plan.steps()) {
        script += QStringLiteral("\n# %1\n").arg(step->title());
        script += step->equivalentCli(inputs) + QLatin1Char('\n');
    }
    return script;
}

} // namespace CrossKey::Wizard::IsvBind
