// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"
#include "wizard/isvpreparepreflight.h"
#include "wizard/runcontext.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class QObject;

namespace CrossKey::Azure {
class Cloud;
class TenantConnection;
} // namespace CrossKey::Azure

namespace CrossKey::Wizard {
class Plan;
}

namespace CrossKey::App::Headless {

// HeadlessMode is one row of `crosskey run`'s mode table: the mode's options, how they become plan inputs,
// the plan factory, the read-only preflight, and what a completed run leaves behind (a file, a text). The
// common part — cloud, tenant, sign-in, progress, reporting, exit codes — is RunCommand's, so a new mode
// (customer-grant, isv-bind, manage actions) is a new row.
struct HeadlessMode
{
    using Preflight = std::function<void(const Wizard::RunContext &inputs, Azure::TenantConnection *connection,
                                         QObject *context, std::function<void(const Wizard::PreflightProblems &)>)>;

    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    QStringList required;      // option names every run needs
    QStringList requiredToRun; // option names needed unless --dry-run
    // The mode's inputs from its options; Cloud and TenantId are set by RunCommand after sign-in.
    std::function<Wizard::RunContext(const QCommandLineParser &)> inputs;
    // Input checks without Azure (names, GUIDs), before sign-in.
    std::function<Wizard::PreflightProblems(const Wizard::RunContext &)> checkInputs;
    // Read-only checks against Azure before anything is created; empty problems: go.
    Preflight preflight;
    std::function<Wizard::Plan *(const Wizard::RunContext &, Azure::TenantConnection *, QObject *)> createPlan;
    std::function<QString(const Wizard::Plan &)> script;
    // After a completed run: write the mode's file and return the text to print.
    std::function<Azure::Result<QString>(const Wizard::Plan &, const Azure::Cloud &, const QCommandLineParser &)>
        finish;
};

// The modes `crosskey run` knows, in the order `crosskey run --help` lists them.
QList<HeadlessMode> headlessModes();

} // namespace CrossKey::App::Headless
