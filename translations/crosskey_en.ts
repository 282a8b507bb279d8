<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity %1 is attached to storage account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 has identity type “%2”; managed identity %3 will be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure accepted the change but storage account %1 still does not carry managed identity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached managed identity %1 to storage account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s system-assigned identity was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will use key %1 in %2 through identity %3 and application %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched the account&apos;s encryption identity to %1 (first of two changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the account&apos;s encryption to key %1 in %2 through identity %3 and application %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned key version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure accepted the change, but the account reads back otherwise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tried %n more time(s) over %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Another change of the storage account is running; trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage cannot reach the customer&apos;s key yet (%1); a new grant can take minutes to apply. Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning yourself Key Vault Crypto Officer needs Owner, User Access Administrator or Role Based Access Control Administrator on the vault. Ask someone with one of them to assign you the role on the vault, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault does not honour your new role yet. Role assignments can take up to ten minutes to reach Key Vault; retry this step in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the customer tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in user&apos;s object id is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no Key Vault Crypto Officer or Administrator role on the vault; Crypto Officer will be assigned to you on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned Key Vault Crypto Officer to you on the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault does not honour the role yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the Key Vault Crypto Officer role to take effect (Azure can take up to ten minutes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s access policy lets you get, list and create keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s access policy does not give you these key permissions yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added key permissions %1 for you to the vault&apos;s access policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner of app “%1” or an administrator may add federated credentials to it. Ask one of them to run this step, or to add you as an owner, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1” cannot be found (deleted, or not yet visible everywhere). Run the “Multitenant application” step again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential with this name or this issuer and subject was just added by someone else. Retry the step: it will check the credential that is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the new app to be visible everywhere in Microsoft Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1” already trusts the identity: credential “%2” (issuer %3, subject %4, audience %5); it is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audience is %1, but this cloud&apos;s managed identities present %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subject %1 differs in letter case from the identity&apos;s principal id %2 (matching is case-sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its issuer is %1, but the identity&apos;s tokens are issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it trusts issuer %1 and subject %2, not this identity (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1” already has %2 federated credentials, the most an app may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a credential the app no longer needs (az ad app federated-credential delete), or use another app, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1” does not trust the identity yet: a credential “%2” with issuer %3, subject %4 and audience %5 will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated credential “%1” on app “%2” does not fit: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage could not sign in with it. Delete it (az ad app federated-credential delete --id %1 --federated-credential-id %2) and run the step again; CrossKey then adds a matching one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added credential “%1” to app “%2” (issuer %3, subject %4, audience %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting the application a role needs Owner, User Access Administrator or Role Based Access Control Administrator on the vault; changing access policies needs Contributor or Key Vault Contributor. Ask someone with such a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure&apos;s role service still does not know the application&apos;s service principal. This replication delay usually clears within minutes: retry this step later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role assignment under CrossKey&apos;s name for this grant exists with other contents. Remove it in the portal (Access control of the key) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s service principal holds %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s service principal has no role on the key; Key Vault Crypto Service Encryption User will be assigned on the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned Key Vault Crypto Service Encryption User to the application&apos;s service principal on the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Azure to replicate the new service principal before granting it the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s access policy lets the application&apos;s service principal get, wrap and unwrap keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s access policy lacks these key permissions for the application&apos;s service principal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added key permissions %1 for the application&apos;s service principal to the vault&apos;s access policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You lack Key Vault Crypto Officer on the vault, or it has not reached Key Vault yet. Run the “Allow yourself to manage keys” step again, or retry in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s access policy does not let you create or read keys. Add get, list and create key permissions for yourself to the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted key named %1 is still kept by the vault. Recover it (az keyvault key recover --vault-name … --name %1) or choose another key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key %1 in the vault; an RSA key of %2 bits will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the RSA key %1 (%2 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1: %2, latest version %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 does not exist in resource group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and group, or give a location (--location) to create the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 does not exist yet; it will be created in %2 (StorageV2, Standard_LRS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is creating storage account %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is creating storage account %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account names are global: 3 to 24 lower-case letters and digits, not used by anyone else. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created storage account %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is taken: vault names are global, and a deleted vault keeps its name until it is purged. Choose another name, or pick the existing vault in its own resource group if it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted vault still holds the name %1. Recover it (az keyvault recover --name %1) and run again, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating or changing a key vault needs Contributor, Key Vault Contributor or Owner on the resource group. Ask an owner of the subscription for that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 3 to 24 letters, digits and hyphens, starting with a letter and ending with a letter or digit, without two hyphens in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure Policy of your organization refuses this vault. Its message says which setting; change the vault to match or ask the policy&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault %1 in resource group %2; it will be created with Azure RBAC, soft delete and purge protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is not registered for Microsoft.KeyVault; it will be registered and the vault created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault %1 belongs to tenant %2, not to the tenant you signed in to (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault of this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault still lacks soft delete or purge protection after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage needs soft delete and purge protection; purge protection will be turned on, which cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned on soft delete and purge protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered Microsoft.KeyVault in the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration of Microsoft.KeyVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Azure to register Microsoft.KeyVault in the subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering a preview feature needs Microsoft.Features/providers/features/register/action on the subscription (Contributor or Owner). Ask an owner of the subscription to run: az feature register --namespace %1 --name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 is not in this tenant, or you cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud does not know the feature %1/%2. If it offers cross-tenant customer-managed keys without it, the step is not needed; report it to CrossKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cloud offers cross-tenant customer-managed keys without registering %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1/%2 is %3 in the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration of %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is still registering the feature; this can take many minutes. Retry the step later; it goes on waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is registering the feature %1/%2 (%3); this can take several minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1/%2 is registered in the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 does not use a customer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind it to the customer&apos;s key first (isv-bind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure does not show which key version storage account %1 uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the version to pin (--key-version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account follows the key&apos;s newest version again (Azure checks about daily).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will use Microsoft-managed keys: its data no longer depends on the customer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure accepted the change, but the account still uses the customer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to Microsoft-managed keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is set to the customer&apos;s key, but its data cannot be read or written: Storage cannot use key %1 (%2). The key may be disabled, expired or no longer granted to the app, the identity deleted, or the app&apos;s federated credential changed. Run Diagnose, or ask the customer to check the key and its grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not bound to the customer&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the “Encrypt with the customer&apos;s key” step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the account back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure does not show a current versioned key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account has no blob endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: that the data plane can use the key (%1). Only the account&apos;s settings were checked; Azure shows no key health there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have no blob data role on the account, such as Storage Blob Data Contributor; with one, run this step again to write and read a test blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote blob %1 through the account&apos;s data plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verification blob yet: one will be written and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1 reads back with other content than was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read blob %1 back through the data plane: Storage can use the customer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault lacks soft delete or purge protection; Storage refuses such a key (KeyVaultPolicyError).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the “Key vault” step again to turn purge protection on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s firewall blocks trusted Azure services, so Storage cannot reach the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow trusted Microsoft services in the vault&apos;s networking settings (az keyvault update --bypass AzureServices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has soft delete and purge protection, and Storage can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s access policy lacks %1 for the application&apos;s service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the “Grant the application the key” step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access policy lets the application get, wrap and unwrap keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s service principal holds no role that may use the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s service principal (%1) holds %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the key, then run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is enabled and allows wrap and unwrap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>The sign-in answer does not say which tenant and user signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with a work or school account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved sign-in could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; the saved sign-in will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArmResource</name>
    <message>
        <source>Resource Manager sent a resource whose &quot;%1&quot; is missing or of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureError</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing further was changed. Run again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureNames</name>
    <message>
        <source>“%1” is not a valid resource group name: use 1 to 90 letters, digits, periods, underscores, hyphens or parentheses, not ending in a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid application name: use 1 to 120 characters, not only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid managed identity name: use 3 to 128 letters, digits, hyphens or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid federated credential name: use 3 to 120 letters, digits, hyphens or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindRules</name>
    <message>
        <source>Storage account %1 (%2) is encrypted with Microsoft-managed keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the key&apos;s newest version (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is pinned to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 (%2) is encrypted with key %3 in %4; it %5; identity %6, application %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching the managed identity needs Managed Identity Operator (…/userAssignedIdentities/assign/action) on the identity itself, besides the right to change the storage account. Ask an owner: az role assignment create --role &quot;Managed Identity Operator&quot; --assignee &lt;you&gt; --scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the storage account needs Storage Account Contributor, Contributor or Owner on it. Ask an owner of resource group %1 for one of these roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s vault lacks soft delete or purge protection, which Storage requires for a customer key. The customer turns purge protection on (az keyvault update --name &lt;vault&gt; --enable-purge-protection true), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage finds no vault at %1. Check the key grant file with the customer: the vault may be deleted or the URI mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage cannot use key %1 in %2: it is missing, disabled, expired or not yet valid. Ask the customer to check the key (az keyvault key show --id %2/keys/%1) and enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage cannot get a token for the managed identity %1: it was deleted or is not attached. Run the ISV prepare plan again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure changes the identity and the key of an account already on a customer key in two requests. Retry: CrossKey sends them one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The managed identity is not attached to the account. Run the “Attach the identity” step again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change of the storage account is still running. Wait a minute, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 is not installed in the customer&apos;s tenant (no service principal there). The customer opens the invitation link or runs the customer grant plan, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 no longer exists in your tenant or has no federated credential. Run the ISV prepare plan again; the customer may need to install the app anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1&apos;s federated credential does not match the managed identity exactly (issuer, subject = the identity&apos;s principal id, audience api://AzureADTokenExchange; case-sensitive). Run the ISV prepare plan&apos;s “Federated credential” step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage reached the vault without the application: send federatedIdentityClientId = %1 (the key grant&apos;s app id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s vault firewall blocks Storage. The customer allows trusted Azure services (az keyvault update --name &lt;vault&gt; --bypass AzureServices), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 may not use key %2 yet: the customer&apos;s grant (Key Vault Crypto Service Encryption User on the key, or get, wrapKey and unwrapKey in the access policy) is missing or still propagating. Ask the customer to run the grant step, wait a few minutes, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsChallenge</name>
    <message>
        <source>The service asked for more sign-in claims in a form CrossKey cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>the field %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not an absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 must be an https URL (http only on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not a DNS suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 holds something other than text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud&apos;s endpoint document (metadata/endpoints) cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Resource Manager URL given with --cloud; it must be the address of an Azure Resource Manager that publishes metadata/endpoints?api-version=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in cloud named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use public, usgov or china, or the https URL of a Resource Manager endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names %1 as Resource Manager, but it came from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used as a Resource Manager URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an https URL, or an http URL on this computer (the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud&apos;s endpoint document is far larger than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Resource Manager URL given with --cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL and the network connection, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Resource Manager URL redirects elsewhere; give the final URL instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used as a sign-in address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s answer is far larger than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service answered with something that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, check the cloud&apos;s sign-in address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s OpenID configuration cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cloud and the tenant id, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“issuer” is missing or not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“issuer” is not a plain URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used to look up a tenant&apos;s OpenID configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is far larger than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant id: the sign-in service does not know tenant “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::App::AppServices</name>
    <message>
        <source>--client-id must be an application (client) id, a GUID such as %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client id of a public client registration, or leave the option out to sign in as the Azure CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::App::Headless::DiagnoseCommand</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its side of the chain is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing (read-only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: could not write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::App::Headless::RunCommand</name>
    <message>
        <source>exists, will be reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: depends on an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in is looked for: the keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the saved sign-in of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to tenant %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the inputs against Azure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1: nothing is created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved progress could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 steps were completed by an earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress could not be saved, so this run may not be resumable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: a step needs you. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same command again when that is done; it continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is saved: run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the step in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::App::Headless::TenantSignIn</name>
    <message>
        <source>Using the saved sign-in of %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to tenant %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::AccountSession</name>
    <message>
        <source>%1 is not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to this tenant again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::BrowserSignInJob</name>
    <message>
        <source>the sign-in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and finish in the browser, or use a device code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is missing its cloud or client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cloud and a client id, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on this computer for the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the device code sign-in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrossKey has received the answer of the sign-in page. You may close this window and return to CrossKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other sign-in pages and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::CloudResolveJob</name>
    <message>
        <source>The cloud must be public, usgov, china, or a Resource Manager URL (https, or http on this computer), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a built-in cloud, or the Resource Manager address of your cloud or the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::DeviceCodeSignInJob</name>
    <message>
        <source>The sign-in service&apos;s device code answer has no usable field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, or sign in with the browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in again and enter the new code in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::LroJob</name>
    <message>
        <source>The operation on %1 ended as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::PagerJob</name>
    <message>
        <source>a page has no &quot;value&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the list has more than %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the next-page link is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next-page links do not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list from %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::RestJob</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; CrossKey does not follow redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something that is not a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::RestPipeline</name>
    <message>
        <source>CrossKey does not send requests to %1: it is not an endpoint of the selected cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault asked for a token for &quot;%1&quot; from &quot;%2&quot;, which is not the selected cloud&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::SignInOperation</name>
    <message>
        <source>No saved sign-in for tenant %1 in this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser can be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a device code instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Azure::TokenStoreChoiceJob</name>
    <message>
        <source>The system keychain did not return what was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sign-ins are kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep sign-ins between runs, install or unlock a Secret Service keyring such as GNOME Keyring (gnome-keyring) or KWallet, then start CrossKey again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::AccountPage</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin the key&apos;s current version (else Storage follows rotations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account and identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the storage account to encrypt with the customer&apos;s key — an existing one, or a new name and its region — and the managed identity that reaches the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–24 lower-case letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region for a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the resource group, or its resource id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the key&apos;s current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region (new account):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed &amp;identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage account name has 3 to 24 characters, lower-case letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>subscription: name (id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an existing account: no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>region: display name (name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the identity application %1&apos;s federated credential names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity found: type the identity&apos;s name or resource id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading subscriptions, resource groups, regions and the identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must exist; to create it, choose its region below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in %1 if it does not exist; an existing account is used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::AppPage</name>
    <message>
        <source>Create a &amp;new multitenant app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the app name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make this app multitenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer installs this app registration in their tenant and grants it access to their key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new multitenant app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or app id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this app multitenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app accepts sign-ins from your tenant only. To be installed by the customer it must become multitenant (sign-in audience &quot;Accounts in any organizational directory&quot;). Nothing else changes: its permissions, secrets and users stay as they are, and other tenants can use it only after one of their administrators consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>app: name — app id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (single tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant has no app registrations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new app registration with this name is created, or an app of this tenant with exactly this name is reused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::BindResultPage</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was verified, and what was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each step found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>step title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • %1</source>
        <comment>evidence line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 reads back as encrypted with the customer&apos;s key, and a blob was written and read through its data plane: the key is really in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 reads back as encrypted with the customer&apos;s key. The data plane was not verified (no blob data role for you on the account): a blob write and read were not tried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::BindReviewPage</name>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the bind will do, checked against your tenant. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps that will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Azure CLI script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure C&amp;LI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the key grant and sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>step title, what the check found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what is already in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in place yet: the run will do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when it runs: it depends on an earlier step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Choose Bind to make these changes in your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) could not be checked. Fix the cause shown above and retry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::ChainWidget</name>
    <message>
        <source>Chain of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App + credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::CustomerGrantWizard</name>
    <message>
        <source>Sign in to your (customer) tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account of the tenant that will hold the key, one that may create a Key Vault and assign roles on it (for example Owner). Installing the ISV&apos;s app also needs an administrator; if you are not one, the run asks one to consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subscription, the resource group and the region for the Key Vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Choose Next for the key grant to send to your ISV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::DiagnoseInputPage</name>
    <message>
        <source>&amp;Subscription id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the &amp;ISV tenant (app, identity, storage account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the &amp;customer tenant (service principal, vault, key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose only reads: it never changes anything in either tenant. Give one end of the chain and sign in to the tenants you can reach; the other side&apos;s checks are marked not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account (resource id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account (name and subscription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the ISV tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the customer tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants to sign in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://{vault}.vault.azure.net/keys/{key}[/{version}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one tenant to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a key URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a storage account resource id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the subscription id too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the ISV tenant, the app, identity and storage account are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the customer tenant, the service principal, vault and key are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::DiagnoseResultsPage</name>
    <message>
        <source>Diagnosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy C&amp;LI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check appears as it completes, grouped by link of the chain, failures first. Select one for its cause, fix, evidence and the Azure CLI to check or fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI for this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every link of the chain (read-only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sign-ins are to the same tenant (%1). If the key is in another tenant, go Back and sign in to the customer tenant with its domain or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a check to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::DiagnoseWizard</name>
    <message>
        <source>Sign in to the ISV tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant with the app, the managed identity and the storage account. Diagnose only reads: an account with Reader on the subscription and the default directory rights is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the customer tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant with the Key Vault and the key. Enter its domain or id as the tenant so this sign-in is not the ISV&apos;s. Diagnose only reads: Reader on the vault&apos;s subscription is enough; a Key Vault reader role shows the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>request id header: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ids for support:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>error summary, hint</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::ExplainErrorBox</name>
    <message>
        <source>Explain an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an error &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: AADSTS700016: Application with identifier … was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known error matches this message. Check its request id and correlation id with Azure support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n known error(s) match this message.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::ExplainedError</name>
    <message>
        <source>%1 %2</source>
        <comment>cause, fix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> More: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::FindingTreeModel</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::FlowSession</name>
    <message numerus="yes">
        <source>%n step(s) were already complete from an earlier run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::GrantReviewPage</name>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the run will do in your tenant, and what is in place already. Nothing has been changed yet. The same as Azure CLI commands is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan: open an invitation and sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what already exists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in place: it will be reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in place yet: the run will do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run will do it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when it runs: it depends on an earlier step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>step title, what the check found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Choose Create to make these changes in your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) could not be checked. Fix the cause shown above and retry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::IdentityPage</name>
    <message>
        <source>Create a &amp;new user-assigned identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the identity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing identity in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your storage account uses this identity to reach the customer&apos;s key, through the app&apos;s federated credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new user-assigned identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing identity in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the identities of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a new group, so it has no identities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.ManagedIdentity is not registered in this subscription yet, so there are no identities. The run registers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>identity: name (region)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no user-assigned identities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in the chosen group and region, or reused if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::InstallAppPage</name>
    <message>
        <source>What installing means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the app is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the ISV&apos;s application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run installs the app in your tenant as an enterprise application (a service principal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (app id %2) gets no access by being installed: it may use nothing but the one key you grant it on the next pages, and only to wrap and unwrap its storage account&apos;s key. You can remove the grant at any time.

If your account may install apps, the run creates the service principal. If not, it opens the admin-consent page for an administrator and waits until they have consented; the run page shows the waiting and the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the app in your tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed already: the run reuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed yet: the run installs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find out whether the app is installed; the run will check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::InvitationPage</name>
    <message>
        <source>App name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-consent link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation for your customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this to the customer&apos;s administrator. It holds no secret: only ids and the link that installs your app in their tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App (client) &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV &amp;tenant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-consent &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finished run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was copied as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::IsvBindWizard</name>
    <message>
        <source>Sign in to your (ISV) tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account that may change the storage account and attach the managed identity (for example Owner, or Contributor with Managed Identity Operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV: bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Choose Next for what was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::IsvPrepareWizard</name>
    <message>
        <source>Sign in to your (ISV) tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account that may register apps in the tenant and create resources in the subscription (for example Owner, or Application Developer with Contributor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Choose Next for the invitation to send to your customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV: prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::KeyGrantPage</name>
    <message>
        <source>&amp;Open key grant file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s key grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the key-grant.json file your customer sent, or paste their message. CrossKey reads it strictly and shows what it grants before anything is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open key grant file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted key grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste the customer&apos;s message or the file&apos;s text here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key grant is open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open key grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key grant (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not accepted; see the reason above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text was not accepted; see the reason above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1:
Cloud: %2
Customer tenant: %3
Key vault: %4
Key: %5
Version: %6
Granted to application: %7
Created: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest (Storage follows rotations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::KeyGrantResultPage</name>
    <message>
        <source>Vault URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin this key version (otherwise the ISV follows the newest version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save key grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key grant status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key grant for your ISV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this to your ISV. It holds no secret: only where the key is and which app may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key grant as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tenant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finished run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key grants (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key grant was copied as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::KeyPage</name>
    <message>
        <source>About the key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key the ISV&apos;s storage account will be encrypted with. Name an existing key to reuse it, or a new name to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key expiry (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. 2028-12-31T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing usable key of this name is reused; else it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stops working at %1 (UTC); rotate it before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::LogView</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status change and message, newest last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 (%n step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>log line: time, message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>log: step title: status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>log: status (reason)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>log: status: error</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::MainWindow</name>
    <message>
        <source>CrossKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: its pages are not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::ManageTargetPage</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to manage and show its current state. Each action asks you to confirm first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://{vault}.vault.azure.net/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to &amp;Microsoft-managed keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable key (revoke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account stops using the customer&apos;s key and is encrypted with Microsoft-managed keys again, at once. The customer can no longer revoke your access to the data by disabling their key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage keeps using the key&apos;s current version; a rotation by the customer is not picked up until you change the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage follows the key&apos;s newest version and picks up a rotation by itself within a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key version is made. Accounts that follow the newest version pick it up within a day; pinned accounts keep the old version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is disabled: every storage account encrypted with it becomes unreadable once the service&apos;s key cache expires (up to an hour), until you enable the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is enabled again; the accounts encrypted with it become readable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>subscription: name (id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read; see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted with Microsoft-managed keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted with the customer&apos;s key.
Key URI: %2
Version: %3
Current versioned key: %4
Last rotation: %5
Identity: %6
Application (federated client) id: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version: %1
State: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: accounts using it cannot read data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::ManageWizard</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV side: sign in to your tenant with a role that may change the storage account. Customer side: sign in to your tenant with a role that may manage the key (for example Key Vault Crypto Officer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Choose Finish to go back to the modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::ModeChooserPage</name>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrossKey sets up and diagnoses Azure Storage encryption with a customer-managed key that lives in another tenant. Each mode is for one person and one phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>mode: audience, then summary</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::OpenInvitationPage</name>
    <message>
        <source>&amp;Open invitation file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ISV&apos;s invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ISV sent an invitation file (or a mail with it at the end). It names their app and tenant; check them before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste the invitation (the mail&apos;s text or the file&apos;s content) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrossKey invitation (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text is not a readable invitation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text holds no invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole invitation your ISV sent, or open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1:
App: %2
App id: %3
ISV tenant: %4
Cloud: %5
Created: %6

The app will be able to use only the one key you grant it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::RetryBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::ReviewPage</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will run, checked against your tenant. Nothing has been created yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps that will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Azure CLI script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure C&amp;LI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>step title, what the check found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your choices against the tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a problem in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created. Go back and change your choices:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before anything is created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what already exists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in place: it will be reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in place yet: the run will do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when it runs: it depends on an earlier step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Choose Create to make these changes in your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) could not be checked. Fix the cause shown above and retry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::RunPage</name>
    <message>
        <source>Run status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Choose Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step checks first and changes only what is missing. You may cancel, and retry a failed step; closing CrossKey keeps the progress for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan to run. Go back to the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step failed. Its cause and what to do are shown below; fix it and choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step needs you. Do what it says below, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Choose Retry to continue where the run stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::RunView</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no steps to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the plan with its live status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every step and make the changes that are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the step that is running; nothing further is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again from the step that stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::ScopePage</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to create the resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subscription, the resource group and the region for the managed identity. Type to search the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an existing group or type the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing group, or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>subscription: name (id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sees no subscription in the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an owner of a subscription to give you the Owner or Contributor role on it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>region: display name (name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading subscriptions, resource groups and regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a group or type a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing group in %1: it will be reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group: it will be created in the region below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::SidePage</name>
    <message>
        <source>&amp;ISV: my storage account&apos;s encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer: my key in Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISV manages how their storage account uses the customer&apos;s key; the customer manages the key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV: storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the encryption, pin or follow the key version, or switch back to Microsoft-managed keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate, disable (revoke access) or re-enable the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::SignInPage</name>
    <message>
        <source>In the &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a &amp;device code (on this or another device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cloud (Resource Manager URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://management.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: contoso.onmicrosoft.com or the tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to enter the code on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;Manager URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a saved sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the cloud&apos;s sign-in endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a device code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; on any device and enter the code above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 in tenant %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::StepDetailView</name>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure C&amp;LI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check or the change found, one finding per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI commands that make the same change, for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the CLI commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the equivalent Azure CLI commands to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step in the list to see what it checks and changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::StepListModel</name>
    <message>
        <source>%1
%2</source>
        <comment>step list row: title, then status line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3. %4.</source>
        <comment>step list row for screen readers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>elapsed hours:minutes:seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>elapsed minutes:seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>status · elapsed time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>status · reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <comment>wait reason, then the time it should end</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::VaultPage</name>
    <message>
        <source>Use an &amp;existing vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;purge protection on (this cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds the key. It needs soft delete and purge protection, so the key cannot be lost while the ISV&apos;s storage depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn purge protection on; cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–24 letters, digits and hyphens, globally unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group has no vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new vault: Azure RBAC permissions, soft delete (90 days) and purge protection on. An existing vault of this name is reused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::WindowCapture</name>
    <message>
        <source>There is no window to capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was closed before it could be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was never shown on screen; is a display available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window could not be grabbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::WorkspacePage</name>
    <message>
        <source>&amp;Back to modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the start page to choose another mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to modes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>mode: audience, then summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages of this mode are not built yet. Nothing runs here and nothing is changed in Azure; its steps will appear below once they exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mode has no steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::AttachIdentityStep</name>
    <message>
        <source>Attach the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account carries the managed identity that acts as the app towards the customer&apos;s key. Attaching it needs Managed Identity Operator on the identity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::BindCustomerKeyStep</name>
    <message>
        <source>Encrypt with the customer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account encrypts its data with the customer&apos;s key, reached through the managed identity acting as the multitenant app in the customer&apos;s tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::BindIdentityResolver</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 (the key grant&apos;s app id) is not in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the ISV tenant that owns the app, or check the key grant file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 has no federated credential for a managed identity of this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the ISV prepare plan, or name the identity (--identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No managed identity in subscription %1 is named by application %2&apos;s federated credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n managed identities are named by application %1&apos;s federated credentials.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name the identity to attach (--identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity %1 is the subject of application %2&apos;s federated credential.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::ConsoleReporter</name>
    <message>
        <source>HTTP %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (until %2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1cause: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1known error: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1more: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1detail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1request ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::Diagnosis</name>
    <message>
        <source>Key URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key URI (https://{vault}.vault.azure.net/keys/{name}[/{version}]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inner code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read; Azure answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated credential matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app, the identity or the ISV tenant&apos;s issuer could not be read, so the credential cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown: no identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential has the ISV tenant&apos;s issuer and the exchange audience (no identity was given to compare the subject with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 names the issuer, the identity&apos;s principal id and the audience exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no federated credential: Storage&apos;s token exchange fails (AADSTS7000226).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1&apos;s subject differs from the identity&apos;s principal id only in letter case; matching is case-sensitive (AADSTS700213).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 has the right issuer and subject but not the audience %2 (AADSTS700212).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 names the identity but not the ISV tenant&apos;s issuer %2 (AADSTS700211).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No federated credential names the identity&apos;s principal id as its subject (AADSTS700213).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated credentials in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has the maximum of %1 federated credentials: no other identity can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has room for more federated credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no blob endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no Storage Blob Data role on the account, so data access was not tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no container to read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob was read: the account&apos;s data is reachable with the customer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe blob does not exist, and Storage answered past the key check [unverified].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage cannot read the data with the customer&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the customer tenant: its links were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App may use the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the customer tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app id is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key URI is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App installed in the customer tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app %1 has no service principal in the customer tenant: it is not installed, so Storage&apos;s token exchange fails (AADSTS700016).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service principal object id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s service principal is disabled in the customer tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the enterprise application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is installed in the customer tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal belongs to the ISV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appOwnerOrganizationId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app belongs to tenant %1 (not signed in there to compare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal is of an app owned by tenant %1, not the ISV tenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the app id: it must be the ISV&apos;s multitenant app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal is of the ISV tenant&apos;s app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault with URI %1 in the subscriptions you can read: it was deleted, or you have no access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read no subscription in the customer tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault exists in the customer tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault belongs to tenant %1, not the customer tenant signed in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft delete and purge protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge protection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention: %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage can use keys of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage needs soft delete and purge protection on the vault; without them it refuses the key (KeyVaultPolicyError).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault uses Azure RBAC for data access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault uses access policies for data access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall lets Storage through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bypass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Azure services such as Storage can reach the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault denies public access and does not let trusted Azure services through, so Storage cannot reach the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the ISV tenant: its links were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV tenant issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitenant app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISV tenant&apos;s OpenID document names its token issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage account was given: the identity it uses is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage account was given: its subscription is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app id was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account was not found in the ISV tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage account named %1 in subscription %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key vault URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key version: follows the newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key version: pinned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current versioned key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last key rotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>federated client id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account uses Microsoft-managed keys (key source %1), not the customer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the account to the customer&apos;s key (CrossKey&apos;s bind steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s encryption has no %1: a key in another tenant cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set encryption.identity to the user-assigned identity and the multitenant app&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s federated client id %1 is not the app %2 that was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set federatedIdentityClientId to the multitenant app&apos;s client (app) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account encrypts with a key in Key Vault through a user-assigned identity and a multitenant app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account uses %1/keys/%2, not the key that was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity attached to the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-assigned identities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s encryption names no identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity the encryption uses (%1) is not attached to the account, so Storage cannot get a token with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the identity to the account again (identity type UserAssigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is attached and used for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account names no federated client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user-assigned identity %1 was deleted. Storage cannot get a Key Vault token (KeyVaultAccessTokenCannotBeAcquired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user-assigned identity exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app with client id %1 in the ISV tenant: it was deleted, or the id is wrong. Storage&apos;s token exchange fails (AADSTS7000226).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the app from deleted items (within 30 days), or bind the account to an existing app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app exists in the ISV tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App is multitenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app accepts only its own tenant, so the customer tenant cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the app&apos;s sign-in audience to AzureADMultipleOrgs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tenants can install the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud %1 needs no feature registration for cross-tenant keys [unverified].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.Storage/FederatedClientIdentity in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature cross-tenant keys need in this cloud is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud lists cross-tenant keys as a preview feature [unverified], and the subscription has not registered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Microsoft.Storage/FederatedClientIdentity in the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is not in the vault: it was deleted or the name is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key version is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key version is disabled: Storage cannot unwrap the account&apos;s key, and data reads fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key is within its validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key version expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key (a new version) or extend its expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key version is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key version expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key version is valid now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key allows wrap and unwrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not allow wrapKey and unwrapKey, which Storage needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key version that allows wrapKey and unwrapKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key allows the operations Storage needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 versions (%2 enabled); the account follows the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 versions (%2 enabled); the account is pinned to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s service principal or the vault could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access policy for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s access policy gives the app get, wrapKey and unwrapKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s access policy does not give the app&apos;s service principal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add get, wrapKey and unwrapKey for the service principal to the access policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s service principal holds a role that may use the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s service principal holds no role on the vault or key: Storage cannot wrap or unwrap with it (KeyVaultAuthenticationFailure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s service principal holds roles, but none covering key %1 that allows wrap and unwrap (for example: a grant on another key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant Key Vault Crypto Service Encryption User to the service principal at the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureCryptoOfficerStep</name>
    <message>
        <source>Allow yourself to manage keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need Key Vault Crypto Officer on the vault (or, in a vault with access policies, key permissions) to create the key. New roles can take minutes to reach Key Vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureFederatedCredentialStep</name>
    <message>
        <source>Federated credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the managed identity sign in as the app: the app trusts tokens that the ISV tenant issues to the identity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureKeyGrantStep</name>
    <message>
        <source>Grant the application the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s service principal may read the key and wrap and unwrap with it, and nothing more: Key Vault Crypto Service Encryption User on this key, or get, wrapKey and unwrapKey in the vault&apos;s access policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureKeyStep</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key Azure Storage will wrap its account key with. An existing key of that name is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault sent a key without its id (kid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s latest version is disabled, so Storage could not unwrap with it. Enable it (az keyvault key set-attributes --enabled true) or choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key expired on %1; Storage cannot wrap with it. Choose another key or rotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not allow wrapKey and unwrapKey, which Storage needs. Choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureManagedIdentityStep</name>
    <message>
        <source>Creating a managed identity needs Managed Identity Contributor, Contributor or Owner on resource group %1. Ask an owner for one of these roles, or choose a group where you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription has not registered Microsoft.ManagedIdentity yet. Run the “Resource provider” step again (or: az provider register --namespace Microsoft.ManagedIdentity), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group %1 is missing: run the “Resource group” step again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 is not in this tenant, or you cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 3 to 128 letters, digits, hyphens or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity with this name exists in another region, or the region does not offer managed identities. Choose another name or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity %1 does not exist in %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity %1 has no principal or client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created managed identity %1 in %2 (principal id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity %1 exists in %2 (principal id %3); it is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user-assigned managed identity that storage uses to act as the app in the customer&apos;s tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureMultitenantAppStep</name>
    <message>
        <source>You may not register applications in this tenant: its setting “Users can register applications” is off and you have none of the roles Application Developer, Application Administrator, Cloud Application Administrator or Global Administrator. Ask an administrator for the Application Developer role (or to run this step), or pick an existing app you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner of “%1” or an administrator may change it. Ask one of them to make it multitenant (Supported account types: any organizational directory), or add you as an owner, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 app registrations are named “%2” (app ids %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the one to use by its app id, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an app (client) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no app with id %1 in tenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the app id, or let CrossKey create a new app instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app registration is named “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1” (%2) is for %3 and cannot be made multitenant here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another app, or let CrossKey create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1” (%2) exists and is multitenant (%3); it is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1” (%2) accepts only this tenant&apos;s accounts (AzureADMyOrg); it will be made multitenant (AzureADMultipleOrgs) so the customer can install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App “%1” has no web reply address, without which the admin-consent link fails; %2 will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the reply address to app “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made app “%1” (%2) multitenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created multitenant app “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitenant application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration customers install in their tenant. It must accept accounts of any organization (multitenant); it asks for no permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureResourceGroupStep</name>
    <message>
        <source>Creating a resource group needs Contributor or Owner on the subscription. Ask an owner of the subscription for that role, or choose an existing group you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 is not in this tenant, or you cannot see it. Choose another subscription or sign in to the right tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region offered by the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group is being deleted. Wait until it is gone and retry, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 90 letters, digits, periods, underscores, hyphens or parentheses, not ending in a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group %1 does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created resource group %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group %1 exists in %2 (not %3); it is reused, and the identity is still created in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group %1 exists in %2; it is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group that holds the managed identity; created in the chosen region if it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureServicePrincipalStep</name>
    <message>
        <source>The app id does not name a multitenant application: it may be mistyped, the ISV&apos;s app may be single-tenant, or it was created a moment ago. Check the invitation, or retry in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not install applications in this tenant. Ask a Global Administrator or Cloud Application Administrator to consent to the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the customer tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 is not installed in this tenant yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed the application: created its service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not install applications here, so an administrator must consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the admin-consent page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this admin-consent link to an administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrator has consented to the application yet. Ask a Global Administrator of this tenant to open %1 and accept (if they declined, they can open it again), then retry this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an administrator to consent to the application in this tenant (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal for app %1 in this tenant belongs to tenant %2, not to the ISV&apos;s tenant %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app id in the invitation names someone else&apos;s application. Ask the ISV for a new invitation; do not grant anything to this principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal %1 of “%2” (app %3) is installed, owned by the ISV&apos;s tenant %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISV&apos;s application gets a service principal in your tenant, created by you or through an administrator&apos;s consent. It can then do nothing but what you grant it: use one key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureStorageAccountStep</name>
    <message>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account whose data the customer&apos;s key will protect; created when it does not exist and a location is given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::EnsureVaultStep</name>
    <message>
        <source>Key vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault that holds your key, with soft delete and purge protection, which Azure Storage needs before it uses a customer-managed key. A new vault uses Azure RBAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault %1 in %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissions through Azure RBAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissions through access policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Soft delete: on (%n days).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Soft delete: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge protection: on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge protection: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall: closed to trusted Azure services; Storage will not reach the key until “Allow trusted Microsoft services” is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::IsvPreparePreflight</name>
    <message>
        <source>Choose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid %2: it must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ISV tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for the managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 is not in tenant %2, or you have no role in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the subscriptions listed, or sign in to the tenant that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group %1 is in %2, not in the chosen region %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 as the region, or choose another resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity %1 exists in %2, not in the chosen region %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 as the region, or another name for the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1 (“%2”) belongs to another tenant (%3); it is only installed in tenant %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tenant that registered an app can give it federated credentials. Choose an app registered in this tenant, or let CrossKey create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no app with id %1 in tenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the app id, or let CrossKey create a new app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 apps are named “%2” (app ids %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the one to use by its app id, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::Plan</name>
    <message>
        <source>The plan has two steps with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; needs &quot;%2&quot;, which nothing before it provides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::RegisterProvidersStep</name>
    <message>
        <source>Registering %1 needs the %1/register/action permission on the subscription (Contributor or Owner). Ask an owner of the subscription to register it (az provider register --namespace %1), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 is not in this tenant, or you cannot see it. Choose another subscription or sign in to the right tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is still registering the provider. Retry the step later; it goes on waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is registering %1 in the subscription (%2); this usually takes a minute or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered in the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identities need the Microsoft.ManagedIdentity resource provider registered in the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::RegisterStorageFeatureStep</name>
    <message>
        <source>Storage feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some clouds still require the preview feature Microsoft.Storage/FederatedClientIdentity before a storage account may use a key in another tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::RotateKeyStep</name>
    <message>
        <source>Not signed in to the customer tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1&apos;s newest version is %2; rotating makes a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated key %1: the new version is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage accounts that follow the key&apos;s newest version use it after their next check (Azure: about daily); pinned accounts keep their version. Keep the old version enabled until every account moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version of the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::Runner</name>
    <message>
        <source>Step &quot;%1&quot; could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; finished without making its change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved progress was set aside; the plan starts from the beginning and checks what is already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a CrossKey progress file of a known version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists %1 steps, the plan has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; has an unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; has malformed evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::SetKeyEnabledStep</name>
    <message>
        <source>Not signed in to the customer tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage can use the key again from its next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage accounts using the key lose access to their data once their cached account key runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage accounts may use the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access: storage accounts using this key can no longer read or write their data once their cached key runs out. Enable the key again to restore access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::SetKeyVersionModeStep</name>
    <message>
        <source>Pin the key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the key&apos;s newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account keeps using one version of the customer&apos;s key, even after the customer rotates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account moves to the customer&apos;s newest key version by itself (Azure checks about daily).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::UseMicrosoftKeysStep</name>
    <message>
        <source>Use Microsoft-managed keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account encrypts with keys Microsoft manages. Its data stays readable and no longer depends on the customer&apos;s key; the customer can no longer revoke access by disabling it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::VerifyBindingStep</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the account&apos;s encryption back and, with a blob data role, write and read a small blob to prove that Storage can use the customer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::VerifyGrantStep</name>
    <message>
        <source>Verify the grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads back the vault&apos;s settings, the application&apos;s permission on the key and the key&apos;s state, as Azure Storage will need them. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerGrant</name>
    <message>
        <source>Grant the ISV a key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseReportFormat</name>
    <message>
        <source>CrossKey diagnosis of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: %1  ISV tenant: %2  Customer tenant: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrossKey diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key chain and the state of each link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisReport</name>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHints</name>
    <message>
        <source>The sign-in token was not accepted. Sign in again; if it keeps failing, the tenant may require a new sign-in (Conditional Access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is from another tenant than the subscription&apos;s. Sign in to the tenant named in the message, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account lacks a role for this action. Ask an Owner or User Access Administrator of the scope for one; if it was just granted, sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may change this resource but not a resource it links to. To attach a managed identity you need Managed Identity Operator on that identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription was not found. Check that it belongs to the tenant you signed in to and that it is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group does not exist. Pick another one or create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource does not exist, or its name or resource group is different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is not registered for this resource provider. CrossKey can register it; this needs the right to register providers in the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is throttling requests. CrossKey waits and retries; if it keeps happening, wait a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource group with this name already exists in another region. Use that region or another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault name is taken, possibly by a deleted vault that is still kept. Recover that vault or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation on the same item is running, or a deleted vault still holds the name. Check deleted vaults, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault must have soft delete and purge protection turned on before Storage can use its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure Policy assignment blocks this request. Change the settings to satisfy the policy named in the message, or ask its owner for an exemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal is not visible to Azure yet. This often clears within minutes after it was created; CrossKey retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is already assigned. Nothing more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role assignment with this name exists for another principal or scope. Remove the old assignment, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account name is used elsewhere in Azure. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subscription already has a storage account with this name. Pick it instead of creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is not allowed. Storage accounts use 3–24 lower-case letters and digits; vaults 3–24 letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting named in the message cannot be changed on an existing account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault URI and key name are missing from the encryption settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key source is missing from the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key source must be Microsoft.Storage or Microsoft.Keyvault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation on the storage account is running. Wait for it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is not registered for a feature this setting needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage could not use the key: the application&apos;s service principal lacks Key Vault Crypto Service Encryption User (or get, wrap and unwrap permissions), the grant has not taken effect yet, or the vault firewall blocks trusted services. Grant the role, then retry in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure rejected the request as invalid; the message says what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure had an internal error. Retry later; with cross-tenant keys this can also mean the application, its federated credential or the managed identity was deleted — run Diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage cannot find the key: it was deleted or disabled, or access to it was removed. Recover or re-enable the key, or grant access again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage cannot find the key vault: it was deleted or renamed. Recover the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage cannot sign in to the key vault with its identity; the managed identity may have been deleted. Create a new one, point the federated credential at it and bind again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory object does not exist, or was created a moment ago and is not visible everywhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request; the message says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account lacks directory permissions for this. An Application Administrator, Cloud Application Administrator or the application&apos;s owner can do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object already exists (for a service principal: the application is already installed). Nothing more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No multitenant application has this application ID: check the ID, make sure the application is multitenant, or retry if it was just created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault did not accept the token. Sign in again to the tenant that owns the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is from another tenant than the vault&apos;s. Sign in to the vault&apos;s tenant (the customer&apos;s) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller has no Key Vault role for this action. Assign the role (Key Vault Crypto Officer to manage keys, Crypto Service Encryption User for the application); new roles can take up to ten minutes to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault uses access policies and the caller has none for this. Add an access policy with the key permissions named in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s access policy does not allow this. Add an access policy with the needed key permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is disabled. Enable it to restore access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not exist in this vault. If it was deleted recently, recover it from the vault&apos;s deleted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted key still holds this name. Recover it or purge it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is held by a deleted but recoverable item. Recover or purge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault rejected a parameter; the message says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication is required. Sign in again interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must register for multi-factor authentication. Sign in again interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong authentication is required. Sign in again interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional Access blocked the sign-in. Ask the tenant&apos;s administrator which device or location is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sign-in session. Sign in interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has not been consented to in this tenant. A user or administrator must consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was declined. Sign in again and accept, or ask an administrator to consent for the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator must consent for the tenant. Send them the admin-consent link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in expired after a long time unused. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer valid, for example after a password change. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is not installed in this tenant. The tenant&apos;s administrator must install it (create its service principal or grant admin consent); check that the application ID, not its object ID, was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is not available in this tenant (its service principal is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not a member or guest of this tenant. Sign in with an account of the tenant, or ask to be invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address does not match one registered for the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has no reply address registered. Add a redirect URI to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is not multitenant. Sign in to its own tenant, or make it multitenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application does not allow public-client sign-in. Allow public client flows on it, or use another client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No federated credential matches the presented token. Compare its issuer, subject and audience exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The federated credential&apos;s issuer does not match. It must be exactly the ISV tenant&apos;s issuer, https://login.microsoftonline.com/&lt;tenant ID&gt;/v2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The federated credential&apos;s audience does not match. It must be exactly the cloud&apos;s audience, for example api://AzureADTokenExchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The federated credential&apos;s subject does not match. It must be exactly the managed identity&apos;s principal (object) ID, in the same case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has no federated credential: the application or its credential was deleted. Restore it, or add a credential for the managed identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra tokens may not be used for this federated flow; the credential only serves the managed-identity exchange it was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only app-only tokens may be used as federated credentials for an Entra issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in request was rejected. Try signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application may not sign in this way in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s credentials or settings were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity platform does not support this sign-in method here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested service is not available in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested permissions are not valid for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in or consent was cancelled or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is needed. Sign in interactively and accept, or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant needs you to sign in interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity platform had an error. Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity platform is busy. Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code was not recognised. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code expired. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant requires a fresh sign-in for this (Conditional Access). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was revoked or a tenant policy rejected it. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was rejected as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not accepted. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was refused. Check the roles of the signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not found. Check the name, or wait if it was just created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service timed out. Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It conflicts with something that exists or is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal error. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or proxy between you and Azure failed. Retry; if it persists, check the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is unavailable for now. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or proxy timed out. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not perform %1 on %2. Ask an Owner or User Access Administrator of that scope for a role that allows it; if it was just granted, sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You also need %1 on %2 (for a managed identity: the Managed Identity Operator role).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>ISV tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitenant app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphObject</name>
    <message>
        <source>Microsoft Graph sent an object whose &quot;%1&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph sent an object without an id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffFile</name>
    <message>
        <source>(text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 KiB; this is not a CrossKey file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “type” is not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “version” is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is version %1; this CrossKey reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an unknown field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is empty, too long or has spaces around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is not a GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is not an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is not a UTC date and time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Customer: install the ISV&apos;s application, create or reuse the vault and key, grant the application; write the key grant for the ISV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation file the ISV sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your subscription id for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s resource group (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region, e.g. eastus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault (reused when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key (reused when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key size of a new key: 2048, 3072 (default) or 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the key grant for the ISV to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key grant written to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crosskey diagnose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;crosskey diagnose --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose this storage account: a name (with --subscription) or its resource id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose from the ISV&apos;s multitenant app (client id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose from the customer&apos;s key: https://{vault}/keys/{name}[/{version}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account&apos;s subscription id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the ISV tenant (id or domain) and check its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the customer tenant (id or domain) and check its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud: public (default), usgov, china, or a Resource Manager URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this public client (application id) instead of the Azure CLI&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s format: text (default), json, markdown or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print CrossKey&apos;s log (requests, sign-in; never a token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crosskey diagnose --storage-account &lt;name|id&gt; | --app-id &lt;id&gt; | --key-uri &lt;uri&gt; [--isv-tenant &lt;tenant&gt;] [--customer-tenant &lt;tenant&gt;] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the cross-tenant key chain with read-only calls and reports each link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 every check passed, 1 warnings or checks that could not run, 2 a failure, 3 nothing could be checked (no tenant or cloud reachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --storage-account, --app-id and --key-uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --isv-tenant, --customer-tenant or both: the tenants to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use text, json, markdown or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--storage-account with a name needs --subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-uri: “%1” is not a key URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the ISV tenant: multitenant app, managed identity and federated credential; write the invitation for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISV subscription id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group for the identity (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name of the multitenant app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this existing app (client id) instead of creating one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the user-assigned managed identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the invitation for the customer to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation written to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV: encrypt a storage account with the customer&apos;s key from their key grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key grant file the customer sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account&apos;s resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account to encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the storage account in this region when it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user-assigned identity: a name in the resource group or a resource id. Default: the one the app&apos;s federated credential names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key version in use instead of following the key&apos;s newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account %1 is encrypted with key %2 of %3, used through identity %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV: switch a storage account back to Microsoft-managed keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV: keep a storage account on one key version (--key-version, else the one in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV: let a storage account follow the key&apos;s newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: make a new version of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: revoke access by disabling the key (or one --key-version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: restore access by enabling the key (or one --key-version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s URI, e.g. https://kv-contoso.vault.azure.net/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this version of the key (default: the whole key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vault-uri: “%1” is not a vault URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a storage account name has 3 to 24 lowercase letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key version (32 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 a step failed or needs you (progress is saved; run again to continue), 2 bad usage or input (nothing changed), 3 could not sign in or reach the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crosskey run &lt;mode&gt; --cloud &lt;cloud&gt; --tenant &lt;tenant&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a CrossKey plan without a window, printing one line per status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;crosskey run &lt;mode&gt; --help&quot; for the options of a mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crosskey run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;crosskey run --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a mode first, e.g. &quot;crosskey run %1 …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;; known modes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud: public, usgov, china, or a Resource Manager URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant to sign in to: its id or a verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and check what already exists with read-only calls, print the steps and the equivalent Azure CLI script; create and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crosskey run %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>The invitation needs the ISV tenant, the app id and the app name; run the ISV preparation to the end first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(invitation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“cloud” is neither a known cloud nor a Resource Manager URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin-consent link does not go to the sign-in service of the %1 cloud (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin-consent link is not an admin-consent link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin-consent link is for another app than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation is for the cloud %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s admin-consent link does not go to the sign-in service of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to use customer-managed keys with %1

Application: %1
Application (client) id: %2
Publisher tenant id: %3
Cloud: %4

You will be asked to do this, in order (CrossKey can do each step for you; open this invitation file in CrossKey&apos;s customer mode):
1. Install the application in your tenant: an administrator opens this link, signs in and accepts:
   %5
2. Create a key vault (or choose one) with soft delete and purge protection on.
3. Create an RSA key in it for %1 to use.
4. Give the application the role “Key Vault Crypto Service Encryption User” on that key.
5. Send us back the key grant file CrossKey writes (the key&apos;s URL and your tenant id; it holds no secrets).

The application asks for no other permissions. You can revoke access at any time by removing the role assignment or disabling the key.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsvBind</name>
    <message>
        <source>Encrypt storage with the customer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsvPrepare</name>
    <message>
        <source>Prepare the ISV tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message>
        <source>The sign-in token could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again. If it keeps happening, the sign-in service answered with something unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not made of three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its payload is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim %1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim exp is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim aud is not text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyGrant</name>
    <message>
        <source>The key grant needs the tenant, the vault, the key and the app id; run the customer steps to the end first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(key grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“keyVersion” is not a key version (32 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“keyName” is not a Key Vault key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“vaultUri” is not a key vault&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“cloud” is neither a known cloud nor a Resource Manager URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“vaultUri” is not a key vault of the %1 cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key grant is for the cloud %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key grant&apos;s vault %1 is not a key vault of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pasted text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no key grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: Storage follows the key&apos;s newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key grant for customer-managed keys

Our tenant id: %1
Key vault: %2
Key: %3
Pinned key version: %4
Granted to application (client) id: %5
Cloud: %6

The application may read this key and wrap and unwrap with it, nothing more. Open this file (or paste this message) in CrossKey&apos;s ISV mode to point your storage account at the key. It holds no secrets.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyVaultInfo</name>
    <message>
        <source>Resource Manager sent a key vault whose &quot;%1&quot; is of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Manager sent a key vault without its &quot;vaultUri&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyVaultRoles</name>
    <message>
        <source>Key Vault Crypto Service Encryption User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault Crypto Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault Crypto User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins are kept in memory for this run only, so you will sign in again next time. To keep them, unlock or set up the system keyring (for example GNOME Keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer in time (it may be locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackRedirect</name>
    <message>
        <source>The redirect address %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a desktop sign-in redirects to http on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra does not accept [::1]; use localhost or 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http is allowed only to localhost or 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has user information or a fragment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sets up and diagnoses Azure Storage encryption with cross-tenant customer-managed keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a built-in local Azure with two demo tenants and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud: public, usgov, china, or a Resource Manager URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface, e.g. de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CrossKey translation for &quot;%1&quot;; the interface stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cloud must be public, usgov, china, or a Resource Manager URL (https, or http on this computer), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --cloud cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program may hold the port or block local connections. Close it, or start without --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this public client (application id) instead of the Azure CLI&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manage</name>
    <message>
        <source>Switch back to Microsoft-managed keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the key&apos;s newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access: disable the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore access: enable the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeCatalog</name>
    <message>
        <source>ISV: &amp;prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ISV engineers, phase 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the multitenant app, managed identity and federated credential in your tenant, then export an invitation for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: &amp;grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For customer admins, phase 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ISV&apos;s invitation, install their app, pick or create the Key Vault and key, grant access, and export a key grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV: &amp;bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ISV engineers, phase 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer&apos;s key grant and encrypt your storage account with their key, then verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ISV engineers and customer admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change, rotate, pin or revoke the key, or switch back to Microsoft-managed keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For support staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every link of the chain read-only, explain what fails and how to fix it, and export a report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it is too large to be a progress file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>%1 answered HTTP %2 without details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a web page instead of an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a web page instead of an error: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with text instead of an error: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something between this computer and Azure (a proxy, firewall or captive portal) answered. Check the network or proxy settings, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an error that could not be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an error in an unexpected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an error in an unexpected form: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Resource Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft identity platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error.code, error.message or error.details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error.code or error.message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error.code, error.message or error.innererror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error, error_description or error_codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page returned without a code or an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTokenSource</name>
    <message>
        <source>No account is signed in to tenant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to that tenant, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepStatusText</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageAccountInfo</name>
    <message>
        <source>The storage account&apos;s %1 has an unexpected type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account has no id or name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredAccount</name>
    <message>
        <source>A saved sign-in could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; the saved sign-in will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The sign-in service&apos;s token answer has no usable field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, check the cloud&apos;s sign-in address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultNames</name>
    <message>
        <source>The vault name &quot;%1&quot; is not allowed. Use 3 to 24 letters, digits and hyphens, starting with a letter and ending with a letter or digit, without two hyphens in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; is not allowed. Use 1 to 127 letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key size &quot;%1&quot; is not offered. Choose 2048, 3072 or 4096 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date &quot;%1&quot; is not an ISO 8601 date and time, e.g. 2027-12-31T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
