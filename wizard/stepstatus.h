// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CrossKey::Wizard {

// The live status of one step, as the runner reports it.
enum class StepStatus
{
    Pending,
    Checking,
    Running,
    Waiting,     // for propagation, consent, a long-running operation; has a reason and maybe an end time
    Done,        // applied in this run
    AlreadyDone, // the check found the result in place; apply was skipped
    Failed,
    NeedsYou, // user input or an action outside the app, e.g. admin consent
    Skipped,  // not applicable to this run
    Cancelled,
};

// Names and texts for StepStatus: stable keys for files, translated texts for people.
class StepStatusText
{
    Q_DECLARE_TR_FUNCTIONS(StepStatusText)

public:
    static QString key(StepStatus status);
    static std::optional<StepStatus> fromKey(const QString &key);
    static QString display(StepStatus status);

    // Finished for good in this run: the runner moves past these.
    static bool isComplete(StepStatus status);
    // Something is happening now.
    static bool isActive(StepStatus status);
};

} // namespace CrossKey::Wizard

Q_DECLARE_METATYPE(CrossKey::Wizard::StepStatus)
