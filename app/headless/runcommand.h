// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/headless/headlessmode.h"
#include "azure/accountsession.h"
#include "azure/cloud.h"
#include "wizard/runner.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {
class Plan;
}

namespace CrossKey::App {
class AppServices;
}

namespace CrossKey::App::Headless {

// RunCommand is one `crosskey run <mode>` without a window: it resolves the cloud, checks the inputs offline,
// signs in (the saved sign-in of that cloud + tenant, else a device code printed to stderr), runs the mode's
// read-only preflight, then either prints the steps, what already exists and the equivalent CLI script
// (--dry-run), or runs the plan — resuming saved progress of the same plan and inputs — with one line per status
// change, and finally the mode's result (e.g. the invitation file). finished() carries the exit code (exitcode.h).
class RunCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCommand)

public:
    struct Settings
    {
        QString cloud;  // --cloud
        QString tenant; // --tenant: an id or a domain
        bool dryRun = false;
    };

    // `parser` (the mode's options) and `services` must outlive the command.
    RunCommand(HeadlessMode mode, Settings settings, const QCommandLineParser &parser, AppServices *services,
               QObject *parent = nullptr);
    ~RunCommand() override;

    void start();
    // Ctrl+C or SIGTERM: cancels the step in flight (its progress is saved) and ends with exit code 1; a
    // second interrupt, or one before the run started, ends at once.
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void resolveCloud();
    void checkOffline();
    void signIn();
    void signInWithDeviceCode();
    void useSession(Azure::AccountSession *session);
    void preflight();
    void dryRun();
    void run();
    void runFinished(Wizard::Runner::Outcome outcome);
    // Prints the error and ends with `code`, or the code for the error's kind.
    void fail(const Azure::AzureError &error, std::optional<int> code = std::nullopt);
    bool reportProblems(const Wizard::PreflightProblems &problems);
    void exit(int code);

    HeadlessMode m_mode;
    Settings m_settings;
    const QCommandLineParser &m_parser;
    AppServices *m_services;
    Azure::Cloud m_cloud;
    Wizard::RunContext m_inputs;
    QPointer<Azure::AccountSession> m_session;
    QPointer<Azure::TenantConnection> m_connection;
    QPointer<Wizard::Plan> m_plan;
    std::unique_ptr<Wizard::Runner> m_runner;
    bool m_interrupted = false;
    bool m_exited = false;
};

} // namespace CrossKey::App::Headless
