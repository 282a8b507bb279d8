// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/consoleurlopener.h"
#include "app/headless/headlessmodelist.h"
#include "app/headless/modeinputs.h"
#include "wizard/customergrantplan.h"
#include "wizard/invitation.h"
#include "wizard/keygrant.h"

#include <QCommandLineParser>
#include <QDir>

namespace CrossKey::App::Headless {

namespace {

using Wizard::ContextField;

// The plan's admin-consent page is printed, never opened: one opener for the process.
ConsoleUrlOpener *consoleOpener()
{
    static ConsoleUrlOpener opener;
    return &opener;
}

} // namespace

// The customer's phase 2 (issue 8): reads the ISV's invitation, installs the app, makes the vault and key and
// grants the app; leaves the key grant for the ISV.
HeadlessMode customerGrantMode()
{
    HeadlessMode mode;
    mode.name = QString(Wizard::CustomerGrant::kPlanId);
    mode.summary = ModeInputs::tr("Customer: install the ISV's application, create or reuse the vault and key, grant "
                                  "the application; write the key grant for the ISV.");
    mode.options = {
        {QStringLiteral("invitation"), ModeInputs::tr("The invitation file the ISV sent."), ModeInputs::tr("file")},
        {QStringLiteral("subscription"), ModeInputs::tr("Your subscription id for the vault."), ModeInputs::tr("id")},
        {QStringLiteral("resource-group"), ModeInputs::tr("The vault's resource group (created if missing)."),
         ModeInputs::tr("name")},
        {QStringLiteral("location"), ModeInputs::tr("The region, e.g. eastus."), ModeInputs::tr("region")},
        {QStringLiteral("vault-name"), ModeInputs::tr("The key vault (reused when it exists)."),
         ModeInputs::tr("name")},
        {QStringLiteral("key-name"), ModeInputs::tr("The key (reused when it exists)."), ModeInputs::tr("name")},
        {QStringLiteral("key-size"), ModeInputs::tr("RSA key size of a new key: 2048, 3072 (default) or 4096."),
         ModeInputs::tr("bits"), QStringLiteral("3072")},
        {QStringLiteral("out"), ModeInputs::tr("Write the key grant for the ISV to this file."),
         ModeInputs::tr("file")},
    };
    mode.required = {QStringLiteral("invitation"), QStringLiteral("subscription"), QStringLiteral("resource-group"),
                     QStringLiteral("location"),   QStringLiteral("vault-name"),   QStringLiteral("key-name")};
    mode.requiredToRun = {QStringLiteral("out")};
    mode.signedInTenant = ContextField::CustomerTenantId;
    mode.inputs = [](const QCommandLineParser &parser) {
        Wizard::RunContext inputs;
        ModeInputs::setIfGiven(inputs, ContextField::SubscriptionId, parser, QStringLiteral("subscription"));
        ModeInputs::setIfGiven(inputs, ContextField::ResourceGroup, parser, QStringLiteral("resource-group"));
        ModeInputs::setIfGiven(inputs, ContextField::Location, parser, QStringLiteral("location"));
        ModeInputs::setIfGiven(inputs, ContextField::VaultName, parser, QStringLiteral("vault-name"));
        ModeInputs::setIfGiven(inputs, ContextField::KeyName, parser, QStringLiteral("key-name"));
        inputs.keySize = parser.value(QStringLiteral("key-size")).trimmed();
        return inputs;
    };
    mode.prepare = [](Wizard::RunContext inputs, const Azure::Cloud &cloud,
                      const QCommandLineParser &parser) -> Azure::Result<Wizard::RunContext> {
        const auto invitation = Wizard::Invitation::load(parser.value(QStringLiteral("invitation")));
        if (!invitation) {
            return ModeInputs::invalid(invitation.error().message());
        }
        if (const auto sameCloud = invitation.value().checkCloud(cloud); !sameCloud) {
            return ModeInputs::invalid(sameCloud.error().message());
        }
        return Wizard::CustomerGrant::inputsFrom(invitation.value(), inputs);
    };
    mode.checkInputs = [](const Wizard::RunContext &inputs) {
        Wizard::PreflightProblems problems;
        ModeInputs::checkStorageAccount(problems, inputs); // subscription and group
        ModeInputs::checkVaultAndKey(problems, inputs);
        return problems;
    };
    mode.createPlan = [](const Wizard::RunContext &inputs, Azure::TenantConnection *customer, QObject *parent) {
        return Wizard::CustomerGrant::createPlan(inputs, customer, consoleOpener(), parent);
    };
    mode.script = [](const Wizard::Plan &plan) { return Wizard::CustomerGrant::equivalentScript(plan); };
    mode.finish = [](const Wizard::Plan &plan, const Azure::Cloud &cloud,
                     const QCommandLineParser &parser) -> Azure::Result<QString> {
        const auto grant = Wizard::KeyGrant::fromContext(plan.context(), cloud);
        if (!grant) {
            return grant.error();
        }
        const QString path = parser.value(QStringLiteral("out"));
        if (const auto saved = grant.value().save(path); !saved) {
            return saved.error();
        }
        return QString(ModeInputs::tr("Key grant written to %1:").arg(QDir::toNativeSeparators(path)) +
                       QLatin1String("\n\n") + grant.value().toText());
    };
    return mode;
}

} // namespace CrossKey::App::Headless
