// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/stepstatus.h"

namespace CrossKey::Wizard {

namespace {

struct StatusKey
{
    StepStatus status;
    const char *key;
};

// Stable keys: they are written to progress files and to headless output.
constexpr StatusKey kKeys[] = {
    {StepStatus::Pending, "pending"}, {StepStatus::Checking, "checking"},
    {StepStatus::Running, "running"}, {StepStatus::Waiting, "waiting"},
    {StepStatus::Done, "done"},       {StepStatus::AlreadyDone, "already-done"},
    {StepStatus::Failed, "failed"},   {StepStatus::NeedsYou, "needs-you"},
    {StepStatus::Skipped, "skipped"}, {StepStatus::Cancelled, "cancelled"},
};

} // namespace

QString StepStatusText::key(StepStatus status)
{
    for (const auto &entry : kKeys) {
        if (entry.status == status) {
            return QString::fromLatin1(entry.key);
        }
    }
    return QStringLiteral("pending");
}

std::optional<StepStatus> StepStatusText::fromKey(const QString &key)
{
    for (const auto &entry : kKeys) {
        if (key == QLatin1String(entry.key)) {
            return entry.status;
        }
    }
    return std::nullopt;
}

QString StepStatusText::display(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return tr("Pending");
    case StepStatus::Checking:
        return tr("Checking");
    case StepStatus::Running:
        return tr("Running");
    case StepStatus::Waiting:
        return tr("Waiting");
    case StepStatus::Done:
        return tr("Done");
    case StepStatus::AlreadyDone:
        return tr("Already done");
    case StepStatus::Failed:
        return tr("Failed");
    case StepStatus::NeedsYou:
        return tr("Needs you");
    case StepStatus::Skipped:
        return tr("Skipped");
    case StepStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

bool StepStatusText::isComplete(StepStatus status)
{
    return status == StepStatus::Done || status == StepStatus::AlreadyDone || status == StepStatus::Skipped;
}

bool StepStatusText::isActive(StepStatus status)
{
    return status == StepStatus::Checking || status == StepStatus::Running || status == StepStatus::Waiting;
}

} // namespace CrossKey::Wizard
