// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless/modeinputs.h"

#include "wizard/azurenames.h"
#include "wizard/vaultnames.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace CrossKey::App::Headless {

void ModeInputs::setIfGiven(Wizard::RunContext &inputs, Wizard::ContextField field, const QCommandLineParser &parser,
                            const QString &option)
{
    if (parser.isSet(option)) {
        inputs.set(field, parser.value(option).trimmed());
    }
}

Azure::AzureError ModeInputs::invalid(const QString &message)
{
    return Azure::AzureError(Azure::AzureError::Kind::InvalidInput, message);
}

void ModeInputs::checkGuid(Wizard::PreflightProblems &problems, const Wizard::RunContext &inputs,
                           Wizard::ContextField field, const QString &option)
{
    const auto value = inputs.value(field);
    if (value && !Wizard::AzureNames::isGuid(*value)) {
        problems.append(
            {field,
             invalid(tr("--%1: “%2” is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).").arg(option, *value))});
    }
}

void ModeInputs::checkPattern(Wizard::PreflightProblems &problems, const Wizard::RunContext &inputs,
                              Wizard::ContextField field, const QRegularExpression &pattern, const QString &rule)
{
    const auto value = inputs.value(field);
    if (value && !pattern.match(*value).hasMatch()) {
        problems.append({field, invalid(tr("“%1” is not a valid name: %2").arg(*value, rule))});
    }
}

void ModeInputs::checkStorageAccount(Wizard::PreflightProblems &problems, const Wizard::RunContext &inputs)
{
    static const QRegularExpression storage(QStringLiteral("^[a-z0-9]{3,24}$"));
    checkGuid(problems, inputs, Wizard::ContextField::SubscriptionId, QStringLiteral("subscription"));
    if (inputs.resourceGroup) {
        if (const auto group = Wizard::AzureNames::checkResourceGroup(*inputs.resourceGroup); !group) {
            problems.append({Wizard::ContextField::ResourceGroup, group.error()});
        }
    }
    checkPattern(problems, inputs, Wizard::ContextField::StorageAccountName, storage,
                 tr("a storage account name has 3 to 24 lowercase letters and digits."));
}

void ModeInputs::checkVaultAndKey(Wizard::PreflightProblems &problems, const Wizard::RunContext &inputs)
{
    auto check = [&problems](Wizard::ContextField field, const Azure::Result<void> &result) {
        if (!result) {
            problems.append({field, result.error()});
        }
    };
    if (inputs.vaultName) {
        check(Wizard::ContextField::VaultName, Wizard::VaultNames::checkVaultName(*inputs.vaultName));
    }
    if (inputs.keyName) {
        check(Wizard::ContextField::KeyName, Wizard::VaultNames::checkKeyName(*inputs.keyName));
    }
    if (inputs.keySize) {
        if (const auto size = Wizard::VaultNames::checkKeySize(*inputs.keySize); !size) {
            problems.append({Wizard::ContextField::KeySize, size.error()});
        }
    }
    if (inputs.keyVersion && !Wizard::VaultNames::isKeyVersion(*inputs.keyVersion)) {
        problems.append(
            {Wizard::ContextField::KeyVersion,
             invalid(tr("“%1” is not a key version (32 hexadecimal characters).").arg(*inputs.keyVersion))});
    }
}

} // namespace CrossKey::App::Headless
