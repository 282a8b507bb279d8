// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"
#include "wizard/runcontext.h"

#include <QMetaType>
#include <QStringList>

namespace CrossKey::Wizard {

// StepOutcome is what one check or apply reports back to the runner. Outputs travel here instead
// of being written into the plan's context by the job, so a cancelled job can never half-change it.
struct StepOutcome
{
    enum class Kind
    {
        Done,          // check: the result is already in place; apply: the change was made
        Missing,       // check only: apply is needed
        NeedsYou,      // the user must act (reason says what)
        NotApplicable, // nothing to do in this run (reason says why)
        Failed,        // error says what went wrong (a Cancelled error means cancelled)
    };

    Kind kind = Kind::Failed;
    QStringList evidence;
    QString reason;
    Azure::AzureError error;
    RunContext outputs;

    static StepOutcome done(QStringList evidence = {}, RunContext outputs = {});
    static StepOutcome missing(QStringList evidence = {});
    static StepOutcome needsYou(QString reason, QStringList evidence = {});
    static StepOutcome notApplicable(QString reason);
    static StepOutcome failed(Azure::AzureError error);
};

} // namespace CrossKey::Wizard

Q_DECLARE_METATYPE(CrossKey::Wizard::StepOutcome)
