<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>Headless</name>
    <message>
        <source>Headless commands are not built yet.</source>
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
        <source>Cloud: %1. The Azure layer is not built yet, so nothing is contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: public</source>
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
</TS>
