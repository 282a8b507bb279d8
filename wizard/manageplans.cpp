// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/manageplans.h"

#include "wizard/clitext.h"
#include "wizard/customerkeyactionsteps.h"
#include "wizard/setkeyversionmodestep.h"
#include "wizard/usemicrosoftkeysstep.h"

#include <QCoreApplication>

namespace CrossKey::Wizard::Manage {

QStringList isvActions()
{
    return {kSwitchToMicrosoftKeys, kPinKeyVersion, kFollowKeyVersion};
}

QStringList customerActions()
{
    return {kRotateKey, kDisableKey, kEnableKey};
}

Plan *createPlan(const QString &action, const RunContext &inputs, Azure::TenantConnection *connection, QObject *parent)
{
    auto plan = [&](const char *title) {
        return new Plan(action, QCoreApplication::translate("Manage", title), inputs, parent);
    };
    Plan *result = nullptr;
    if (action == kSwitchToMicrosoftKeys) {
        result = plan(QT_TRANSLATE_NOOP("Manage", "Switch back to Microsoft-managed keys"));
        result->addStep(new UseMicrosoftKeysStep(connection));
    } else if (action == kPinKeyVersion) {
        result = plan(QT_TRANSLATE_NOOP("Manage", "Pin the key version"));
        result->addStep(new SetKeyVersionModeStep(connection, true));
    } else if (action == kFollowKeyVersion) {
        result = plan(QT_TRANSLATE_NOOP("Manage", "Follow the key's newest version"));
        result->addStep(new SetKeyVersionModeStep(connection, false));
    } else if (action == kRotateKey) {
        result = plan(QT_TRANSLATE_NOOP("Manage", "Rotate the key"));
        result->addStep(new RotateKeyStep(connection));
    } else if (action == kDisableKey) {
        result = plan(QT_TRANSLATE_NOOP("Manage", "Revoke access: disable the key"));
        result->addStep(new SetKeyEnabledStep(connection, false));
    } else if (action == kEnableKey) {
        result = plan(QT_TRANSLATE_NOOP("Manage", "Restore access: enable the key"));
        result->addStep(new SetKeyEnabledStep(connection, true));
    }
    return result;
}

QString equivalentScript(const Plan &plan)
{
    QString script = QStringLiteral("#!/usr/bin/env bash\n# %1: what CrossKey's “%2” does, as Azure CLI commands.\n"
                                    "set -euo pipefail\n")
                         .arg(plan.id(), plan.title());
    if (plan.inputs().subscriptionId) {
        script += QStringLiteral("az account set --subscription %1\n").arg(Cli::quote(*plan.inputs().subscriptionId));
    }
    for (const Step *step : plan.steps()) {
        script +=
            QStringLiteral("\n# %1\n").arg(step->title()) + step->equivalentCli(plan.inputs()) + QLatin1Char('\n');
    }
    return script;
}

} // namespace CrossKey::Wizard::Manage
