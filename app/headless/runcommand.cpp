// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/runcommand.h"

#include "app/appservices.h"
#include "app/headless/console.h"
#include "app/headless/exitcode.h"
#include "azure/cloudresolvejob.h"
#include "azure/signinoperation.h"
#include "azure/signinservice.h"
#include "azure/tenantconnection.h"
#include "wizard/consolereporter.h"
#include "wizard/invitation.h"
#include "wizard/plan.h"
#include "wizard/plancheckjob.h"
#include "wizard/progressstore.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimer>

namespace CrossKey::App::Headless {

namespace {

bool isGuid(const QString &value)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(value).hasMatch();
}

QString findingText(Wizard::PlanCheckJob::Finding finding)
{
    switch (finding) {
    case Wizard::PlanCheckJob::Finding::Exists:
        return RunCommand::tr("exists, will be reused");
    case Wizard::PlanCheckJob::Finding::WillCreate:
        return RunCommand::tr("will be created");
    case Wizard::PlanCheckJob::Finding::NotChecked:
        return RunCommand::tr("not checked: depends on an earlier step");
    case Wizard::PlanCheckJob::Finding::NeedsYou:
        return RunCommand::tr("needs you");
    case Wizard::PlanCheckJob::Finding::NotApplicable:
        return RunCommand::tr("not needed");
    case Wizard::PlanCheckJob::Finding::Failed:
        return RunCommand::tr("could not be checked");
    }
    return {};
}

} // namespace

RunCommand::RunCommand(HeadlessMode mode, Settings settings, const QCommandLineParser &parser, AppServices *services,
                       QObject *parent)
    : QObject(parent)
    , m_mode(std::move(mode))
    , m_settings(std::move(settings))
    , m_parser(parser)
    , m_services(services)
{}

RunCommand::~RunCommand() = default;

void RunCommand::start()
{
    m_inputs = m_mode.inputs(m_parser);
    resolveCloud();
}

void RunCommand::resolveCloud()
{
    auto *job = new Azure::CloudResolveJob(m_services->network(), m_settings.cloud, this);
    connect(job, &Azure::CloudResolveJob::finished, this, [this](const Azure::CloudResult &cloud) {
        if (!cloud) {
            // Whatever kept the cloud's metadata from us (no answer, an HTML page, a bad document): unreachable.
            const bool badInput = cloud.error().kind() == Azure::AzureError::Kind::InvalidInput;
            fail(cloud.error(), badInput ? BadInput : Unreachable);
            return;
        }
        m_cloud = cloud.value();
        m_inputs.cloud = Wizard::Invitation::cloudNameFor(m_cloud);
        if (m_mode.prepare) {
            auto prepared = m_mode.prepare(m_inputs, m_cloud, m_parser);
            if (!prepared) {
                const bool badFile = prepared.error().kind() == Azure::AzureError::Kind::InvalidInput;
                if (badFile) {
                    Console::err(tr("Error: %1").arg(prepared.error().message()));
                    Console::err(tr("Nothing was changed."));
                    exit(BadInput);
                } else {
                    fail(prepared.error());
                }
                return;
            }
            m_inputs = prepared.value();
        }
        checkOffline();
    });
    job->start();
}

void RunCommand::checkOffline()
{
    // Names and ids are checked before anyone signs in; the tenant id is known only after sign-in, so a
    // stand-in GUID takes its place and its own problems are left to the preflight.
    Wizard::RunContext probe = m_inputs;
    probe.set(m_mode.signedInTenant,
              isGuid(m_settings.tenant) ? m_settings.tenant : QStringLiteral("00000000-0000-0000-0000-000000000000"));
    Wizard::PreflightProblems problems = m_mode.checkInputs(probe);
    problems.removeIf([this](const Wizard::PreflightProblem &problem) {
        return problem.field == m_mode.signedInTenant || problem.field == Wizard::ContextField::Cloud;
    });
    if (reportProblems(problems)) {
        return;
    }
    if (m_services->isReady()) {
        signIn();
        return;
    }
    connect(m_services, &AppServices::ready, this, &RunCommand::signIn, Qt::SingleShotConnection);
    m_services->start();
}

void RunCommand::signIn()
{
    if (!m_services->usesKeychain()) {
        Console::err(tr("No saved sign-in is looked for: the keychain is not available."));
        signInWithDeviceCode();
        return;
    }
    Azure::SignInOperation *restore = m_services->signIn()->restore(m_cloud, m_settings.tenant);
    connect(restore, &Azure::SignInOperation::accountFound, this,
            [](const QString &username) { Console::err(tr("Using the saved sign-in of %1.").arg(username)); });
    connect(restore, &Azure::SignInOperation::finished, this, [this](const Azure::SessionResult &result) {
        if (result) {
            useSession(result.value());
            return;
        }
        if (result.error().code() != QLatin1String("NoSavedAccount")) {
            Console::err(tr("The saved sign-in cannot be used: %1").arg(result.error().summary()));
        }
        signInWithDeviceCode();
    });
    restore->start();
}

void RunCommand::signInWithDeviceCode()
{
    Azure::SignInRequest request;
    request.cloud = m_cloud;
    request.tenant = m_settings.tenant;
    Azure::SignInOperation *operation = m_services->signIn()->signIn(request, Azure::SignInService::Method::DeviceCode);
    connect(operation, &Azure::SignInOperation::deviceCodeReady, this, [](const Azure::DeviceCodePrompt &prompt) {
        // The service's own message is already in the user's language; ours only when there is none.
        Console::err(prompt.message.isEmpty() ? tr("To sign in, open %1 and enter the code %2")
                                                    .arg(prompt.verificationUri.toString(), prompt.userCode)
                                              : prompt.message);
    });
    connect(operation, &Azure::SignInOperation::finished, this, [this](const Azure::SessionResult &result) {
        if (!result) {
            Console::err(tr("Could not sign in to %1.").arg(m_settings.tenant));
            fail(result.error());
            return;
        }
        useSession(result.value());
    });
    operation->start();
}

void RunCommand::useSession(Azure::AccountSession *session)
{
    m_session = session;
    Console::err(tr("Signed in to tenant %1 as %2.").arg(session->account().tenantId, session->account().username));
    m_connection = m_services->signIn()->connection(session);
    m_inputs.set(m_mode.signedInTenant, session->account().tenantId);
    if (!m_mode.resolve) {
        preflight();
        return;
    }
    m_mode.resolve(m_inputs, m_connection, this, [this](const Azure::Result<Wizard::RunContext> &resolved) {
        if (!resolved) {
            // Nothing was changed: the inputs could not be completed (or Azure could not be reached to do it).
            fail(resolved.error(), exitCodeFor(resolved.error()) == Unreachable ? Unreachable : BadInput);
            return;
        }
        m_inputs = resolved.value();
        preflight();
    });
}

void RunCommand::preflight()
{
    auto checked = [this](const Wizard::PreflightProblems &problems) {
        if (reportProblems(problems)) {
            return;
        }
        m_plan = m_mode.createPlan(m_inputs, m_connection, this);
        if (const auto valid = m_plan->validate(); !valid) {
            fail(valid.error());
            return;
        }
        if (m_settings.dryRun) {
            dryRun();
        } else {
            run();
        }
    };
    if (!m_mode.preflight) {
        checked({});
        return;
    }
    Console::err(tr("Checking the inputs against Azure…"));
    m_mode.preflight(m_inputs, m_connection, this, checked);
}

bool RunCommand::reportProblems(const Wizard::PreflightProblems &problems)
{
    if (problems.isEmpty()) {
        return false;
    }
    int otherCode = 0; // a check that could not be made (network, rights) says more than "bad input"
    for (const Wizard::PreflightProblem &problem : problems) {
        Console::err(tr("Error: %1").arg(problem.error.message()));
        QStringList lines = Wizard::ConsoleReporter::errorLines(problem.error, QStringLiteral("  "));
        lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("  cause: ")); });
        Console::err(lines);
        if (problem.error.kind() != Azure::AzureError::Kind::InvalidInput) {
            otherCode = std::max(otherCode, int(exitCodeFor(problem.error)));
        }
    }
    Console::err(tr("Nothing was changed."));
    exit(otherCode != 0 ? otherCode : BadInput);
    return true;
}

void RunCommand::dryRun()
{
    Console::out(tr("Dry run of %1: nothing is created or changed.").arg(m_plan->title()));
    auto *check = new Wizard::PlanCheckJob(m_plan, this);
    connect(check, &Wizard::PlanCheckJob::stepChecked, this,
            [this](int index, Wizard::PlanCheckJob::Finding finding, const Wizard::StepOutcome &outcome) {
                const Wizard::Step *step = m_plan->steps().at(index);
                QString line = tr("[%1/%2] %3: %4")
                                   .arg(index + 1)
                                   .arg(m_plan->steps().size())
                                   .arg(step->title(), findingText(finding));
                const QString detail = finding == Wizard::PlanCheckJob::Finding::Failed ? outcome.error.summary()
                                       : outcome.reason.isEmpty() ? outcome.evidence.join(QStringLiteral("; "))
                                                                  : outcome.reason;
                if (!detail.isEmpty()) {
                    line = tr("%1 — %2").arg(line, detail);
                }
                Console::out(line);
            });
    connect(check, &Wizard::PlanCheckJob::finished, this, [this] {
        Console::out(QString());
        Console::out(tr("Equivalent Azure CLI script:"));
        Console::out(m_mode.script(*m_plan));
        exit(Done);
    });
    check->start();
}

void RunCommand::run()
{
    m_runner = std::make_unique<Wizard::Runner>(*m_plan, m_services->clock(),
                                                Wizard::ProgressStore(Wizard::ProgressStore::defaultDirectory()));
    const auto restored = m_runner->restore();
    if (!restored) {
        Console::err(tr("Saved progress could not be read: %1").arg(restored.error().summary()));
        Console::err(restored.error().hint());
    } else if (restored.value() > 0) {
        Console::out(tr("Resuming: %1 of %2 steps were completed by an earlier run.")
                         .arg(restored.value())
                         .arg(m_runner->stepCount()));
    }
    auto *reporter = new Wizard::ConsoleReporter(m_runner.get(), this);
    connect(reporter, &Wizard::ConsoleReporter::lineReady, this, [](const QString &line) { Console::out(line); });
    connect(m_runner.get(), &Wizard::Runner::progressNotSaved, this, [](const Azure::AzureError &error) {
        Console::err(tr("Progress could not be saved, so this run may not be resumable: %1").arg(error.summary()));
    });
    connect(m_runner.get(), &Wizard::Runner::finished, this, &RunCommand::runFinished);
    m_runner->start();
}

void RunCommand::runFinished(Wizard::Runner::Outcome outcome)
{
    switch (outcome) {
    case Wizard::Runner::Outcome::Completed: {
        const auto result = m_mode.finish(*m_plan, m_cloud, m_parser);
        if (!result) {
            fail(result.error());
            return;
        }
        Console::out(QString());
        Console::out(result.value());
        exit(Done);
        return;
    }
    case Wizard::Runner::Outcome::NeedsYou: {
        const Wizard::StepState state = m_runner->state(m_runner->currentIndex());
        Console::err(tr("Stopped: a step needs you. %1").arg(state.reason));
        Console::err(tr("Run the same command again when that is done; it continues where it stopped."));
        exit(Failed);
        return;
    }
    case Wizard::Runner::Outcome::Failed:
    case Wizard::Runner::Outcome::Cancelled: {
        const auto error = m_runner->lastError();
        Console::err(tr("Stopped: %1").arg(error ? error->summary() : tr("the run did not complete.")));
        Console::err(tr("Progress is saved: run the same command again to continue."));
        exit(error && exitCodeFor(*error) == Unreachable ? Unreachable : Failed);
        return;
    }
    }
}

void RunCommand::interrupt()
{
    if (m_runner && m_runner->isRunning() && !std::exchange(m_interrupted, true)) {
        Console::err(tr("Cancelling the step in flight…"));
        m_runner->cancel();
        return;
    }
    Console::err(tr("Cancelled."));
    exit(Failed);
}

void RunCommand::fail(const Azure::AzureError &error, std::optional<int> code)
{
    Console::err(tr("Error: %1").arg(error.summary()));
    QStringList lines = Wizard::ConsoleReporter::errorLines(error, QStringLiteral("  "));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("  cause: ")); });
    Console::err(lines);
    exit(code.value_or(exitCodeFor(error)));
}

void RunCommand::exit(int code)
{
    if (std::exchange(m_exited, true)) {
        return;
    }
    // Later, so that whatever reported the end has returned before the caller tears things down.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

} // namespace CrossKey::App::Headless
