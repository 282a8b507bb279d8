// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/customergrantplan.h"

#include "wizard/clitext.h"
#include "wizard/ensurecryptoofficerstep.h"
#include "wizard/ensurekeygrantstep.h"
#include "wizard/ensurekeystep.h"
#include "wizard/ensureserviceprincipalstep.h"
#include "wizard/ensurevaultstep.h"
#include "wizard/invitation.h"
#include "wizard/verifygrantstep.h"

#include <QCoreApplication>

namespace CrossKey::Wizard::CustomerGrant {

Plan *createPlan(const RunContext &inputs, Azure::TenantConnection *customer, Azure::UrlOpener *opener, QObject *parent)
{
    auto *plan = new Plan(kPlanId, QCoreApplication::translate("CustomerGrant", "Grant the ISV a key"), inputs, parent);
    plan->addStep(new EnsureServicePrincipalStep(customer, opener));
    plan->addStep(new EnsureVaultStep(customer));
    plan->addStep(new EnsureCryptoOfficerStep(customer));
    plan->addStep(new EnsureKeyStep(customer));
    plan->addStep(new EnsureKeyGrantStep(customer));
    plan->addStep(new VerifyGrantStep(customer));
    return plan;
}

RunContext inputsFrom(const Invitation &invitation, const RunContext &choices)
{
    RunContext inputs = choices;
    inputs.cloud = invitation.cloud;
    inputs.tenantId = invitation.isvTenantId;
    inputs.appId = invitation.appId;
    return inputs;
}

QString equivalentScript(const Plan &plan)
{
    // Only the user's choices are written literally; ids that earlier commands make are shell variables, so the
    // script does what the plan does on any tenant.
    RunContext choices;
    for (ContextField field :
         {ContextField::Cloud, ContextField::CustomerTenantId, ContextField::TenantId, ContextField::AppId,
          ContextField::SubscriptionId, ContextField::ResourceGroup, ContextField::Location, ContextField::VaultName,
          ContextField::KeyName, ContextField::KeySize, ContextField::KeyExpiry}) {
        if (const auto value = plan.inputs().value(field)) {
            choices.set(field, *value);
        }
    }
    QString script = QStringLiteral("#!/usr/bin/env bash\n# %1: what CrossKey's “%2” does, as Azure CLI commands.\n"
                                    "set -euo pipefail\n")
                         .arg(plan.id(), plan.title());
    if (choices.customerTenantId) {
        script += QStringLiteral("az login --tenant %1\n").arg(Cli::quote(*choices.customerTenantId));
    }
    if (choices.subscriptionId) {
        script += QStringLiteral("az account set --subscription %1\n").arg(Cli::quote(*choices.subscriptionId));
    }
    // The permission model is known only once the vault is read; the script follows a new vault's (RBAC).
    choices.servicePrincipalId = QStringLiteral("$SP_ID");
    choices.vaultResourceId = QStringLiteral("$VAULT_ID");
    choices.vaultUri = QStringLiteral("$VAULT_URI");
    for (const Step *step : plan.steps()) {
        script += QStringLiteral("\n# %1\n").arg(step->title());
        script += step->equivalentCli(choices) + QLatin1Char('\n');
    }
    return script;
}

} // namespace CrossKey::Wizard::CustomerGrant
