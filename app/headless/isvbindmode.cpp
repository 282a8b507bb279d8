// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/headlessmodelist.h"
#include "app/headless/modeinputs.h"
#include "wizard/bindidentityresolver.h"
#include "wizard/isvbindplan.h"
#include "wizard/keygrant.h"

#include <QCommandLineParser>

namespace CrossKey::App::Headless {

namespace {

using Wizard::ContextField;

// Without --identity the bind's identity is the one the app's federated credential names (BindIdentityResolver).
void resolveIdentity(const Wizard::RunContext &inputs, Azure::TenantConnection *isv, QObject *context,
                     std::function<void(const Azure::Result<Wizard::RunContext> &)> done)
{
    if (inputs.identityResourceId || inputs.identityName) {
        done(inputs);
        return;
    }
    auto *resolver = new Wizard::BindIdentityResolver(isv, inputs, context);
    QObject::connect(resolver, &Wizard::StepJob::finished, context,
                     [inputs, resolver, done = std::move(done)](const Wizard::StepOutcome &outcome) {
                         resolver->deleteLater();
                         if (outcome.kind != Wizard::StepOutcome::Kind::Done) {
                             done(outcome.kind == Wizard::StepOutcome::Kind::Failed
                                      ? outcome.error
                                      : ModeInputs::invalid(outcome.reason));
                             return;
                         }
                         Wizard::RunContext resolved = inputs;
                         resolved.merge(outcome.outputs);
                         done(resolved);
                     });
    resolver->start();
}

} // namespace

// The ISV's phase 3 (issue 9): the storage account (created when missing and --location is given), the identity
// attached, encryption with the customer's key from the key grant, and a check that it reads.
HeadlessMode isvBindMode()
{
    HeadlessMode mode;
    mode.name = QString(Wizard::IsvBind::kPlanId);
    mode.summary = ModeInputs::tr("ISV: encrypt a storage account with the customer's key from their key grant.");
    mode.options = {
        {QStringLiteral("key-grant"), ModeInputs::tr("The key grant file the customer sent."), ModeInputs::tr("file")},
        {QStringLiteral("subscription"), ModeInputs::tr("The ISV subscription id."), ModeInputs::tr("id")},
        {QStringLiteral("resource-group"), ModeInputs::tr("The storage account's resource group."),
         ModeInputs::tr("name")},
        {QStringLiteral("storage-account"), ModeInputs::tr("The storage account to encrypt."), ModeInputs::tr("name")},
        {QStringLiteral("location"), ModeInputs::tr("Create the storage account in this region when it is missing."),
         ModeInputs::tr("region")},
        {QStringLiteral("identity"),
         ModeInputs::tr("The user-assigned identity: a name in the resource group or a resource id. Default: the one "
                        "the app's federated credential names."),
         ModeInputs::tr("identity")},
        {QStringLiteral("pin-version"),
         ModeInputs::tr("Keep the key version in use instead of following the key's newest version.")},
    };
    mode.required = {QStringLiteral("key-grant"), QStringLiteral("subscription"), QStringLiteral("resource-group"),
                     QStringLiteral("storage-account")};
    mode.inputs = [](const QCommandLineParser &parser) {
        Wizard::RunContext inputs;
        ModeInputs::setIfGiven(inputs, ContextField::SubscriptionId, parser, QStringLiteral("subscription"));
        ModeInputs::setIfGiven(inputs, ContextField::ResourceGroup, parser, QStringLiteral("resource-group"));
        ModeInputs::setIfGiven(inputs, ContextField::StorageAccountName, parser, QStringLiteral("storage-account"));
        ModeInputs::setIfGiven(inputs, ContextField::Location, parser, QStringLiteral("location"));
        const QString identity = parser.value(QStringLiteral("identity")).trimmed();
        if (identity.startsWith(QLatin1Char('/'))) {
            inputs.identityResourceId = identity;
        } else if (!identity.isEmpty()) {
            inputs.identityName = identity;
        }
        return inputs;
    };
    mode.prepare = [](Wizard::RunContext inputs, const Azure::Cloud &cloud,
                      const QCommandLineParser &parser) -> Azure::Result<Wizard::RunContext> {
        const auto grant = Wizard::KeyGrant::load(parser.value(QStringLiteral("key-grant")));
        if (!grant) {
            return ModeInputs::invalid(grant.error().message());
        }
        if (const auto sameCloud = grant.value().checkCloud(cloud); !sameCloud) {
            return ModeInputs::invalid(sameCloud.error().message());
        }
        inputs = Wizard::IsvBind::withKeyGrant(inputs, grant.value());
        if (parser.isSet(QStringLiteral("pin-version"))) {
            inputs.pinVersion = QStringLiteral("true");
        }
        return inputs;
    };
    mode.checkInputs = [](const Wizard::RunContext &inputs) {
        Wizard::PreflightProblems problems;
        ModeInputs::checkStorageAccount(problems, inputs);
        return problems;
    };
    mode.resolve = resolveIdentity;
    mode.createPlan = [](const Wizard::RunContext &inputs, Azure::TenantConnection *isv, QObject *parent) {
        return Wizard::IsvBind::createPlan(inputs, isv, parent);
    };
    mode.script = [](const Wizard::Plan &plan) { return Wizard::IsvBind::equivalentScript(plan); };
    mode.finish = [](const Wizard::Plan &plan, const Azure::Cloud &,
                     const QCommandLineParser &) -> Azure::Result<QString> {
        const Wizard::RunContext &done = plan.context();
        return ModeInputs::tr("Storage account %1 is encrypted with key %2 of %3, used through identity %4.")
            .arg(done.storageAccountName.value_or(QString()), done.keyName.value_or(QString()),
                 done.vaultUri.value_or(QString()), done.identityResourceId.value_or(QString()));
    };
    return mode;
}

} // namespace CrossKey::App::Headless
