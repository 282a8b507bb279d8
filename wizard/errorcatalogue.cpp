// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/errorcatalogue.h"

#include <QRegularExpression>

#include <initializer_list>

namespace CrossKey::Wizard {

namespace {

#define N(text) QT_TRANSLATE_NOOP("ErrorCatalogue", text)

struct Row
{
    const char *id;
    std::initializer_list<int> aadsts;
    std::initializer_list<const char *> codes;
    std::initializer_list<const char *> fragments;
    const char *title;
    const char *cause;
    const char *fix;
    const char *cli; // not translated: commands
    const char *link;
    bool unverified;
};

const char *const kCrossTenantDoc =
    "https://learn.microsoft.com/azure/storage/common/customer-managed-keys-configure-cross-tenant-existing-account";
const char *const kAadErrors = "https://learn.microsoft.com/entra/identity-platform/reference-error-codes";

// Sources: ERRORS.md entry numbers (E1…E23) and CONTRACTS.md sections.
const Row kRows[] = {
    // Sign-in and token exchange, CONTRACTS.md §1.6, §5
    {"aadsts-700016",
     {700016},
     {},
     {"Gateway authentication failed for 'Microsoft.Storage'"},
     N("The app is not installed in the customer tenant (AADSTS700016)"),
     N("The customer tenant has no service principal for the multitenant app, or the storage account's federated "
       "client id is not the app's client id. Storage cannot get a token for the customer's key."),
     N("In the customer tenant, install the app (admin consent or create its service principal). Check that "
       "federatedIdentityClientId is the app's client id, not its object id."),
     "az ad sp show --id <app-id>   # in the customer tenant\naz ad sp create --id <app-id>",
     kCrossTenantDoc,
     false},
    {"aadsts-700211",
     {700211, 70021},
     {},
     {"No matching federated identity record found for presented assertion issuer"},
     N("The federated credential's issuer does not match (AADSTS700211)"),
     N("The app's federated credential names another issuer than the ISV tenant's token issuer. Matching is exact "
       "and case-sensitive."),
     N("Set the issuer to https://login.microsoftonline.com/<isv-tenant-id>/v2.0 exactly, as the tenant's OpenID "
       "document names it."),
     "az ad app federated-credential list --id <app-id> --query \"[].{name:name,issuer:issuer}\"",
     kCrossTenantDoc,
     false},
    {"aadsts-700212",
     {700212},
     {},
     {"No matching federated identity record found for presented assertion audience"},
     N("The federated credential's audience does not match (AADSTS700212)"),
     N("The app's federated credential has another audience than the cloud's token exchange audience."),
     N("Set the audience to api://AzureADTokenExchange (or the cloud's equivalent) exactly."),
     "az ad app federated-credential list --id <app-id> --query \"[].{name:name,audiences:audiences}\"",
     kCrossTenantDoc,
     false},
    {"aadsts-700213",
     {700213},
     {},
     {"No matching federated identity record found for presented assertion subject"},
     N("The federated credential's subject does not match (AADSTS700213)"),
     N("The subject must be the managed identity's principal (object) id, exactly as Azure writes it; matching is "
       "case-sensitive. A client id or a re-cased id does not match."),
     N("Set the subject to the identity's principalId exactly."),
     "az identity show -n <identity> -g <resource-group> --query principalId\n"
     "az ad app federated-credential list --id <app-id> --query \"[].subject\"",
     kCrossTenantDoc,
     false},
    {"aadsts-7000226",
     {7000226},
     {},
     {"No federated identity credential policy found"},
     N("The app has no federated credential, or the app was deleted (AADSTS7000226)"),
     N("The app, its federated credential or the managed identity was deleted. Storage cannot exchange the "
       "identity's token for one in the customer tenant."),
     N("Restore the deleted app (within 30 days) or recreate the federated credential with subject = the identity's "
       "principal id."),
     "az ad app show --id <app-id>\naz ad app federated-credential list --id <app-id>",
     kCrossTenantDoc,
     false},
    {"aadsts-65001",
     {65001, 90094},
     {"consent_required"},
     {},
     N("Consent is missing (AADSTS65001)"),
     N("The user or an administrator has not consented to the app for this tenant."),
     N("Ask an administrator of the tenant to grant admin consent."),
     "az ad app permission admin-consent --id <app-id>",
     kAadErrors,
     true},
    {"aadsts-50020",
     {50020},
     {},
     {},
     N("The account does not exist in this tenant (AADSTS50020)"),
     N("You signed in with an account from another directory that is not a guest in this tenant."),
     N("Sign in with an account of the tenant, or ask its administrator to invite yours."),
     "az login --tenant <tenant-id>",
     kAadErrors,
     true},
    {"aadsts-90002",
     {90002},
     {},
     {},
     N("The tenant was not found (AADSTS90002)"),
     N("The tenant id or domain is wrong, or the tenant belongs to another cloud."),
     N("Check the tenant id and the cloud."),
     "az account tenant list",
     kAadErrors,
     false},
    {"aadsts-700222",
     {700222},
     {},
     {"AAD-issued tokens may not be used for federated identity flows"},
     N("Entra-issued tokens cannot be used this way (AADSTS700222)"),
     N("The federated credential of the cross-tenant key works only for Storage's own exchange; other services "
       "cannot use it."),
     N("Use the credential only for the storage account's customer-managed key."),
     "",
     kCrossTenantDoc,
     false},
    {"aadsts-700229",
     {700229},
     {"ForbiddenTokenType"},
     {},
     N("Forbidden token type (AADSTS700229)"),
     N("Only app-only tokens (a managed identity's) can be federated with an Entra issuer; a user token was "
       "presented."),
     N("Use the user-assigned managed identity as the federated credential's subject."),
     "",
     kAadErrors,
     false},
    {"aadsts-500113",
     {500113},
     {},
     {"No reply address is registered for the application"},
     N("The app has no reply address (AADSTS500113)"),
     N("Entra refuses the admin consent link of an app without any reply address."),
     N("Add a web reply address to the app, then send the consent link again."),
     "az ad app update --id <app-id> --web-redirect-uris <https-uri>",
     "",
     true},
    {"sign-in-expired",
     {50173, 70008, 700082},
     {"invalid_grant"},
     {},
     N("The sign-in has expired"),
     N("The refresh token expired, was revoked, or the password changed."),
     N("Sign in again."),
     "az login --tenant <tenant-id>",
     kAadErrors,
     false},
    {"aadsts-50194",
     {50194},
     {},
     {},
     N("The app is not multitenant (AADSTS50194)"),
     N("The app accepts only its own tenant's accounts, so another tenant cannot install or use it."),
     N("Set the app's sign-in audience to AzureADMultipleOrgs."),
     "az ad app update --id <app-id> --sign-in-audience AzureADMultipleOrgs",
     kAadErrors,
     false},
    // Resource Manager, CONTRACTS.md §0, §3
    {"authorization-failed",
     {},
     {"AuthorizationFailed"},
     {},
     N("You lack a role for this action"),
     N("Your account has no role that allows the action named in the message at that scope."),
     N("Ask an Owner or User Access Administrator of the scope for a role; if it was just granted, sign in again."),
     "az role assignment list --assignee <your-object-id> --scope <scope>",
     "",
     false},
    {"linked-authorization-failed",
     {},
     {"LinkedAuthorizationFailed"},
     {},
     N("You lack a right on a linked resource"),
     N("To attach a user-assigned managed identity you need its assign action (Managed Identity Operator on the "
       "identity)."),
     N("Ask for Managed Identity Operator on the identity, then retry."),
     "az role assignment create --role \"Managed Identity Operator\" --assignee <your-object-id> --scope <identity-id>",
     "",
     true},
    {"invalid-token-tenant",
     {},
     {"InvalidAuthenticationTokenTenant"},
     {},
     N("The token is from the wrong tenant"),
     N("The subscription belongs to another tenant than the one you signed in to."),
     N("Sign in to the tenant named in the message."),
     "az login --tenant <tenant-id>",
     "",
     false},
    {"principal-not-found",
     {},
     {"PrincipalNotFound"},
     {},
     N("The service principal is not visible yet"),
     N("Role assignments for a principal created moments ago can fail while the directory replicates."),
     N("Send principalType ServicePrincipal and retry for a few minutes."),
     "az role assignment create --assignee-object-id <sp-object-id> --assignee-principal-type ServicePrincipal "
     "--role \"Key Vault Crypto Service Encryption User\" --scope <key-id>",
     "",
     false},
    {"missing-subscription-registration",
     {},
     {"MissingSubscriptionRegistration"},
     {},
     N("The resource provider is not registered"),
     N("The subscription is not registered for the resource provider named in the message."),
     N("Register the provider, then retry."),
     "az provider register --namespace <namespace> --wait",
     "",
     false},
    {"feature-not-registered",
     {},
     {"SubscriptionNotRegisteredForFeature"},
     {},
     N("The preview feature is not registered"),
     N("The subscription must register Microsoft.Storage/FederatedClientIdentity in clouds where cross-tenant keys "
       "are still a preview; historically the ISV's subscription registers it."),
     N("Register the feature in the storage account's subscription, then re-register the provider."),
     "az feature register --namespace Microsoft.Storage --name FederatedClientIdentity",
     kCrossTenantDoc,
     true},
    {"request-disallowed-by-policy",
     {},
     {"RequestDisallowedByPolicy"},
     {},
     N("An Azure Policy blocks the request"),
     N("A policy assignment (for example: soft delete and purge protection with 90 days) refuses these settings."),
     N("Change the settings to satisfy the policy named in the message, or ask its owner for an exemption."),
     "az policy assignment list --scope <scope>",
     "",
     false},
    {"vault-already-exists",
     {},
     {"VaultAlreadyExists"},
     {"already exists in deleted state"},
     N("The vault name is taken"),
     N("Another vault, possibly a soft-deleted one, holds the name."),
     N("Recover the deleted vault or choose another name."),
     "az keyvault list-deleted --resource-type vault",
     "",
     false},
    {"storage-account-taken",
     {},
     {"StorageAccountAlreadyTaken"},
     {},
     N("The storage account name is taken"),
     N("Storage account names are global; another subscription uses this one."),
     N("Choose another name."),
     "az storage account check-name --name <account>",
     "",
     false},
    // Graph, CONTRACTS.md §2
    {"graph-request-denied",
     {},
     {"Authorization_RequestDenied"},
     {},
     N("The directory refused the request"),
     N("Your account may not read or create this directory object (apps, service principals, enterprise apps)."),
     N("Ask for Application Administrator (or Cloud Application Administrator) in that tenant."),
     "az ad signed-in-user show",
     "",
     false},
    {"graph-not-found",
     {},
     {"Request_ResourceNotFound"},
     {"Application with object ID"},
     N("The directory object was not found"),
     N("An app, service principal or credential does not exist, or an object id was used where a client (app) id "
       "is needed, or the other way round."),
     N("Federated credentials need the app's object id; federatedIdentityClientId needs its client (app) id; the "
       "subject needs the identity's principal id."),
     "az ad app show --id <app-id> --query \"{appId:appId,objectId:id}\"",
     "",
     false},
    // Storage management plane, CONTRACTS.md §3.9
    {"keyvault-policy-error",
     {},
     {"KeyVaultPolicyError"},
     {"Keyvault policy recoverable is not set"},
     N("The vault is not recoverable"),
     N("Storage needs the vault to have soft delete and purge protection turned on."),
     N("Turn on purge protection on the vault (irreversible), then retry."),
     "az keyvault update -n <vault> --enable-purge-protection true",
     "https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview",
     false},
    {"missing-prerequisites",
     {},
     {},
     {"Missing pre-requisites to enable EncryptionAtRest"},
     N("The identity is not attached for the customer key"),
     N("The user-assigned identity is not among the account's identities, or encryption.identity is not set."),
     N("Attach the identity to the account and set it as the key's identity in the same update."),
     "az storage account update -n <account> -g <resource-group> --identity-type UserAssigned --user-identity-id "
     "<identity-id> --key-vault-user-identity-id <identity-id>",
     "https://aka.ms/storagecmkconfiguration",
     true},
    {"identity-property-null",
     {},
     {},
     {"should not be null while updating Encryption properties", "Managed Service Identity (MSI) is not set"},
     N("The update has no identity"),
     N("Encryption settings were sent without the account's identity."),
     N("Send identity and encryption together, or attach the identity first."),
     "az storage account show -n <account> -g <resource-group> --query identity",
     kCrossTenantDoc,
     false},
    {"single-operation",
     {},
     {},
     {"cannot be updated in a single operation"},
     N("Identity and key cannot change together"),
     N("An account already on a customer key cannot get a new identity and a new key in one request."),
     N("Change the identity first, then the key, in two updates."),
     "az storage account update -n <account> -g <resource-group> --key-vault-user-identity-id <identity-id>",
     "",
     true},
    {"federated-client-id-invalid",
     {},
     {},
     {"Federated client id can only be set"},
     N("The federated client id is not accepted"),
     N("The federated client id must be the client id of a multitenant app."),
     N("Use the multitenant app's client (app) id."),
     "az ad app show --id <app-id> --query \"{appId:appId,signInAudience:signInAudience}\"",
     "",
     true},
    {"cross-tenant-internal-error",
     {},
     {"InternalError"},
     {"Server encountered an internal error"},
     N("Storage reports an internal error"),
     N("For cross-tenant keys this has been seen when the app, its federated credential or the identity was "
       "deleted."),
     N("Run Diagnose: check that the app and its federated credential exist, then restore them."),
     "az ad app federated-credential list --id <app-id>",
     "",
     true},
    // Storage data plane and Storage's key access, CONTRACTS.md §5
    {"keyvault-authentication-failure",
     {},
     {"KeyVaultAuthenticationFailure"},
     {"authentication issue on the keyvault"},
     N("Storage could not authenticate to the key vault"),
     N("The app's service principal lacks Key Vault Crypto Service Encryption User (or get/wrapKey/unwrapKey), the "
       "grant has not propagated yet, or the vault firewall blocks trusted services."),
     N("Grant the role at the key or vault, allow trusted Azure services, then retry after a few minutes."),
     "az role assignment create --role \"Key Vault Crypto Service Encryption User\" --assignee-object-id "
     "<sp-object-id> --assignee-principal-type ServicePrincipal --scope <key-id>",
     kCrossTenantDoc,
     false},
    {"key-not-found-to-unwrap",
     {},
     {"KeyVaultEncryptionKeyNotFound"},
     {"key vault key is not found to unwrap"},
     N("Storage cannot use the customer's key"),
     N("The key or vault was deleted or disabled, the app lost its role, or the federated credential no longer "
       "matches. Data reads fail until the key is reachable again."),
     N("Run Diagnose to find the broken link; recover a deleted key from soft delete or re-grant the role."),
     "az keyvault key show --vault-name <vault> -n <key> --query attributes",
     kCrossTenantDoc,
     false},
    {"keyvault-token-not-acquired",
     {},
     {"KeyVaultAccessTokenCannotBeAcquired"},
     {"Unable to acquire an access token for Key Vault"},
     N("Storage cannot get a Key Vault token"),
     N("The account's user-assigned identity was deleted or detached."),
     N("Create a new identity, point the app's federated credential subject at it, and bind the account again."),
     "az identity show --ids <identity-id>",
     kCrossTenantDoc,
     false},
    {"keyvault-vault-not-found",
     {},
     {"KeyVaultVaultNotFound"},
     {"is not found for encryption"},
     N("The key vault is gone"),
     N("The vault in the key URI was deleted or renamed."),
     N("Recover the vault from soft delete, or bind the account to a key in an existing vault."),
     "az keyvault list-deleted --resource-type vault",
     kCrossTenantDoc,
     false},
    {"no-data-role",
     {},
     {"AuthorizationPermissionMismatch"},
     {},
     N("No data access"),
     N("Your account has no Storage Blob Data role on the account, so blobs cannot be read."),
     N("Ask for Storage Blob Data Reader on the account to test data access."),
     "az role assignment create --role \"Storage Blob Data Reader\" --assignee <your-object-id> --scope <account-id>",
     "",
     false},
    // Key Vault data plane, CONTRACTS.md §4.5
    {"akv10032",
     {},
     {},
     {"AKV10032"},
     N("The vault was read with a token from another tenant (AKV10032)"),
     N("The vault belongs to the customer tenant; the token came from another tenant."),
     N("Sign in to the vault's tenant (the one named in the message) and read it from there."),
     "az login --tenant <customer-tenant-id>",
     "",
     false},
    {"forbidden-by-rbac",
     {},
     {"ForbiddenByRbac"},
     {},
     N("Key Vault RBAC refuses the caller"),
     N("The caller has no Key Vault data role for this action, or a grant has not propagated yet (up to about ten "
       "minutes)."),
     N("Grant the role (Crypto Officer to manage keys, Crypto Service Encryption User for the app), then retry."),
     "az role assignment list --assignee <object-id> --scope <vault-id>",
     "",
     false},
    {"forbidden-by-policy",
     {},
     {"ForbiddenByPolicy", "AccessDenied"},
     {},
     N("The vault's access policies refuse the caller"),
     N("The vault uses access policies and the caller's entry lacks the key permission named in the message."),
     N("Add get, wrapKey and unwrapKey for the app's service principal to the access policy."),
     "az keyvault set-policy -n <vault> --object-id <sp-object-id> --key-permissions get wrapKey unwrapKey",
     "",
     false},
    {"forbidden-by-firewall",
     {},
     {"ForbiddenByFirewall"},
     {},
     N("The vault firewall blocks the call"),
     N("The vault denies public access and does not let trusted Azure services through."),
     N("Allow trusted Microsoft services (bypass AzureServices) on the vault's firewall."),
     "az keyvault update -n <vault> --bypass AzureServices",
     "",
     false},
    {"key-disabled",
     {},
     {"KeyDisabled"},
     {"is not allowed on a disabled key"},
     N("The key is disabled"),
     N("Unwrap (and other private-key operations) is refused on a disabled key version."),
     N("Enable the key version the account uses."),
     "az keyvault key set-attributes --vault-name <vault> -n <key> --version <version> --enabled true",
     "",
     false},
    {"key-not-found",
     {},
     {"KeyNotFound"},
     {},
     N("The key does not exist"),
     N("No key with that name (or version) is in the vault; it may have been deleted."),
     N("Recover the key from soft delete, or bind the account to an existing key."),
     "az keyvault key list-deleted --vault-name <vault>",
     "",
     false},
};

#undef N

QString t(const char *text)
{
    return text && *text ? QCoreApplication::translate("ErrorCatalogue", text) : QString();
}

QList<ErrorEntry> build()
{
    QList<ErrorEntry> entries;
    for (const Row &row : kRows) {
        ErrorEntry entry;
        entry.id = QString::fromLatin1(row.id);
        entry.aadsts = QList<int>(row.aadsts.begin(), row.aadsts.end());
        for (const char *code : row.codes) {
            entry.codes.append(QString::fromLatin1(code));
        }
        for (const char *fragment : row.fragments) {
            entry.fragments.append(QString::fromUtf8(fragment));
        }
        entry.title = t(row.title);
        entry.cause = t(row.cause);
        entry.fix = t(row.fix);
        entry.cli = QString::fromUtf8(row.cli);
        entry.link = QString::fromLatin1(row.link);
        entry.unverified = row.unverified;
        entries.append(entry);
    }
    return entries;
}

const ErrorEntry *byAadsts(const QList<int> &numbers)
{
    for (int number : numbers) {
        for (const ErrorEntry &entry : ErrorCatalogue::entries()) {
            if (entry.aadsts.contains(number)) {
                return &entry;
            }
        }
    }
    return nullptr;
}

const ErrorEntry *byFragment(const QString &text)
{
    for (const ErrorEntry &entry : ErrorCatalogue::entries()) {
        for (const QString &fragment : entry.fragments) {
            if (text.contains(fragment, Qt::CaseInsensitive)) {
                return &entry;
            }
        }
    }
    return nullptr;
}

const ErrorEntry *byCode(const QString &code)
{
    if (code.isEmpty()) {
        return nullptr;
    }
    for (const ErrorEntry &entry : ErrorCatalogue::entries()) {
        if (entry.codes.contains(code, Qt::CaseInsensitive)) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

const QList<ErrorEntry> &ErrorCatalogue::entries()
{
    // Built once per process, in the language installed at that time.
    static const QList<ErrorEntry> table = build();
    return table;
}

std::optional<ErrorEntry> ErrorCatalogue::byId(const QString &id)
{
    for (const ErrorEntry &entry : entries()) {
        if (entry.id == id) {
            return entry;
        }
    }
    return std::nullopt;
}

QList<int> ErrorCatalogue::aadstsNumbers(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("AADSTS(\\d{5,7})"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<int> numbers;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const int number = it.next().captured(1).toInt();
        if (!numbers.contains(number)) {
            numbers.append(number);
        }
    }
    return numbers;
}

std::optional<ErrorEntry> ErrorCatalogue::explain(const Azure::AzureError &error)
{
    const QString text =
        QStringList{error.code(), error.innerCode(), error.message(), error.details().join(u'\n')}.join(u'\n');
    const ErrorEntry *entry = byAadsts(aadstsNumbers(text));
    if (!entry) {
        entry = byFragment(error.message() + u'\n' + error.details().join(u'\n'));
    }
    if (!entry) {
        entry = byCode(error.innerCode());
    }
    if (!entry) {
        entry = byCode(error.code());
    }
    if (!entry) {
        return std::nullopt;
    }
    return *entry;
}

QList<ErrorEntry> ErrorCatalogue::explainText(const QString &pasted)
{
    QList<ErrorEntry> found;
    const auto add = [&found](const ErrorEntry &entry) {
        for (const ErrorEntry &known : found) {
            if (known.id == entry.id) {
                return;
            }
        }
        found.append(entry);
    };
    for (int number : aadstsNumbers(pasted)) {
        if (const ErrorEntry *entry = byAadsts({number})) {
            add(*entry);
        }
    }
    for (const ErrorEntry &entry : entries()) {
        for (const QString &fragment : entry.fragments) {
            if (pasted.contains(fragment, Qt::CaseInsensitive)) {
                add(entry);
            }
        }
    }
    // Codes as whole words, so "AccessDenied" does not match inside another word.
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]+"));
    QStringList words;
    for (auto it = word.globalMatch(pasted); it.hasNext();) {
        words.append(it.next().captured(0));
    }
    for (const ErrorEntry &entry : entries()) {
        for (const QString &code : entry.codes) {
            if (words.contains(code, Qt::CaseInsensitive)) {
                add(entry);
            }
        }
    }
    return found;
}

} // namespace CrossKey::Wizard
