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
    // Optional, once the cloud is known and before sign-in: inputs from the files the mode reads (an invitation,
    // a key grant), checked against the cloud. An error ends the run (InvalidInput: exit 2, nothing changed).
    std::function<Azure::Result<Wizard::RunContext>(Wizard::RunContext inputs, const Azure::Cloud &cloud,
                                                    const QCommandLineParser &)>
        prepare;
    // The field the signed-in tenant's id goes to: TenantId, or CustomerTenantId when the ISV's comes from a file.
    Wizard::ContextField signedInTenant = Wizard::ContextField::TenantId;
    // Optional, after sign-in and before the preflight: inputs found with read-only calls (the bind's identity).
    using Resolve =
        std::function<void(const Wizard::RunContext &inputs, Azure::TenantConnection *connection, QObject *context,
                           std::function<void(const Azure::Result<Wizard::RunContext> &)>)>;
    Resolve resolve;
    // Read-only checks against Azure before anything is created; empty problems: go.
    Preflight preflight; // optional
    std::function<Wizard::Plan *(const Wizard::RunContext &, Azure::TenantConnection *, QObject *)> createPlan;
    std::function<QString(const Wizard::Plan &)> script;
    // After a completed run: write the mode's file and return the text to print.
    std::function<Azure::Result<QString>(const Wizard::Plan &, const Azure::Cloud &, const QCommandLineParser &)>
        finish;
};

// The modes `crosskey run` knows, in the order `crosskey run --help` lists them.
QList<HeadlessMode> headlessModes();

} // namespace CrossKey::App::Headless
