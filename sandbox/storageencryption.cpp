// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/storageencryption.h"

#include "sandbox/armerrors.h"
#include "sandbox/crosstenantexchange.h"
#include "sandbox/keyvaultauthorizer.h"
#include "sandbox/keyvaultlookup.h"
#include "sandbox/keyvaulturis.h"
#include "sandbox/servicecontext.h"
#include "sandbox/storageaccountjson.h"

namespace CrossKey::Sandbox {

namespace {
// Data-plane texts from the Blob error-code table (CONTRACTS.md §5).
const QString kKeyNotFound = QStringLiteral("The key vault key is not found to unwrap the encryption key.");
const QString kAuthFailure = QStringLiteral("The operation failed because of authentication issue on the keyvault.");

StorageKeyFailure keyNotFound(const QString &inner)
{
    return {400,
            QStringLiteral("KeyVaultEncryptionKeyNotFound"),
            inner.isEmpty() ? kKeyNotFound : kKeyNotFound + QLatin1Char(' ') + inner,
            403,
            QStringLiteral("KeyVaultEncryptionKeyNotFound"),
            kKeyNotFound};
}

StorageKeyFailure authFailure(const QString &inner)
{
    return {400, QStringLiteral("KeyVaultAuthenticationFailure"), kAuthFailure + QLatin1Char(' ') + inner,
            403, QStringLiteral("KeyVaultEncryptionKeyNotFound"), kKeyNotFound};
}

const UserAssignedIdentity *findIdentity(const World &world, const QString &id)
{
    for (const UserAssignedIdentity &identity : world.resourceManager().identities) {
        if (identity.id().compare(id, Qt::CaseInsensitive) == 0) {
            return &identity;
        }
    }
    return nullptr;
}
} // namespace

Response StorageKeyFailure::armResponse() const
{
    return ArmErrors::error(status, code, message);
}

std::optional<StorageKeyFailure> StorageEncryption::check(const StorageAccount &account, const KeyVersion **key) const
{
    const World &world = m_context.world;
    // A system-assigned identity serves when no user-assigned one is named.
    const bool system =
        account.encryptionIdentity.isEmpty() && account.identityType.startsWith(QLatin1String("SystemAssigned"));
    // Missing pre-requisites: the identity is not named or not attached (ERRORS.md 14) [unverified code].
    if (!system && (account.encryptionIdentity.isEmpty() ||
                    !account.userAssignedIdentities.contains(account.encryptionIdentity, Qt::CaseInsensitive))) {
        const QString text = QStringLiteral("Missing pre-requisites to enable EncryptionAtRest/Customer Managed Key "
                                            "for this storage account. For more information, see - "
                                            "https://aka.ms/storagecmkconfiguration");
        return StorageKeyFailure{
            400, QStringLiteral("BadRequest"), text, 403, QStringLiteral("KeyVaultAccessTokenCannotBeAcquired"), text};
    }
    UserAssignedIdentity systemIdentity;
    systemIdentity.principalId = StorageAccountJson::systemPrincipalId(account);
    systemIdentity.tenantId = account.tenantId;
    const UserAssignedIdentity *identity = system ? &systemIdentity : findIdentity(world, account.encryptionIdentity);
    if (!identity) {
        const QString text = QStringLiteral("Unable to acquire an access token for Key Vault using the identity of "
                                            "this resource. Identity '%1' was not found.")
                                 .arg(account.encryptionIdentity);
        return StorageKeyFailure{400,
                                 QStringLiteral("KeyVaultAccessTokenCannotBeAcquired"),
                                 text,
                                 403,
                                 QStringLiteral("KeyVaultAccessTokenCannotBeAcquired"),
                                 QStringLiteral("Unable to acquire an access token for Key Vault using the identity "
                                                "of this resource.")};
    }
    const Vault *vault = KeyVaultLookup::vaultByUri(world, m_context.baseUrl, account.keyVaultUri);
    if (!vault) {
        const QString text = QStringLiteral("The key vault vault is not found for encryption.");
        return StorageKeyFailure{400, QStringLiteral("KeyVaultVaultNotFound"), text,
                                 403, QStringLiteral("KeyVaultVaultNotFound"), text};
    }
    QString principalId = identity->principalId;
    if (!account.federatedClientId.isEmpty()) {
        const CrossTenantExchange::Outcome outcome =
            CrossTenantExchange(m_context).exchange(*identity, account.federatedClientId, vault->tenantId);
        if (outcome.error) {
            const QString inner = QStringLiteral("Gateway authentication failed for 'Microsoft.Storage'. AADSTS%1: %2")
                                      .arg(outcome.error->code)
                                      .arg(outcome.error->message);
            StorageKeyFailure failure = authFailure(inner);
            if (outcome.error->code == 7000226) {
                // Reported as a 500 on the data plane (CONTRACTS.md §5) [unverified].
                failure.blobStatus = 500;
                failure.blobCode = QStringLiteral("InternalError");
                failure.blobMessage = QStringLiteral("Server encountered an internal error. Please try again after "
                                                     "some time.");
            }
            return failure;
        }
        principalId = outcome.servicePrincipalId;
    } else if (identity->tenantId != vault->tenantId) {
        return authFailure(QStringLiteral("AKV10032: Invalid issuer. Expected one of https://sts.windows.net/%1/, "
                                          "found https://sts.windows.net/%2/.")
                               .arg(vault->tenantId, identity->tenantId));
    }
    if (!vault->enableSoftDelete || !vault->enablePurgeProtection) {
        return StorageKeyFailure{400,
                                 QStringLiteral("KeyVaultPolicyError"),
                                 QStringLiteral("Keyvault policy recoverable is not set"),
                                 403,
                                 QStringLiteral("KeyVaultEncryptionKeyNotFound"),
                                 kKeyNotFound};
    }
    const bool firewallOpen = vault->networkDefaultAction.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0 &&
                              vault->publicNetworkAccess.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) != 0;
    if (!firewallOpen && vault->networkBypass.compare(QLatin1String("AzureServices"), Qt::CaseInsensitive) != 0) {
        return authFailure(QStringLiteral("ForbiddenByFirewall: Client address is not authorized and caller is not a "
                                          "trusted service."));
    }
    const KeyVaultAuthorizer authorizer(world, m_context.now(), m_context.options.roleAssignmentPropagationDelayMs);
    for (const KeyOperation operation : {KeyOperation::Get, KeyOperation::WrapKey, KeyOperation::UnwrapKey}) {
        if (!authorizer.canPerform(principalId, *vault, account.keyName, operation)) {
            const QString inner =
                vault->enableRbacAuthorization
                    ? QStringLiteral("ForbiddenByRbac: Caller is not authorized to perform action on resource. "
                                     "Action: '%1'. Assignment: (not found).")
                          .arg(KeyVaultAuthorizer::dataAction(operation))
                    : QStringLiteral("ForbiddenByPolicy: The user, group or application 'oid=%1' does not have keys "
                                     "%2 permission on key vault '%3'.")
                          .arg(principalId, KeyVaultAuthorizer::permission(operation), vault->name);
            return authFailure(inner);
        }
    }
    const KeyVersion *found = KeyVaultLookup::key(world, vault->name, false, account.keyName, account.keyVersion);
    if (!found) {
        return keyNotFound({});
    }
    if (!found->enabled) {
        return keyNotFound(QStringLiteral("KeyDisabled: Operation wrapKey is not allowed on a disabled key."));
    }
    const QDateTime now = m_context.now();
    if ((found->expires.isValid() && found->expires <= now) || (found->notBefore.isValid() && found->notBefore > now)) {
        return keyNotFound(QStringLiteral("Forbidden: Operation wrapKey is not allowed on an expired or not yet "
                                          "valid key."));
    }
    if (key) {
        *key = found;
    }
    return std::nullopt;
}

} // namespace CrossKey::Sandbox
