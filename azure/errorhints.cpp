// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/errorhints.h"

#include <QRegularExpression>

namespace CrossKey::Azure {

namespace {

struct Hint
{
    const char *code;
    const char *text;
};

// Sections name where each code comes from; markers say how sure CONTRACTS.md/ERRORS.md are of it.
constexpr Hint kHints[] = {
    // Resource Manager, CONTRACTS.md §0
    {"InvalidAuthenticationToken",
     QT_TRANSLATE_NOOP("ErrorHints", "The sign-in token was not accepted. Sign in again; if it keeps failing, the "
                                     "tenant may require a new sign-in (Conditional Access).")},
    {"ExpiredAuthenticationToken", QT_TRANSLATE_NOOP("ErrorHints", "The sign-in token has expired. Sign in again.")},
    {"InvalidAuthenticationTokenTenant",
     QT_TRANSLATE_NOOP("ErrorHints", "The token is from another tenant than the subscription's. Sign in to the "
                                     "tenant named in the message, then retry.")},
    {"AuthorizationFailed",
     QT_TRANSLATE_NOOP("ErrorHints", "Your account lacks a role for this action. Ask an Owner or User Access "
                                     "Administrator of the scope for one; if it was just granted, sign in again.")},
    {"LinkedAuthorizationFailed",
     QT_TRANSLATE_NOOP("ErrorHints", "You may change this resource but not a resource it links to. To attach a "
                                     "managed identity you need Managed Identity Operator on that identity.")},
    {"SubscriptionNotFound",
     QT_TRANSLATE_NOOP("ErrorHints", "The subscription was not found. Check that it belongs to the tenant you "
                                     "signed in to and that it is enabled.")},
    {"ResourceGroupNotFound",
     QT_TRANSLATE_NOOP("ErrorHints", "The resource group does not exist. Pick another one or create it.")},
    {"ResourceNotFound", QT_TRANSLATE_NOOP("ErrorHints", "The resource does not exist, or its name or resource "
                                                         "group is different.")},
    {"MissingSubscriptionRegistration",
     QT_TRANSLATE_NOOP("ErrorHints", "The subscription is not registered for this resource provider. CrossKey can "
                                     "register it; this needs the right to register providers in the subscription.")},
    {"TooManyRequests",
     QT_TRANSLATE_NOOP("ErrorHints", "Azure is throttling requests. CrossKey waits and retries; if it keeps "
                                     "happening, wait a few minutes.")},
    // Resource groups, providers, vaults, role assignments, storage: §3
    {"InvalidResourceGroupLocation",
     QT_TRANSLATE_NOOP("ErrorHints", "A resource group with this name already exists in another region. Use that "
                                     "region or another name.")},
    {"VaultAlreadyExists",
     QT_TRANSLATE_NOOP("ErrorHints", "The vault name is taken, possibly by a deleted vault that is still kept. "
                                     "Recover that vault or choose another name.")},
    {"ConflictError",
     QT_TRANSLATE_NOOP("ErrorHints", "Another operation on the same item is running, or a deleted vault still holds "
                                     "the name. Check deleted vaults, then retry.")},
    {"KeyVaultPolicyError",
     QT_TRANSLATE_NOOP("ErrorHints", "The key vault must have soft delete and purge protection turned on before "
                                     "Storage can use its key.")},
    {"RequestDisallowedByPolicy",
     QT_TRANSLATE_NOOP("ErrorHints", "An Azure Policy assignment blocks this request. Change the settings to satisfy "
                                     "the policy named in the message, or ask its owner for an exemption.")},
    {"PrincipalNotFound",
     QT_TRANSLATE_NOOP("ErrorHints", "The service principal is not visible to Azure yet. This often clears within "
                                     "minutes after it was created; CrossKey retries.")},
    {"RoleAssignmentExists", QT_TRANSLATE_NOOP("ErrorHints", "The role is already assigned. Nothing more is needed.")},
    {"RoleAssignmentUpdateNotPermitted",
     QT_TRANSLATE_NOOP("ErrorHints", "A role assignment with this name exists for another principal or scope. "
                                     "Remove the old assignment, then retry.")},
    {"StorageAccountAlreadyTaken",
     QT_TRANSLATE_NOOP("ErrorHints", "The storage account name is used elsewhere in Azure. Choose another name.")},
    {"StorageAccountAlreadyExists",
     QT_TRANSLATE_NOOP("ErrorHints", "This subscription already has a storage account with this name. Pick it "
                                     "instead of creating it.")},
    {"AccountNameInvalid",
     QT_TRANSLATE_NOOP("ErrorHints", "The name is not allowed. Storage accounts use 3–24 lower-case letters and "
                                     "digits; vaults 3–24 letters, digits and dashes.")},
    {"AccountPropertyCannotBeUpdated",
     QT_TRANSLATE_NOOP("ErrorHints", "A setting named in the message cannot be changed on an existing account.")},
    {"MissingKeyvaultProperties",
     QT_TRANSLATE_NOOP("ErrorHints", "The key vault URI and key name are missing from the encryption settings.")},
    {"MissingEncryptionKeySource",
     QT_TRANSLATE_NOOP("ErrorHints", "The encryption key source is missing from the request.")},
    {"UnknownEncryptionKeySource",
     QT_TRANSLATE_NOOP("ErrorHints", "The encryption key source must be Microsoft.Storage or Microsoft.Keyvault.")},
    {"StorageAccountOperationInProgress",
     QT_TRANSLATE_NOOP("ErrorHints", "Another operation on the storage account is running. Wait for it, then "
                                     "retry.")},
    {"SubscriptionNotRegisteredForFeature",
     QT_TRANSLATE_NOOP("ErrorHints", "The subscription is not registered for a feature this setting needs.")},
    {"KeyVaultAuthenticationFailure",
     QT_TRANSLATE_NOOP("ErrorHints", "Storage could not use the key: the application's service principal lacks Key "
                                     "Vault Crypto Service Encryption User (or get, wrap and unwrap permissions), the "
                                     "grant has not taken effect yet, or the vault firewall blocks trusted services. "
                                     "Grant the role, then retry in a few minutes.")},
    {"BadRequest", QT_TRANSLATE_NOOP("ErrorHints", "Azure rejected the request as invalid; the message says what.")},
    {"InternalError",
     QT_TRANSLATE_NOOP("ErrorHints", "Azure had an internal error. Retry later; with cross-tenant keys this can also "
                                     "mean the application, its federated credential or the managed identity was "
                                     "deleted — run Diagnose.")},
    // Storage data plane, §5 and ERRORS.md 3–5
    {"KeyVaultEncryptionKeyNotFound",
     QT_TRANSLATE_NOOP("ErrorHints", "Storage cannot find the key: it was deleted or disabled, or access to it was "
                                     "removed. Recover or re-enable the key, or grant access again.")},
    {"KeyVaultVaultNotFound",
     QT_TRANSLATE_NOOP("ErrorHints", "Storage cannot find the key vault: it was deleted or renamed. Recover the "
                                     "vault.")},
    {"KeyVaultAccessTokenCannotBeAcquired",
     QT_TRANSLATE_NOOP("ErrorHints", "Storage cannot sign in to the key vault with its identity; the managed "
                                     "identity may have been deleted. Create a new one, point the federated "
                                     "credential at it and bind again.")},
    // Microsoft Graph, §2
    {"Request_ResourceNotFound",
     QT_TRANSLATE_NOOP("ErrorHints", "The directory object does not exist, or was created a moment ago and is not "
                                     "visible everywhere yet.")},
    {"Request_BadRequest", QT_TRANSLATE_NOOP("ErrorHints", "Microsoft Graph rejected the request; the message says "
                                                           "why.")},
    {"Authorization_RequestDenied",
     QT_TRANSLATE_NOOP("ErrorHints", "Your account lacks directory permissions for this. An Application "
                                     "Administrator, Cloud Application Administrator or the application's owner can "
                                     "do it.")},
    {"Request_MultipleObjectsWithSameKeyValue",
     QT_TRANSLATE_NOOP("ErrorHints", "The object already exists (for a service principal: the application is "
                                     "already installed). Nothing more is needed.")},
    {"NoBackingApplicationObject",
     QT_TRANSLATE_NOOP("ErrorHints", "No multitenant application has this application ID: check the ID, make sure "
                                     "the application is multitenant, or retry if it was just created.")},
    // Key Vault data plane, §4.5
    {"Unauthorized", QT_TRANSLATE_NOOP("ErrorHints", "Key Vault did not accept the token. Sign in again to the "
                                                     "tenant that owns the vault.")},
    {"AKV10032",
     QT_TRANSLATE_NOOP("ErrorHints", "The token is from another tenant than the vault's. Sign in to the vault's "
                                     "tenant (the customer's) and retry.")},
    {"Forbidden", QT_TRANSLATE_NOOP("ErrorHints", "Key Vault refused the operation.")},
    {"ForbiddenByRbac",
     QT_TRANSLATE_NOOP("ErrorHints", "The caller has no Key Vault role for this action. Assign the role (Key Vault "
                                     "Crypto Officer to manage keys, Crypto Service Encryption User for the "
                                     "application); new roles can take up to ten minutes to apply.")},
    {"ForbiddenByPolicy",
     QT_TRANSLATE_NOOP("ErrorHints", "The vault uses access policies and the caller has none for this. Add an "
                                     "access policy with the key permissions named in the message.")},
    {"AccessDenied", QT_TRANSLATE_NOOP("ErrorHints", "The vault's access policy does not allow this. Add an access "
                                                     "policy with the needed key permissions.")},
    {"KeyDisabled", QT_TRANSLATE_NOOP("ErrorHints", "The key is disabled. Enable it to restore access.")},
    {"KeyNotFound",
     QT_TRANSLATE_NOOP("ErrorHints", "The key does not exist in this vault. If it was deleted recently, recover it "
                                     "from the vault's deleted keys.")},
    {"ObjectIsDeletedButRecoverable",
     QT_TRANSLATE_NOOP("ErrorHints", "A deleted key still holds this name. Recover it or purge it, or choose another "
                                     "name.")},
    {"Conflict",
     QT_TRANSLATE_NOOP("ErrorHints", "The name is held by a deleted but recoverable item. Recover or purge it.")},
    {"BadParameter", QT_TRANSLATE_NOOP("ErrorHints", "Key Vault rejected a parameter; the message says which.")},
    // Identity platform, §1.2, §1.5, §1.6 and ERRORS.md
    {"AADSTS50076", QT_TRANSLATE_NOOP("ErrorHints", "Multi-factor authentication is required. Sign in again "
                                                    "interactively.")},
    {"AADSTS50079", QT_TRANSLATE_NOOP("ErrorHints", "You must register for multi-factor authentication. Sign in "
                                                    "again interactively.")},
    {"AADSTS50074", QT_TRANSLATE_NOOP("ErrorHints", "Strong authentication is required. Sign in again "
                                                    "interactively.")},
    {"AADSTS53003", QT_TRANSLATE_NOOP("ErrorHints", "Conditional Access blocked the sign-in. Ask the tenant's "
                                                    "administrator which device or location is allowed.")},
    {"AADSTS50058", QT_TRANSLATE_NOOP("ErrorHints", "There is no sign-in session. Sign in interactively.")},
    {"AADSTS65001", QT_TRANSLATE_NOOP("ErrorHints", "The application has not been consented to in this tenant. A "
                                                    "user or administrator must consent first.")},
    {"AADSTS65004", QT_TRANSLATE_NOOP("ErrorHints", "Consent was declined. Sign in again and accept, or ask an "
                                                    "administrator to consent for the tenant.")},
    {"AADSTS90094", QT_TRANSLATE_NOOP("ErrorHints", "An administrator must consent for the tenant. Send them the "
                                                    "admin-consent link.")},
    {"AADSTS70008", QT_TRANSLATE_NOOP("ErrorHints", "The sign-in has expired or was revoked. Sign in again.")},
    {"AADSTS700082", QT_TRANSLATE_NOOP("ErrorHints", "The sign-in expired after a long time unused. Sign in again.")},
    {"AADSTS50173", QT_TRANSLATE_NOOP("ErrorHints", "The sign-in is no longer valid, for example after a password "
                                                    "change. Sign in again.")},
    {"AADSTS700016",
     QT_TRANSLATE_NOOP("ErrorHints", "The application is not installed in this tenant. The tenant's administrator "
                                     "must install it (create its service principal or grant admin consent); check "
                                     "that the application ID, not its object ID, was used.")},
    {"AADSTS500011",
     QT_TRANSLATE_NOOP("ErrorHints", "The resource is not available in this tenant (its service principal is "
                                     "missing).")},
    {"AADSTS50020",
     QT_TRANSLATE_NOOP("ErrorHints", "Your account is not a member or guest of this tenant. Sign in with an account "
                                     "of the tenant, or ask to be invited.")},
    {"AADSTS50011", QT_TRANSLATE_NOOP("ErrorHints", "The redirect address does not match one registered for the "
                                                    "application.")},
    {"AADSTS500113", QT_TRANSLATE_NOOP("ErrorHints", "The application has no reply address registered. Add a "
                                                     "redirect URI to it.")},
    {"AADSTS50194",
     QT_TRANSLATE_NOOP("ErrorHints", "The application is not multitenant. Sign in to its own tenant, or make it "
                                     "multitenant.")},
    {"AADSTS7000218",
     QT_TRANSLATE_NOOP("ErrorHints", "The application does not allow public-client sign-in. Allow public client "
                                     "flows on it, or use another client ID.")},
    {"AADSTS70021", QT_TRANSLATE_NOOP("ErrorHints", "No federated credential matches the presented token. Compare "
                                                    "its issuer, subject and audience exactly.")},
    {"AADSTS700211",
     QT_TRANSLATE_NOOP("ErrorHints", "The federated credential's issuer does not match. It must be exactly the ISV "
                                     "tenant's issuer, https://login.microsoftonline.com/<tenant ID>/v2.0.")},
    {"AADSTS700212",
     QT_TRANSLATE_NOOP("ErrorHints", "The federated credential's audience does not match. It must be exactly the "
                                     "cloud's audience, for example api://AzureADTokenExchange.")},
    {"AADSTS700213",
     QT_TRANSLATE_NOOP("ErrorHints", "The federated credential's subject does not match. It must be exactly the "
                                     "managed identity's principal (object) ID, in the same case.")},
    {"AADSTS7000226",
     QT_TRANSLATE_NOOP("ErrorHints", "The application has no federated credential: the application or its "
                                     "credential was deleted. Restore it, or add a credential for the managed "
                                     "identity.")},
    {"AADSTS700222",
     QT_TRANSLATE_NOOP("ErrorHints", "Entra tokens may not be used for this federated flow; the credential only "
                                     "serves the managed-identity exchange it was made for.")},
    {"AADSTS700229", QT_TRANSLATE_NOOP("ErrorHints", "Only app-only tokens may be used as federated credentials for "
                                                     "an Entra issuer.")},
    // OAuth `error` values, when no AADSTS code says more (§1.2, §1.5, §1.6, §1.8)
    {"invalid_request", QT_TRANSLATE_NOOP("ErrorHints", "The sign-in request was rejected. Try signing in again.")},
    {"invalid_grant", QT_TRANSLATE_NOOP("ErrorHints", "The sign-in is no longer valid. Sign in again.")},
    {"unauthorized_client", QT_TRANSLATE_NOOP("ErrorHints", "The application may not sign in this way in this "
                                                            "tenant.")},
    {"invalid_client", QT_TRANSLATE_NOOP("ErrorHints", "The application's credentials or settings were rejected.")},
    {"unsupported_grant_type", QT_TRANSLATE_NOOP("ErrorHints", "The identity platform does not support this "
                                                               "sign-in method here.")},
    {"unsupported_response_type", QT_TRANSLATE_NOOP("ErrorHints", "The identity platform does not support this "
                                                                  "sign-in method here.")},
    {"invalid_resource", QT_TRANSLATE_NOOP("ErrorHints", "The requested service is not available in this tenant.")},
    {"invalid_scope", QT_TRANSLATE_NOOP("ErrorHints", "The requested permissions are not valid for this "
                                                      "application.")},
    {"access_denied", QT_TRANSLATE_NOOP("ErrorHints", "Sign-in or consent was cancelled or refused.")},
    {"consent_required", QT_TRANSLATE_NOOP("ErrorHints", "Consent is needed. Sign in interactively and accept, or "
                                                         "ask an administrator.")},
    {"interaction_required", QT_TRANSLATE_NOOP("ErrorHints", "The tenant needs you to sign in interactively.")},
    {"login_required", QT_TRANSLATE_NOOP("ErrorHints", "There is no sign-in session. Sign in interactively.")},
    {"server_error", QT_TRANSLATE_NOOP("ErrorHints", "The identity platform had an error. Retry in a moment.")},
    {"temporarily_unavailable", QT_TRANSLATE_NOOP("ErrorHints", "The identity platform is busy. Retry in a "
                                                                "moment.")},
    {"authorization_pending", QT_TRANSLATE_NOOP("ErrorHints", "Waiting for you to finish signing in on the other "
                                                              "device.")},
    {"authorization_declined", QT_TRANSLATE_NOOP("ErrorHints", "The sign-in was declined on the other device.")},
    {"bad_verification_code", QT_TRANSLATE_NOOP("ErrorHints", "The device code was not recognised. Start the "
                                                              "sign-in again.")},
    {"expired_token", QT_TRANSLATE_NOOP("ErrorHints", "The device code expired. Start the sign-in again.")},
    {"insufficient_claims", QT_TRANSLATE_NOOP("ErrorHints", "The tenant requires a fresh sign-in for this "
                                                            "(Conditional Access). Sign in again.")},
    {"invalid_token", QT_TRANSLATE_NOOP("ErrorHints", "The session was revoked or a tenant policy rejected it. Sign "
                                                      "in again.")},
};

struct StatusHint
{
    int status;
    const char *text;
};

constexpr StatusHint kStatusHints[] = {
    {400, QT_TRANSLATE_NOOP("ErrorHints", "The request was rejected as invalid.")},
    {401, QT_TRANSLATE_NOOP("ErrorHints", "The sign-in was not accepted. Sign in again.")},
    {403, QT_TRANSLATE_NOOP("ErrorHints", "Access was refused. Check the roles of the signed-in account.")},
    {404, QT_TRANSLATE_NOOP("ErrorHints", "It was not found. Check the name, or wait if it was just created.")},
    {408, QT_TRANSLATE_NOOP("ErrorHints", "The service timed out. Retry.")},
    {409, QT_TRANSLATE_NOOP("ErrorHints", "It conflicts with something that exists or is in progress.")},
    {429, QT_TRANSLATE_NOOP("ErrorHints", "Too many requests. Wait a moment, then retry.")},
    {500, QT_TRANSLATE_NOOP("ErrorHints", "The service had an internal error. Retry later.")},
    {502, QT_TRANSLATE_NOOP("ErrorHints", "A gateway or proxy between you and Azure failed. Retry; if it persists, "
                                          "check the proxy.")},
    {503, QT_TRANSLATE_NOOP("ErrorHints", "The service is unavailable for now. Retry later.")},
    {504, QT_TRANSLATE_NOOP("ErrorHints", "A gateway or proxy timed out. Retry later.")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("ErrorHints", text);
}

} // namespace

QString ErrorHints::forCode(const QString &code)
{
    if (code.isEmpty()) {
        return {};
    }
    for (const auto &hint : kHints) {
        if (code.compare(QLatin1String(hint.code), Qt::CaseInsensitive) == 0) {
            return translated(hint.text);
        }
    }
    return {};
}

QString ErrorHints::forStatus(int httpStatus)
{
    for (const auto &hint : kStatusHints) {
        if (hint.status == httpStatus) {
            return translated(hint.text);
        }
    }
    if (httpStatus >= 500 && httpStatus < 600) {
        return forStatus(500);
    }
    if (httpStatus >= 400 && httpStatus < 500) {
        return forStatus(400);
    }
    return {};
}

QString ErrorHints::forError(const QStringList &codes, int httpStatus, const QString &message)
{
    for (const QString &code : codes) {
        // CONTRACTS.md §0: the messages name the action and scope; say them in the hint, since the
        // message is long and the role to ask for follows from the action.
        if (code.compare(QLatin1String("AuthorizationFailed"), Qt::CaseInsensitive) == 0) {
            static const QRegularExpression pattern(QStringLiteral("action '([^']+)' over scope '([^']+)'"));
            const auto match = pattern.match(message);
            if (match.hasMatch()) {
                return tr("Your account may not perform %1 on %2. Ask an Owner or User Access Administrator of that "
                          "scope for a role that allows it; if it was just granted, sign in again.")
                    .arg(match.captured(1), match.captured(2));
            }
        }
        if (code.compare(QLatin1String("LinkedAuthorizationFailed"), Qt::CaseInsensitive) == 0) {
            static const QRegularExpression pattern(
                QStringLiteral("permission to perform action '([^']+)' on the linked scope\\(s\\) '([^']+)'"));
            const auto match = pattern.match(message);
            if (match.hasMatch()) {
                return tr("You also need %1 on %2 (for a managed identity: the Managed Identity Operator role).")
                    .arg(match.captured(1), match.captured(2));
            }
        }
        const QString hint = forCode(code);
        if (!hint.isEmpty()) {
            return hint;
        }
    }
    return forStatus(httpStatus);
}

QStringList ErrorHints::knownCodes()
{
    QStringList codes;
    for (const auto &hint : kHints) {
        codes.append(QLatin1String(hint.code));
    }
    return codes;
}

} // namespace CrossKey::Azure
