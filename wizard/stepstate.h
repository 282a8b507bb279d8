// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"
#include "wizard/stepstatus.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace CrossKey::Wizard {

// StepState is everything the runner knows about one step at one moment; it is what the UI shows.
struct StepState
{
    StepStatus status = StepStatus::Pending;
    QStringList evidence;                   // what the check or apply found, in plain words
    std::optional<Azure::AzureError> error; // set when Failed or Cancelled
    QString reason;                         // why Waiting / NeedsYou / Skipped
    QDateTime waitUntil;                    // when a wait is expected to end, if known
    QDateTime startedAt;
    QDateTime finishedAt;

    friend bool operator==(const StepState &, const StepState &) = default;
};

} // namespace CrossKey::Wizard

Q_DECLARE_METATYPE(CrossKey::Wizard::StepState)
