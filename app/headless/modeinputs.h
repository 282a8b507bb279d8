// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/headless/headlessmode.h"

#include <QCoreApplication>

class QRegularExpression;

namespace CrossKey::App::Headless {

// ModeInputs holds what the mode rows share: options to context fields, and the offline checks of the values.
class ModeInputs final
{
    Q_DECLARE_TR_FUNCTIONS(Headless)

public:
    ModeInputs() = delete;

    static void setIfGiven(Wizard::RunContext &inputs, Wizard::ContextField field, const QCommandLineParser &parser,
                           const QString &option);
    // Adds a problem when `field` is set and is not a GUID.
    static void checkGuid(Wizard::PreflightProblems &problems, const Wizard::RunContext &inputs,
                          Wizard::ContextField field, const QString &option);
    // Adds a problem with `rule` when `field` is set and does not match `pattern` whole.
    static void checkPattern(Wizard::PreflightProblems &problems, const Wizard::RunContext &inputs,
                             Wizard::ContextField field, const QRegularExpression &pattern, const QString &rule);
    static void checkStorageAccount(Wizard::PreflightProblems &problems, const Wizard::RunContext &inputs);
    static void checkVaultAndKey(Wizard::PreflightProblems &problems, const Wizard::RunContext &inputs);
    static Azure::AzureError invalid(const QString &message);
};

} // namespace CrossKey::App::Headless
