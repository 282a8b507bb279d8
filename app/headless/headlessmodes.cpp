// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/headlessmode.h"
#include "app/headless/headlessmodelist.h"
#include "wizard/invitation.h"
#include "wizard/isvprepareplan.h"
#include "wizard/isvpreparepreflight.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace CrossKey::App::Headless {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

void setIfGiven(Wizard::RunContext &inputs, Wizard::ContextField field, const QCommandLineParser &parser,
                const QString &option)
{
    if (parser.isSet(option)) {
        inputs.set(field, parser.value(option).trimmed());
    }
}

// Phase 1 of the ISV (issue 7): resource group, provider, multitenant app, identity, federated credential,
// storage feature; leaves the invitation file for the customer.
HeadlessMode isvPrepare()
{
    HeadlessMode mode;
    mode.name = QString(Wizard::IsvPrepare::kPlanId);
    mode.summary = Text::tr("Prepare the ISV tenant: multitenant app, managed identity and federated credential; "
                            "write the invitation for the customer.");
    mode.options = {
        {QStringLiteral("subscription"), Text::tr("The ISV subscription id."), Text::tr("id")},
        {QStringLiteral("resource-group"), Text::tr("The resource group for the identity (created if missing)."),
         Text::tr("name")},
        {QStringLiteral("location"), Text::tr("The region, e.g. eastus."), Text::tr("region")},
        {QStringLiteral("app-name"), Text::tr("The display name of the multitenant app."), Text::tr("name")},
        {QStringLiteral("app-id"), Text::tr("Use this existing app (client id) instead of creating one."),
         Text::tr("id")},
        {QStringLiteral("identity-name"), Text::tr("The name of the user-assigned managed identity."),
         Text::tr("name")},
        {QStringLiteral("out"), Text::tr("Write the invitation for the customer to this file."), Text::tr("file")},
    };
    mode.required = {QStringLiteral("subscription"), QStringLiteral("resource-group"), QStringLiteral("location"),
                     QStringLiteral("app-name"), QStringLiteral("identity-name")};
    mode.requiredToRun = {QStringLiteral("out")};
    mode.inputs = [](const QCommandLineParser &parser) {
        Wizard::RunContext inputs;
        setIfGiven(inputs, Wizard::ContextField::SubscriptionId, parser, QStringLiteral("subscription"));
        setIfGiven(inputs, Wizard::ContextField::ResourceGroup, parser, QStringLiteral("resource-group"));
        setIfGiven(inputs, Wizard::ContextField::Location, parser, QStringLiteral("location"));
        setIfGiven(inputs, Wizard::ContextField::AppName, parser, QStringLiteral("app-name"));
        setIfGiven(inputs, Wizard::ContextField::AppId, parser, QStringLiteral("app-id"));
        setIfGiven(inputs, Wizard::ContextField::IdentityName, parser, QStringLiteral("identity-name"));
        return inputs;
    };
    mode.checkInputs = [](const Wizard::RunContext &inputs) {
        return Wizard::IsvPreparePreflight::checkInputs(inputs);
    };
    mode.preflight = [](const Wizard::RunContext &inputs, Azure::TenantConnection *isv, QObject *context,
                        std::function<void(const Wizard::PreflightProblems &)> done) {
        auto *job = new Wizard::IsvPreparePreflight(inputs, isv, context);
        QObject::connect(job, &Wizard::IsvPreparePreflight::finished, context, std::move(done));
        job->start();
    };
    mode.createPlan = [](const Wizard::RunContext &inputs, Azure::TenantConnection *isv, QObject *parent) {
        return Wizard::IsvPrepare::createPlan(inputs, isv, parent);
    };
    mode.script = [](const Wizard::Plan &plan) { return Wizard::IsvPrepare::equivalentScript(plan); };
    mode.finish = [](const Wizard::Plan &plan, const Azure::Cloud &cloud,
                     const QCommandLineParser &parser) -> Azure::Result<QString> {
        const auto invitation = Wizard::Invitation::fromContext(plan.context(), cloud);
        if (!invitation) {
            return invitation.error();
        }
        const QString path = parser.value(QStringLiteral("out"));
        if (const auto saved = invitation.value().save(path); !saved) {
            return saved.error();
        }
        return QString(Text::tr("Invitation written to %1:").arg(QDir::toNativeSeparators(path)) +
                       QLatin1String("\n\n") + invitation.value().toText());
    };
    return mode;
}

} // namespace

QList<HeadlessMode> headlessModes()
{
    return QList<HeadlessMode>{isvPrepare(), customerGrantMode(), isvBindMode()} + manageModes();
}

} // namespace CrossKey::App::Headless
