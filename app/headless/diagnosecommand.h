// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/cloud.h"
#include "wizard/diagnosereportformat.h"
#include "wizard/diagnosis.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace CrossKey::App {
class AppServices;
}

namespace CrossKey::App::Headless {

// `crosskey diagnose …` from the command line (docs/headless.md): the options into a DiagnoseCommand, run to its
// exit code. Needs the QCoreApplication.
int diagnoseMain(const QStringList &arguments);

// DiagnoseCommand is one `crosskey diagnose` without a window: it resolves the cloud, signs in to each tenant
// given (saved sign-in or device code; a tenant that cannot be signed in to leaves its checks "not checked"), runs
// the read-only Diagnosis and writes the report to stdout or a file. finished() carries
// DiagnosisReport::exitCode(): 0 healthy, 1 warnings or unchecked links, 2 a failure, 3 nothing could be checked.
class DiagnoseCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseCommand)

public:
    struct Settings
    {
        QString cloud;
        QString isvTenant;            // empty: the ISV side is not checked
        QString customerTenant;       // empty: the customer side is not checked
        Wizard::DiagnoseInput target; // without connections
        Wizard::DiagnoseReportFormat::Format format = Wizard::DiagnoseReportFormat::Text;
        QString outputPath; // empty: stdout
    };

    DiagnoseCommand(Settings settings, AppServices *services, QObject *parent = nullptr);

    void start();
    // Ctrl+C or SIGTERM: stops at once; nothing was changed, so nothing is left to save.
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void signInNext();
    void diagnose();
    void report(const Wizard::DiagnosisReport &report);
    void exit(int code);

    Settings m_settings;
    AppServices *m_services;
    Azure::Cloud m_cloud;
    QStringList m_tenantsToSignIn; // "isv" / "customer", in order
    QPointer<Wizard::Diagnosis> m_diagnosis;
    bool m_exited = false;
};

} // namespace CrossKey::App::Headless
