// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/isvprepareplan.h"

#include "wizard/clitext.h"
#include "wizard/ensurefederatedcredentialstep.h"
#include "wizard/ensuremanagedidentitystep.h"
#include "wizard/ensuremultitenantappstep.h"
#include "wizard/ensureresourcegroupstep.h"
#include "wizard/registerprovidersstep.h"
#include "wizard/registerstoragefeaturestep.h"

#include <QCoreApplication>

namespace CrossKey::Wizard::IsvPrepare {

Plan *createPlan(const RunContext &inputs, Azure::TenantConnection *isv, QObject *parent)
{
    auto *plan = new Plan(kPlanId, QCoreApplication::translate("IsvPrepare", "Prepare the ISV tenant"), inputs, parent);
    plan->addStep(new EnsureResourceGroupStep(isv));
    plan->addStep(new RegisterProvidersStep(isv));
    plan->addStep(new EnsureMultitenantAppStep(isv));
    plan->addStep(new EnsureManagedIdentityStep(isv));
    plan->addStep(new EnsureFederatedCredentialStep(isv));
    plan->addStep(new RegisterStorageFeatureStep(isv));
    return plan;
}

QString equivalentScript(const Plan &plan)
{
    // Only the user's choices are written literally; ids that earlier commands make are shell variables, so the
    // script does what the plan does on any tenant.
    RunContext choices;
    for (ContextField field :
         {ContextField::Cloud, ContextField::TenantId, ContextField::SubscriptionId, ContextField::ResourceGroup,
          ContextField::Location, ContextField::AppName, ContextField::AppId, ContextField::IdentityName}) {
        if (const auto value = plan.inputs().value(field)) {
            choices.set(field, *value);
        }
    }
    QString script = QStringLiteral("#!/usr/bin/env bash\n# %1: what CrossKey's “%2” does, as Azure CLI commands.\n"
                                    "set -euo pipefail\n")
                         .arg(plan.id(), plan.title());
    if (choices.tenantId) {
        script += QStringLiteral("TENANT_ID=%1\n").arg(Cli::quote(*choices.tenantId));
        choices.tenantId = QStringLiteral("$TENANT_ID");
    }
    if (choices.subscriptionId) {
        script += QStringLiteral("az account set --subscription %1\n").arg(Cli::quote(*choices.subscriptionId));
    }
    choices.appObjectId = QStringLiteral("$APP_OBJECT_ID");
    choices.identityPrincipalId = QStringLiteral("$IDENTITY_PRINCIPAL_ID");
    for (const Step *step : plan.steps()) {
        script += QStringLiteral("\n# %1\n").arg(step->title());
        script += step->equivalentCli(choices) + QLatin1Char('\n');
    }
    return script;
}

} // namespace CrossKey::Wizard::IsvPrepare
