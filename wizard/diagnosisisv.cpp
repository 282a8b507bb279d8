// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnosis: the ISV tenant's links (storage account, identity, app, federated credential, feature, data).
#include "azure/armresourcejob.h"
#include "azure/blobclient.h"
#include "azure/graphclient.h"
#include "azure/graphobjectjob.h"
#include "azure/openidconfigurationjob.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/storageaccountclient.h"
#include "azure/tenantconnection.h"
#include "wizard/cloudrules.h"
#include "wizard/diagnosis.h"
#include "wizard/errorcatalogue.h"
#include "wizard/registerstoragefeaturestep.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace CrossKey::Wizard {

namespace {

// The segment after `name` in an ARM id ("/subscriptions/{sub}/resourceGroups/{rg}/…"), case-insensitively.
QString segmentAfter(const QString &armId, const QString &name)
{
    const QStringList parts = armId.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).compare(name, Qt::CaseInsensitive) == 0) {
            return parts.at(i + 1);
        }
    }
    return {};
}

QString lastSegment(const QString &armId)
{
    return armId.section(u'/', -1, -1, QString::SectionSkipEmpty);
}

} // namespace

void Diagnosis::startIsv()
{
    if (!m_input.isv) {
        const QString why = tr("Not signed in to the ISV tenant: its links were not read.");
        notChecked({QStringLiteral("isv-tenant.issuer")}, QStringLiteral("isv-tenant"), tr("ISV tenant issuer"), why);
        if (m_report.targetKind == QLatin1String("storage-account")) {
            notChecked({QStringLiteral("storage-account.encryption")}, QStringLiteral("storage-account"),
                       tr("Storage account encryption"), why);
            notChecked({QStringLiteral("data.read")}, QStringLiteral("data"), tr("Blob read"), why);
        }
        notChecked({QStringLiteral("identity.exists")}, QStringLiteral("identity"), tr("Managed identity"), why);
        notChecked({QStringLiteral("app.exists")}, QStringLiteral("app"), tr("Multitenant app"), why);
        notChecked({QStringLiteral("credential.match")}, QStringLiteral("credential"), tr("Federated credential"), why);
        return;
    }
    auto *discovery = new Azure::OpenIdConfigurationJob(m_input.isv->network(), m_input.isv->cloud(), m_isvTenantId);
    call(discovery, [this](const Azure::OpenIdConfigurationResult &r) {
        ++m_credentialInputs;
        if (!r) {
            m_credentialInputsOk = false;
            emitFinding(readFailed(QStringLiteral("isv-tenant.issuer"), QStringLiteral("isv-tenant"),
                                   tr("ISV tenant issuer"), r.error()));
        } else {
            m_issuer = r.value().issuer;
            Finding finding = make(QStringLiteral("isv-tenant.issuer"), QStringLiteral("isv-tenant"), Finding::Pass,
                                   tr("ISV tenant issuer"));
            finding.cause = tr("The ISV tenant's OpenID document names its token issuer.");
            finding.evidence = {tr("tenant: %1").arg(m_isvTenantId), tr("issuer: %1").arg(m_issuer)};
            emitFinding(finding);
        }
        checkCredentials();
    });
    if (m_report.targetKind == QLatin1String("storage-account")) {
        readAccount();
    } else {
        const QString why = tr("No storage account was given: the identity it uses is not known.");
        ++m_credentialInputs; // no identity to compare the subject with
        notChecked({QStringLiteral("identity.exists")}, QStringLiteral("identity"), tr("Managed identity"), why);
        notChecked({QStringLiteral("isv-tenant.feature")}, QStringLiteral("isv-tenant"), tr("Preview feature"),
                   tr("No storage account was given: its subscription is not known."));
        if (!m_appId.isEmpty()) {
            readApp();
        } else {
            ++m_credentialInputs;
            notChecked({QStringLiteral("app.exists")}, QStringLiteral("app"), tr("Multitenant app"),
                       tr("No app id was given."));
        }
    }
}

void Diagnosis::readAccount()
{
    Azure::RestPipeline *pipeline = m_input.isv->pipeline();
    const auto read = [this](const Azure::AzureError *error, const QJsonObject &json) {
        if (error) {
            ++m_credentialInputs;
            ++m_credentialInputs; // neither identity nor app can be found without the account
            Finding finding = readFailed(QStringLiteral("storage-account.encryption"),
                                         QStringLiteral("storage-account"), tr("Storage account"), *error);
            if (error->httpStatus() == 404) {
                finding.status = Finding::Fail;
                finding.cause = tr("The storage account was not found in the ISV tenant.");
            }
            emitFinding(finding);
            startCustomer();
            return;
        }
        const auto parsed = Azure::StorageAccountInfo::fromJson(json);
        if (!parsed) {
            ++m_credentialInputs;
            ++m_credentialInputs;
            emitFinding(readFailed(QStringLiteral("storage-account.encryption"), QStringLiteral("storage-account"),
                                   tr("Storage account"), parsed.error()));
            startCustomer();
            return;
        }
        checkAccount(parsed.value());
    };
    if (!m_input.storageAccountId.isEmpty()) {
        const QString id = m_input.storageAccountId;
        call(Azure::StorageAccountClient(pipeline).getAccount(segmentAfter(id, QStringLiteral("subscriptions")),
                                                              segmentAfter(id, QStringLiteral("resourceGroups")),
                                                              lastSegment(id)),
             [read](const Azure::RestResult &r) { r ? read(nullptr, r.value().json) : read(&r.error(), {}); });
        return;
    }
    // Name + subscription: the subscription's accounts, then the one with that name.
    const QUrl url = m_input.isv->arm().url(
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/storageAccounts").arg(m_input.subscriptionId),
        Azure::StorageAccountClient::kApiVersion);
    auto *pager =
        new Azure::PagerJob(pipeline, Azure::RestRequest::get(Azure::RestRequest::Service::ResourceManager, url));
    call(pager, [this, read](const Azure::JsonArrayResult &r) {
        if (!r) {
            read(&r.error(), {});
            return;
        }
        for (const QJsonValue &item : r.value()) {
            if (item.toObject()
                    .value(QLatin1String("name"))
                    .toString()
                    .compare(m_input.storageAccountName, Qt::CaseInsensitive) == 0) {
                read(nullptr, item.toObject());
                return;
            }
        }
        Azure::AzureError missing =
            Azure::AzureError::service(404, QStringLiteral("ResourceNotFound"),
                                       tr("No storage account named %1 in subscription %2.")
                                           .arg(m_input.storageAccountName, m_input.subscriptionId));
        read(&missing, {});
    });
}

void Diagnosis::checkAccount(const Azure::StorageAccountInfo &account)
{
    m_account = account;
    const QString link = QStringLiteral("storage-account");
    Finding encryption =
        make(QStringLiteral("storage-account.encryption"), link, Finding::Pass, tr("Storage account encryption"));
    encryption.evidence = {tr("account: %1").arg(account.id),
                           tr("key source: %1").arg(account.keySource),
                           tr("key vault URI: %1").arg(account.keyVaultUri),
                           tr("key name: %1").arg(account.keyName),
                           account.keyVersion.isEmpty() ? tr("key version: follows the newest version")
                                                        : tr("key version: pinned to %1").arg(account.keyVersion),
                           tr("current versioned key: %1").arg(account.currentVersionedKeyIdentifier),
                           tr("last key rotation: %1").arg(account.lastKeyRotationTimestamp),
                           tr("identity: %1").arg(account.encryptionIdentity),
                           tr("federated client id: %1").arg(account.federatedIdentityClientId)};
    encryption.cli = QStringLiteral("az storage account show --ids %1 --query encryption").arg(account.id);
    if (!account.usesCustomerKey()) {
        encryption.status = Finding::Fail;
        encryption.cause = tr("The account uses Microsoft-managed keys (key source %1), not the customer's key.")
                               .arg(account.keySource);
        encryption.fix = tr("Bind the account to the customer's key (CrossKey's bind steps).");
    } else if (account.federatedIdentityClientId.isEmpty() || account.encryptionIdentity.isEmpty()) {
        encryption.status = Finding::Fail;
        encryption.cause =
            tr("The account's encryption has no %1: a key in another tenant cannot be reached.")
                .arg(account.encryptionIdentity.isEmpty() ? QStringLiteral("identity.userAssignedIdentity")
                                                          : QStringLiteral("federatedIdentityClientId"));
        encryption.fix = tr("Set encryption.identity to the user-assigned identity and the multitenant app's id.");
    } else if (!m_appId.isEmpty() && m_appId.compare(account.federatedIdentityClientId, Qt::CaseInsensitive) != 0) {
        encryption.status = Finding::Fail;
        encryption.cause = tr("The account's federated client id %1 is not the app %2 that was given.")
                               .arg(account.federatedIdentityClientId, m_appId);
        encryption.fix = tr("Set federatedIdentityClientId to the multitenant app's client (app) id.");
    } else {
        encryption.cause = tr("The account encrypts with a key in Key Vault through a user-assigned identity and a "
                              "multitenant app.");
    }
    if (encryption.status == Finding::Pass && !m_vaultUri.isEmpty() &&
        (!Azure::StorageAccountInfo::sameVaultUri(m_vaultUri, account.keyVaultUri) ||
         m_keyName.compare(account.keyName, Qt::CaseInsensitive) != 0)) {
        encryption.status = Finding::Warning;
        encryption.cause =
            tr("The account uses %1/keys/%2, not the key that was given.").arg(account.keyVaultUri, account.keyName);
    }
    emitFinding(encryption);

    if (account.usesCustomerKey()) {
        if (m_appId.isEmpty()) {
            m_appId = account.federatedIdentityClientId;
        }
        if (m_vaultUri.isEmpty() && !account.keyVaultUri.isEmpty()) {
            m_vaultUri = account.keyVaultUri;
            m_keyName = account.keyName;
            m_keyVersion = account.keyVersion;
        }
    }
    m_identityId = account.encryptionIdentity;

    Finding attached = make(QStringLiteral("identity.attached"), QStringLiteral("identity"), Finding::Pass,
                            tr("Identity attached to the account"));
    attached.evidence = {
        tr("identity type: %1").arg(account.identityType),
        tr("user-assigned identities: %1").arg(account.userAssignedIdentities.join(QStringLiteral(", ")))};
    attached.cli = QStringLiteral("az storage account show --ids %1 --query identity").arg(account.id);
    if (m_identityId.isEmpty()) {
        attached.status = Finding::NotChecked;
        attached.cause = tr("The account's encryption names no identity.");
    } else if (!account.identityType.contains(QLatin1String("UserAssigned"), Qt::CaseInsensitive) ||
               !account.hasUserAssignedIdentity(m_identityId)) {
        attached.status = Finding::Fail;
        attached.cause = tr("The identity the encryption uses (%1) is not attached to the account, so Storage "
                            "cannot get a token with it.")
                             .arg(m_identityId);
        attached.fix = tr("Attach the identity to the account again (identity type UserAssigned).");
        attached.cli = QStringLiteral("az storage account update --ids %1 --identity-type UserAssigned "
                                      "--user-identity-id %2")
                           .arg(account.id, m_identityId);
        attached.errorId = QStringLiteral("missing-prerequisites");
    } else {
        attached.cause = tr("The identity is attached and used for the key.");
    }
    emitFinding(attached);

    readIdentity();
    if (!m_appId.isEmpty()) {
        readApp();
    } else {
        ++m_credentialInputs;
        notChecked({QStringLiteral("app.exists")}, QStringLiteral("app"), tr("Multitenant app"),
                   tr("The account names no federated client id."));
    }
    readFeature();
    probeData();
    startCustomer();
}

void Diagnosis::readIdentity()
{
    if (m_identityId.isEmpty()) {
        ++m_credentialInputs;
        return;
    }
    call(m_input.isv->arm().getUserAssignedIdentity(segmentAfter(m_identityId, QStringLiteral("subscriptions")),
                                                    segmentAfter(m_identityId, QStringLiteral("resourceGroups")),
                                                    lastSegment(m_identityId)),
         [this](const Azure::ArmResourceResult &r) {
             ++m_credentialInputs;
             if (!r) {
                 Finding finding = readFailed(QStringLiteral("identity.exists"), QStringLiteral("identity"),
                                              tr("Managed identity exists"), r.error());
                 if (r.error().httpStatus() == 404) {
                     finding.status = Finding::Fail;
                     finding.cause = tr("The user-assigned identity %1 was deleted. Storage cannot get a Key Vault "
                                        "token (KeyVaultAccessTokenCannotBeAcquired).")
                                         .arg(m_identityId);
                     finding.errorId = QStringLiteral("keyvault-token-not-acquired");
                     const auto entry = ErrorCatalogue::byId(finding.errorId);
                     finding.fix = entry ? entry->fix : QString();
                     finding.cli = entry ? entry->cli : QString();
                 }
                 m_credentialInputsOk = false;
                 emitFinding(finding);
             } else {
                 m_identityPrincipalId = r.value().principalId;
                 Finding finding = make(QStringLiteral("identity.exists"), QStringLiteral("identity"), Finding::Pass,
                                        tr("Managed identity exists"));
                 finding.cause = tr("The user-assigned identity exists.");
                 finding.evidence = {tr("identity: %1").arg(r.value().id),
                                     tr("principal id: %1").arg(m_identityPrincipalId),
                                     tr("client id: %1").arg(r.value().clientId)};
                 finding.cli = QStringLiteral("az identity show --ids %1").arg(m_identityId);
                 emitFinding(finding);
             }
             checkCredentials();
         });
}

void Diagnosis::readApp()
{
    call(m_input.isv->graph().applicationsByAppId(m_appId), [this](const Azure::JsonArrayResult &r) {
        const QString cli = QStringLiteral("az ad app show --id %1 --query \"{appId:appId,id:id,signInAudience:"
                                           "signInAudience}\"")
                                .arg(m_appId);
        if (!r || r.value().isEmpty()) {
            ++m_credentialInputs;
            m_credentialInputsOk = false;
            if (!r) {
                emitFinding(
                    readFailed(QStringLiteral("app.exists"), QStringLiteral("app"), tr("App exists"), r.error()));
            } else {
                Finding finding =
                    make(QStringLiteral("app.exists"), QStringLiteral("app"), Finding::Fail, tr("App exists"));
                finding.cause = tr("No app with client id %1 in the ISV tenant: it was deleted, or the id is wrong. "
                                   "Storage's token exchange fails (AADSTS7000226).")
                                    .arg(m_appId);
                finding.fix = tr("Restore the app from deleted items (within 30 days), or bind the account to an "
                                 "existing app.");
                finding.cli = cli;
                finding.errorId = QStringLiteral("aadsts-7000226");
                emitFinding(finding);
            }
            checkCredentials();
            return;
        }
        const auto app = Azure::GraphObject::fromJson(r.value().first().toObject());
        if (!app) {
            ++m_credentialInputs;
            m_credentialInputsOk = false;
            emitFinding(readFailed(QStringLiteral("app.exists"), QStringLiteral("app"), tr("App exists"), app.error()));
            checkCredentials();
            return;
        }
        Finding exists = make(QStringLiteral("app.exists"), QStringLiteral("app"), Finding::Pass, tr("App exists"));
        exists.cause = tr("The app exists in the ISV tenant.");
        exists.evidence = {tr("display name: %1").arg(app.value().displayName),
                           tr("client id: %1").arg(app.value().appId), tr("object id: %1").arg(app.value().id)};
        exists.cli = cli;
        emitFinding(exists);
        Finding multitenant =
            make(QStringLiteral("app.multitenant"), QStringLiteral("app"), Finding::Pass, tr("App is multitenant"));
        multitenant.evidence = {tr("sign-in audience: %1").arg(app.value().signInAudience)};
        multitenant.cli = cli;
        if (app.value().signInAudience != QLatin1String("AzureADMultipleOrgs") &&
            app.value().signInAudience != QLatin1String("AzureADandPersonalMicrosoftAccount")) {
            multitenant.status = Finding::Fail;
            multitenant.cause = tr("The app accepts only its own tenant, so the customer tenant cannot use it.");
            multitenant.errorId = QStringLiteral("aadsts-50194");
            multitenant.fix = tr("Set the app's sign-in audience to AzureADMultipleOrgs.");
        } else {
            multitenant.cause = tr("Other tenants can install the app.");
        }
        emitFinding(multitenant);
        readCredentials(app.value().id);
    });
}

void Diagnosis::readCredentials(const QString &applicationObjectId)
{
    call(m_input.isv->graph().listFederatedCredentials(applicationObjectId), [this](const Azure::JsonArrayResult &r) {
        ++m_credentialInputs;
        if (!r) {
            m_credentialInputsOk = false;
            emitFinding(readFailed(QStringLiteral("credential.match"), QStringLiteral("credential"),
                                   tr("Federated credential"), r.error()));
        } else {
            m_credentials = r.value();
        }
        checkCredentials();
    });
}

void Diagnosis::readFeature()
{
    const QString subscription = segmentAfter(m_account->id, QStringLiteral("subscriptions"));
    if (!storageFederatedClientFeatureRequired(m_input.isv->cloud())) {
        Finding finding = make(QStringLiteral("isv-tenant.feature"), QStringLiteral("isv-tenant"), Finding::Pass,
                               tr("Preview feature"));
        finding.cause = tr("Cloud %1 needs no feature registration for cross-tenant keys [unverified].")
                            .arg(m_input.isv->cloud().name());
        emitFinding(finding);
        return;
    }
    call(m_input.isv->arm().getFeature(subscription, RegisterStorageFeatureStep::kNamespace,
                                       RegisterStorageFeatureStep::kFeature),
         [this, subscription](const Azure::RestResult &r) {
             const QString title = tr("Preview feature");
             if (!r) {
                 emitFinding(
                     readFailed(QStringLiteral("isv-tenant.feature"), QStringLiteral("isv-tenant"), title, r.error()));
                 return;
             }
             const QString state =
                 r.value().json.value(QLatin1String("properties")).toObject().value(QLatin1String("state")).toString();
             Finding finding = make(QStringLiteral("isv-tenant.feature"), QStringLiteral("isv-tenant"),
                                    state == QLatin1String("Registered") ? Finding::Pass : Finding::Warning, title);
             finding.evidence = {tr("Microsoft.Storage/FederatedClientIdentity in %1: %2").arg(subscription, state)};
             finding.cli = QStringLiteral("az feature show --namespace Microsoft.Storage --name "
                                          "FederatedClientIdentity --subscription %1")
                               .arg(subscription);
             if (finding.status == Finding::Pass) {
                 finding.cause = tr("The feature cross-tenant keys need in this cloud is registered.");
             } else {
                 finding.cause = tr("This cloud lists cross-tenant keys as a preview feature [unverified], and the "
                                    "subscription has not registered it.");
                 finding.errorId = QStringLiteral("feature-not-registered");
                 finding.fix = tr("Register Microsoft.Storage/FederatedClientIdentity in the subscription.");
             }
             emitFinding(finding);
         });
}

} // namespace CrossKey::Wizard
