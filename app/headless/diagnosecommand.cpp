// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/diagnosecommand.h"

#include "app/appservices.h"
#include "app/headless/console.h"
#include "app/headless/exitcode.h"
#include "app/headless/tenantsignin.h"
#include "azure/cloudresolvejob.h"
#include "wizard/consolereporter.h"

#include <QFile>
#include <QSaveFile>
#include <QTimer>

namespace CrossKey::App::Headless {

namespace {

const QString kIsv = QStringLiteral("isv");
const QString kCustomer = QStringLiteral("customer");

} // namespace

DiagnoseCommand::DiagnoseCommand(Settings settings, AppServices *services, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_services(services)
{
    if (!m_settings.isvTenant.isEmpty()) {
        m_tenantsToSignIn.append(kIsv);
    }
    if (!m_settings.customerTenant.isEmpty()) {
        m_tenantsToSignIn.append(kCustomer);
    }
}

void DiagnoseCommand::start()
{
    auto *job = new Azure::CloudResolveJob(m_services->network(), m_settings.cloud, this);
    connect(job, &Azure::CloudResolveJob::finished, this, [this](const Azure::CloudResult &cloud) {
        if (!cloud) {
            Console::err(tr("Error: %1").arg(cloud.error().summary()));
            Console::err(Wizard::ConsoleReporter::errorLines(cloud.error(), QStringLiteral("  ")));
            // Nothing could be checked: the cloud itself did not answer (or was not one).
            exit(cloud.error().kind() == Azure::AzureError::Kind::InvalidInput ? BadInput : Unreachable);
            return;
        }
        m_cloud = cloud.value();
        if (m_services->isReady()) {
            signInNext();
            return;
        }
        connect(m_services, &AppServices::ready, this, &DiagnoseCommand::signInNext, Qt::SingleShotConnection);
        m_services->start();
    });
    job->start();
}

void DiagnoseCommand::signInNext()
{
    if (m_tenantsToSignIn.isEmpty()) {
        diagnose();
        return;
    }
    const QString side = m_tenantsToSignIn.takeFirst();
    const QString tenant = side == kIsv ? m_settings.isvTenant : m_settings.customerTenant;
    auto *signIn = new TenantSignIn(m_services, m_cloud, tenant, this);
    connect(signIn, &TenantSignIn::finished, this,
            [this, side, tenant, signIn](const Azure::Result<Azure::TenantConnection *> &connection) {
                signIn->deleteLater();
                if (!connection) {
                    Console::err(tr("Could not sign in to %1: %2").arg(tenant, connection.error().summary()));
                    Console::err(tr("Its side of the chain is not checked."));
                } else if (side == kIsv) {
                    m_settings.target.isv = connection.value();
                } else {
                    m_settings.target.customer = connection.value();
                }
                signInNext();
            });
    signIn->start();
}

void DiagnoseCommand::diagnose()
{
    Console::err(tr("Diagnosing (read-only)…"));
    m_diagnosis = new Wizard::Diagnosis(m_settings.target, m_services->clock(), this);
    connect(m_diagnosis, &Wizard::Diagnosis::finished, this, &DiagnoseCommand::report);
    m_diagnosis->start();
}

void DiagnoseCommand::report(const Wizard::DiagnosisReport &report)
{
    const QByteArray rendered = Wizard::DiagnoseReportFormat::render(report, m_settings.format);
    if (m_settings.outputPath.isEmpty()) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly)) {
            out.write(rendered);
            if (!rendered.endsWith('\n')) {
                out.write("\n");
            }
            out.flush();
        }
    } else {
        QSaveFile file(m_settings.outputPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(rendered) != rendered.size() || !file.commit()) {
            Console::err(
                tr("Error: could not write the report to %1: %2").arg(m_settings.outputPath, file.errorString()));
            exit(Failed);
            return;
        }
        Console::err(tr("Report written to %1.").arg(m_settings.outputPath));
    }
    Console::err(tr("Diagnosis: %1.").arg(report.summary()));
    exit(report.exitCode());
}

void DiagnoseCommand::interrupt()
{
    if (m_diagnosis) {
        m_diagnosis->cancel();
    }
    Console::err(tr("Cancelled."));
    exit(Failed);
}

void DiagnoseCommand::exit(int code)
{
    if (std::exchange(m_exited, true)) {
        return;
    }
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

} // namespace CrossKey::App::Headless
