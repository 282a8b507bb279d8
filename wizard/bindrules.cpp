// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/bindrules.h"

namespace CrossKey::Wizard {

using Azure::AzureError;
using Azure::StorageAccountInfo;

QString BindRules::accountName(const RunContext &context)
{
    return context.storageAccountName.value_or(QString());
}

QString BindRules::subscription(const RunContext &context)
{
    return context.subscriptionId.value_or(QString());
}

QString BindRules::group(const RunContext &context)
{
    return context.resourceGroup.value_or(QString());
}

bool BindRules::pinned(const RunContext &context)
{
    return context.pinVersion == QStringLiteral("true") || !context.keyVersion.value_or(QString()).isEmpty();
}

Azure::StorageAccountClient::CustomerKey BindRules::wantedKey(const RunContext &context, const QString &currentVersion)
{
    QString version;
    if (pinned(context)) {
        version = context.keyVersion.value_or(QString());
        if (version.isEmpty()) {
            version = currentVersion;
        }
    }
    return {context.vaultUri.value_or(QString()), context.keyName.value_or(QString()), version,
            context.identityResourceId.value_or(QString()), context.appId.value_or(QString())};
}

Azure::Result<StorageAccountInfo> BindRules::account(const Azure::RestResult &result)
{
    if (!result) {
        return result.error();
    }
    return StorageAccountInfo::fromJson(result.value().json);
}

bool BindRules::isMissing(const AzureError &error)
{
    const QString code = error.code();
    return code == QLatin1String("ResourceNotFound") || code == QLatin1String("ResourceGroupNotFound") ||
           code == QLatin1String("StorageAccountNotFound") || (error.httpStatus() == 404 && code.isEmpty());
}

bool BindRules::usesKey(const StorageAccountInfo &account, const RunContext &context)
{
    return account.usesCustomerKey() && StorageAccountInfo::sameVaultUri(account.keyVaultUri, *context.vaultUri) &&
           account.keyName.compare(*context.keyName, Qt::CaseInsensitive) == 0;
}

bool BindRules::usesIdentity(const StorageAccountInfo &account, const RunContext &context)
{
    return StorageAccountInfo::sameId(account.encryptionIdentity, context.identityResourceId.value_or(QString())) &&
           account.federatedIdentityClientId.compare(context.appId.value_or(QString()), Qt::CaseInsensitive) == 0;
}

bool BindRules::isBound(const StorageAccountInfo &account, const RunContext &context)
{
    if (!usesKey(account, context) || !usesIdentity(account, context)) {
        return false;
    }
    if (!pinned(context)) {
        return account.keyVersion.isEmpty();
    }
    const QString version = context.keyVersion.value_or(QString());
    return version.isEmpty() ? !account.keyVersion.isEmpty()
                             : account.keyVersion.compare(version, Qt::CaseInsensitive) == 0;
}

QString BindRules::describeEncryption(const StorageAccountInfo &account)
{
    if (!account.usesCustomerKey()) {
        return tr("Storage account %1 (%2) is encrypted with Microsoft-managed keys.")
            .arg(account.name, account.location);
    }
    const QString mode =
        account.keyVersion.isEmpty()
            ? tr("follows the key's newest version (now %1)")
                  .arg(account.currentKeyVersion().isEmpty() ? tr("unknown") : account.currentKeyVersion())
            : tr("is pinned to version %1").arg(account.keyVersion);
    return tr("Storage account %1 (%2) is encrypted with key %3 in %4; it %5; identity %6, application %7.")
        .arg(account.name, account.location, account.keyName, account.keyVaultUri, mode,
             account.encryptionIdentity.isEmpty() ? tr("(none)") : account.encryptionIdentity,
             account.federatedIdentityClientId.isEmpty() ? tr("(none)") : account.federatedIdentityClientId);
}

bool BindRules::isTransient(const AzureError &error)
{
    const QString code = error.code();
    if (code == QLatin1String("StorageAccountOperationInProgress")) {
        return true;
    }
    // A grant made a moment ago (§3.8: RBAC propagation) or an app installed a moment ago; configuration errors
    // (federated credential, purge protection, firewall) stay as they are.
    const QString message = error.message();
    if (code != QLatin1String("KeyVaultAuthenticationFailure") ||
        message.contains(QLatin1String("ForbiddenByFirewall")) || message.contains(QLatin1String("AKV10032"))) {
        return false;
    }
    return message.contains(QLatin1String("ForbiddenByRbac")) || message.contains(QLatin1String("ForbiddenByPolicy")) ||
           message.contains(QLatin1String("AADSTS700016")) || !message.contains(QLatin1String("AADSTS"));
}

AzureError BindRules::explain(AzureError error, const RunContext &context)
{
    const QString code = error.code();
    const QString message = error.message();
    const QString app = context.appId.value_or(QString());
    const QString key = context.keyName.value_or(QString());
    const QString vault = context.vaultUri.value_or(QString());
    if (code == QLatin1String("LinkedAuthorizationFailed")) {
        error.setHint(tr("Attaching the managed identity needs Managed Identity Operator (…/userAssignedIdentities/"
                         "assign/action) on the identity itself, besides the right to change the storage account. Ask "
                         "an owner: az role assignment create --role \"Managed Identity Operator\" --assignee <you> "
                         "--scope %1")
                          .arg(context.identityResourceId.value_or(QString())));
    } else if (code == QLatin1String("AuthorizationFailed")) {
        error.setHint(tr("Changing the storage account needs Storage Account Contributor, Contributor or Owner on it. "
                         "Ask an owner of resource group %1 for one of these roles.")
                          .arg(group(context)));
    } else if (code == QLatin1String("KeyVaultPolicyError")) {
        error.setHint(tr("The customer's vault lacks soft delete or purge protection, which Storage requires for a "
                         "customer key. The customer turns purge protection on (az keyvault update --name <vault> "
                         "--enable-purge-protection true), then retry."));
    } else if (code == QLatin1String("KeyVaultVaultNotFound")) {
        error.setHint(tr("Storage finds no vault at %1. Check the key grant file with the customer: the vault may be "
                         "deleted or the URI mistyped.")
                          .arg(vault));
    } else if (code == QLatin1String("KeyVaultEncryptionKeyNotFound")) {
        error.setHint(tr("Storage cannot use key %1 in %2: it is missing, disabled, expired or not yet valid. Ask the "
                         "customer to check the key (az keyvault key show --id %2/keys/%1) and enable it.")
                          .arg(key, vault));
    } else if (code == QLatin1String("KeyVaultAccessTokenCannotBeAcquired")) {
        error.setHint(tr("Storage cannot get a token for the managed identity %1: it was deleted or is not attached. "
                         "Run the ISV prepare plan again, then retry.")
                          .arg(context.identityResourceId.value_or(QString())));
    } else if (message.contains(QLatin1String("cannot be updated in a single operation"))) {
        error.setHint(tr("Azure changes the identity and the key of an account already on a customer key in two "
                         "requests. Retry: CrossKey sends them one after the other."));
    } else if (message.contains(QLatin1String("Missing pre-requisites"))) {
        error.setHint(tr("The managed identity is not attached to the account. Run the “Attach the identity” step "
                         "again, then retry."));
    } else if (code == QLatin1String("StorageAccountOperationInProgress")) {
        error.setHint(tr("Another change of the storage account is still running. Wait a minute, then retry."));
    } else if (code == QLatin1String("KeyVaultAuthenticationFailure")) {
        if (message.contains(QLatin1String("AADSTS700016"))) {
            error.setHint(tr("Application %1 is not installed in the customer's tenant (no service principal there). "
                             "The customer opens the invitation link or runs the customer grant plan, then retry.")
                              .arg(app));
        } else if (message.contains(QLatin1String("AADSTS7000226"))) {
            error.setHint(tr("Application %1 no longer exists in your tenant or has no federated credential. Run the "
                             "ISV prepare plan again; the customer may need to install the app anew.")
                              .arg(app));
        } else if (message.contains(QLatin1String("AADSTS700211")) || message.contains(QLatin1String("AADSTS700212")) ||
                   message.contains(QLatin1String("AADSTS700213"))) {
            error.setHint(tr("Application %1's federated credential does not match the managed identity exactly "
                             "(issuer, subject = the identity's principal id, audience api://AzureADTokenExchange; "
                             "case-sensitive). Run the ISV prepare plan's “Federated credential” step again.")
                              .arg(app));
        } else if (message.contains(QLatin1String("AKV10032"))) {
            error.setHint(tr("Storage reached the vault without the application: send federatedIdentityClientId = %1 "
                             "(the key grant's app id).")
                              .arg(app));
        } else if (message.contains(QLatin1String("ForbiddenByFirewall"))) {
            error.setHint(tr("The customer's vault firewall blocks Storage. The customer allows trusted Azure services "
                             "(az keyvault update --name <vault> --bypass AzureServices), then retry."));
        } else {
            error.setHint(
                tr("Application %1 may not use key %2 yet: the customer's grant (Key Vault Crypto Service "
                   "Encryption User on the key, or get, wrapKey and unwrapKey in the access policy) is "
                   "missing or still propagating. Ask the customer to run the grant step, wait a few minutes, "
                   "then retry.")
                    .arg(app, key));
        }
    }
    return error;
}

} // namespace CrossKey::Wizard
