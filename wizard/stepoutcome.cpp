// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/stepoutcome.h"

namespace CrossKey::Wizard {

StepOutcome StepOutcome::done(QStringList evidence, RunContext outputs)
{
    StepOutcome outcome;
    outcome.kind = Kind::Done;
    outcome.evidence = std::move(evidence);
    outcome.outputs = std::move(outputs);
    return outcome;
}

StepOutcome StepOutcome::missing(QStringList evidence)
{
    StepOutcome outcome;
    outcome.kind = Kind::Missing;
    outcome.evidence = std::move(evidence);
    return outcome;
}

StepOutcome StepOutcome::needsYou(QString reason, QStringList evidence)
{
    StepOutcome outcome;
    outcome.kind = Kind::NeedsYou;
    outcome.reason = std::move(reason);
    outcome.evidence = std::move(evidence);
    return outcome;
}

StepOutcome StepOutcome::notApplicable(QString reason)
{
    StepOutcome outcome;
    outcome.kind = Kind::NotApplicable;
    outcome.reason = std::move(reason);
    return outcome;
}

StepOutcome StepOutcome::failed(Azure::AzureError error)
{
    StepOutcome outcome;
    outcome.kind = Kind::Failed;
    outcome.error = std::move(error);
    return outcome;
}

} // namespace CrossKey::Wizard
