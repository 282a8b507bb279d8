// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/headlessmodelist.h"
#include "app/headless/modeinputs.h"
#include "wizard/manageplans.h"

#include <QCommandLineParser>

namespace CrossKey::App::Headless {

namespace {

using Wizard::ContextField;

QString summaryOf(const QString &action)
{
    if (action == Wizard::Manage::kSwitchToMicrosoftKeys) {
        return ModeInputs::tr("ISV: switch a storage account back to Microsoft-managed keys.");
    }
    if (action == Wizard::Manage::kPinKeyVersion) {
        return ModeInputs::tr("ISV: keep a storage account on one key version (--key-version, else the one in use).");
    }
    if (action == Wizard::Manage::kFollowKeyVersion) {
        return ModeInputs::tr("ISV: let a storage account follow the key's newest version.");
    }
    if (action == Wizard::Manage::kRotateKey) {
        return ModeInputs::tr("Customer: make a new version of the key.");
    }
    if (action == Wizard::Manage::kDisableKey) {
        return ModeInputs::tr("Customer: revoke access by disabling the key (or one --key-version).");
    }
    return ModeInputs::tr("Customer: restore access by enabling the key (or one --key-version).");
}

// The shared part of a Manage row: a one-step plan over the signed-in tenant, checked before it acts.
HeadlessMode manageMode(const QString &action)
{
    HeadlessMode mode;
    mode.name = action;
    mode.summary = summaryOf(action);
    mode.createPlan = [action](const Wizard::RunContext &inputs, Azure::TenantConnection *connection, QObject *parent) {
        return Wizard::Manage::createPlan(action, inputs, connection, parent);
    };
    mode.script = [](const Wizard::Plan &plan) { return Wizard::Manage::equivalentScript(plan); };
    mode.finish = [](const Wizard::Plan &plan, const Azure::Cloud &, const QCommandLineParser &) {
        return Azure::Result<QString>(ModeInputs::tr("%1: done.").arg(plan.title()));
    };
    return mode;
}

HeadlessMode isvManageMode(const QString &action)
{
    HeadlessMode mode = manageMode(action);
    mode.options = {
        {QStringLiteral("subscription"), ModeInputs::tr("The ISV subscription id."), ModeInputs::tr("id")},
        {QStringLiteral("resource-group"), ModeInputs::tr("The storage account's resource group."),
         ModeInputs::tr("name")},
        {QStringLiteral("storage-account"), ModeInputs::tr("The storage account."), ModeInputs::tr("name")},
    };
    if (action == Wizard::Manage::kPinKeyVersion) {
        mode.options.append(
            {QStringLiteral("key-version"), ModeInputs::tr("The key version to keep."), ModeInputs::tr("version")});
    }
    mode.required = {QStringLiteral("subscription"), QStringLiteral("resource-group"),
                     QStringLiteral("storage-account")};
    mode.inputs = [](const QCommandLineParser &parser) {
        Wizard::RunContext inputs;
        ModeInputs::setIfGiven(inputs, ContextField::SubscriptionId, parser, QStringLiteral("subscription"));
        ModeInputs::setIfGiven(inputs, ContextField::ResourceGroup, parser, QStringLiteral("resource-group"));
        ModeInputs::setIfGiven(inputs, ContextField::StorageAccountName, parser, QStringLiteral("storage-account"));
        if (parser.optionNames().contains(QStringLiteral("key-version"))) {
            ModeInputs::setIfGiven(inputs, ContextField::KeyVersion, parser, QStringLiteral("key-version"));
        }
        return inputs;
    };
    mode.checkInputs = [](const Wizard::RunContext &inputs) {
        Wizard::PreflightProblems problems;
        ModeInputs::checkStorageAccount(problems, inputs);
        ModeInputs::checkVaultAndKey(problems, inputs);
        return problems;
    };
    return mode;
}

HeadlessMode customerManageMode(const QString &action)
{
    HeadlessMode mode = manageMode(action);
    mode.options = {
        {QStringLiteral("vault-uri"), ModeInputs::tr("The vault's URI, e.g. https://kv-contoso.vault.azure.net/."),
         ModeInputs::tr("uri")},
        {QStringLiteral("key-name"), ModeInputs::tr("The key."), ModeInputs::tr("name")},
    };
    if (action != Wizard::Manage::kRotateKey) {
        mode.options.append({QStringLiteral("key-version"),
                             ModeInputs::tr("Only this version of the key (default: the whole key)."),
                             ModeInputs::tr("version")});
    }
    mode.required = {QStringLiteral("vault-uri"), QStringLiteral("key-name")};
    mode.inputs = [](const QCommandLineParser &parser) {
        Wizard::RunContext inputs;
        QString vault = parser.value(QStringLiteral("vault-uri")).trimmed();
        if (!vault.isEmpty() && !vault.endsWith(QLatin1Char('/'))) {
            vault += QLatin1Char('/'); // Key Vault's URIs end with a slash; people often leave it out
        }
        if (!vault.isEmpty()) {
            inputs.vaultUri = vault;
        }
        ModeInputs::setIfGiven(inputs, ContextField::KeyName, parser, QStringLiteral("key-name"));
        if (parser.optionNames().contains(QStringLiteral("key-version"))) {
            ModeInputs::setIfGiven(inputs, ContextField::KeyVersion, parser, QStringLiteral("key-version"));
        }
        return inputs;
    };
    mode.checkInputs = [](const Wizard::RunContext &inputs) {
        Wizard::PreflightProblems problems;
        const QUrl vault(inputs.vaultUri.value_or(QString()), QUrl::StrictMode);
        if (!vault.isValid() || (vault.scheme() != QLatin1String("https") && vault.scheme() != QLatin1String("http"))) {
            problems.append(
                {ContextField::VaultUri, ModeInputs::invalid(ModeInputs::tr("--vault-uri: “%1” is not a vault URI.")
                                                                 .arg(inputs.vaultUri.value_or(QString())))});
        }
        ModeInputs::checkVaultAndKey(problems, inputs);
        return problems;
    };
    return mode;
}

} // namespace

QList<HeadlessMode> manageModes()
{
    QList<HeadlessMode> modes;
    for (const QString &action : Wizard::Manage::isvActions()) {
        modes.append(isvManageMode(action));
    }
    for (const QString &action : Wizard::Manage::customerActions()) {
        modes.append(customerManageMode(action));
    }
    return modes;
}

} // namespace CrossKey::App::Headless
