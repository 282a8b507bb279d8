// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnosis: the customer tenant's links (service principal, vault, key, the app's access to the key).
#include "azure/clock.h"
#include "azure/graphobjectjob.h"
#include "azure/keyvaultclient.h"
#include "azure/keyvaultmanagementclient.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/diagnosis.h"
#include "wizard/errorcatalogue.h"
#include "wizard/keyvaultroles.h"

#include <QJsonArray>
#include <QJsonObject>

namespace CrossKey::Wizard {

namespace {

Finding fromEntry(Finding finding, const QString &errorId)
{
    finding.errorId = errorId;
    if (const auto entry = ErrorCatalogue::byId(errorId)) {
        finding.fix = entry->fix;
        if (finding.cli.isEmpty()) {
            finding.cli = entry->cli;
        }
    }
    return finding;
}

} // namespace

void Diagnosis::startCustomer()
{
    if (m_customerStarted) {
        return;
    }
    m_customerStarted = true;
    if (!m_input.customer) {
        const QString why = tr("Not signed in to the customer tenant: its links were not read.");
        notChecked({QStringLiteral("customer-tenant.connection")}, QStringLiteral("customer-tenant"),
                   tr("Customer tenant"), why);
        notChecked({QStringLiteral("service-principal.exists")}, QStringLiteral("service-principal"),
                   tr("Service principal"), why);
        notChecked({QStringLiteral("vault.exists")}, QStringLiteral("vault"), tr("Key vault"), why);
        notChecked({QStringLiteral("key.exists")}, QStringLiteral("key"), tr("Key"), why);
        notChecked({QStringLiteral("key.access")}, QStringLiteral("key"), tr("App may use the key"), why);
        return;
    }
    Finding connection = make(QStringLiteral("customer-tenant.connection"), QStringLiteral("customer-tenant"),
                              Finding::Pass, tr("Customer tenant"));
    connection.cause = tr("Signed in to the customer tenant.");
    connection.evidence = {tr("tenant: %1").arg(m_customerTenantId)};
    emitFinding(connection);
    if (m_appId.isEmpty()) {
        ++m_accessInputs;
        notChecked({QStringLiteral("service-principal.exists")}, QStringLiteral("service-principal"),
                   tr("Service principal"), tr("The app id is not known."));
    } else {
        readServicePrincipal();
    }
    if (m_vaultUri.isEmpty()) {
        ++m_accessInputs;
        notChecked({QStringLiteral("vault.exists")}, QStringLiteral("vault"), tr("Key vault"),
                   tr("The key URI is not known."));
        notChecked({QStringLiteral("key.exists")}, QStringLiteral("key"), tr("Key"), tr("The key URI is not known."));
    } else {
        findVault();
        readKey();
    }
    checkAccess();
}

void Diagnosis::readServicePrincipal()
{
    call(m_input.customer->graph().servicePrincipalByAppId(m_appId), [this](const Azure::GraphObjectResult &r) {
        ++m_accessInputs;
        const QString link = QStringLiteral("service-principal");
        const QString title = tr("App installed in the customer tenant");
        Finding finding = make(QStringLiteral("service-principal.exists"), link, Finding::Pass, title);
        finding.cli = QStringLiteral("az ad sp show --id %1").arg(m_appId);
        if (!r) {
            if (r.error().httpStatus() == 404) {
                finding.status = Finding::Fail;
                finding.cause = tr("The app %1 has no service principal in the customer tenant: it is not installed, "
                                   "so Storage's token exchange fails (AADSTS700016).")
                                    .arg(m_appId);
                emitFinding(fromEntry(finding, QStringLiteral("aadsts-700016")));
            } else {
                emitFinding(readFailed(finding.id, link, title, r.error()));
            }
            checkAccess();
            return;
        }
        const Azure::GraphObject &sp = r.value();
        m_spObjectId = sp.id;
        const bool enabled = sp.json.value(QLatin1String("accountEnabled")).toBool(true);
        finding.evidence = {tr("service principal object id: %1").arg(sp.id),
                            tr("display name: %1").arg(sp.displayName),
                            tr("owner tenant: %1").arg(sp.appOwnerOrganizationId),
                            tr("enabled: %1").arg(enabled ? tr("yes") : tr("no"))};
        if (!enabled) {
            finding.status = Finding::Fail;
            finding.cause = tr("The app's service principal is disabled in the customer tenant.");
            finding.fix = tr("Enable the enterprise application.");
        } else {
            finding.cause = tr("The app is installed in the customer tenant.");
        }
        emitFinding(finding);

        Finding owner = make(QStringLiteral("service-principal.owner"), link, Finding::Pass,
                             tr("Service principal belongs to the ISV"));
        owner.evidence = {tr("appOwnerOrganizationId: %1").arg(sp.appOwnerOrganizationId),
                          tr("ISV tenant: %1").arg(m_isvTenantId.isEmpty() ? tr("(not known)") : m_isvTenantId)};
        if (m_isvTenantId.isEmpty()) {
            m_isvTenantId = sp.appOwnerOrganizationId;
            owner.cause = tr("The app belongs to tenant %1 (not signed in there to compare).").arg(m_isvTenantId);
        } else if (sp.appOwnerOrganizationId.compare(m_isvTenantId, Qt::CaseInsensitive) != 0) {
            owner.status = Finding::Fail;
            owner.cause = tr("The service principal is of an app owned by tenant %1, not the ISV tenant %2.")
                              .arg(sp.appOwnerOrganizationId, m_isvTenantId);
            owner.fix = tr("Check the app id: it must be the ISV's multitenant app.");
        } else {
            owner.cause = tr("The service principal is of the ISV tenant's app.");
        }
        emitFinding(owner);
        checkAccess();
    });
}

void Diagnosis::findVault()
{
    // A key URI names a host, not an ARM id: look the vault up in every subscription the user can read.
    call(m_input.customer->arm().listSubscriptions(), [this](const Azure::JsonArrayResult &r) {
        if (!r) {
            ++m_accessInputs;
            emitFinding(
                readFailed(QStringLiteral("vault.exists"), QStringLiteral("vault"), tr("Key vault"), r.error()));
            checkAccess();
            return;
        }
        m_vaultSearches = int(r.value().size());
        for (const QJsonValue &subscription : r.value()) {
            const QString id = subscription.toObject().value(QLatin1String("subscriptionId")).toString();
            const QUrl url = m_input.customer->arm().url(
                QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults").arg(id),
                Azure::KeyVaultManagementClient::kApiVersion);
            call(new Azure::PagerJob(m_input.customer->pipeline(),
                                     Azure::RestRequest::get(Azure::RestRequest::Service::ResourceManager, url)),
                 [this](const Azure::JsonArrayResult &vaults) {
                     --m_vaultSearches;
                     for (const QJsonValue &item : vaults ? vaults.value() : QJsonArray()) {
                         const auto vault = Azure::KeyVaultInfo::fromJson(item.toObject());
                         if (!m_vault && vault &&
                             Azure::StorageAccountInfo::sameVaultUri(vault.value().vaultUri, m_vaultUri)) {
                             checkVault(vault.value());
                         }
                     }
                     if (m_vaultSearches == 0 && !m_vault) {
                         ++m_accessInputs;
                         Finding finding = make(QStringLiteral("vault.exists"), QStringLiteral("vault"), Finding::Fail,
                                                tr("Key vault exists"));
                         finding.cause = tr("No vault with URI %1 in the subscriptions you can read: it was deleted, "
                                            "or you have no access to it.")
                                             .arg(m_vaultUri);
                         emitFinding(fromEntry(finding, QStringLiteral("keyvault-vault-not-found")));
                         checkAccess();
                     }
                 });
        }
        if (m_vaultSearches == 0) {
            ++m_accessInputs;
            notChecked({QStringLiteral("vault.exists")}, QStringLiteral("vault"), tr("Key vault"),
                       tr("You can read no subscription in the customer tenant."));
            checkAccess();
        }
    });
}

void Diagnosis::checkVault(const Azure::KeyVaultInfo &vault)
{
    m_vault = vault;
    ++m_accessInputs;
    const QString link = QStringLiteral("vault");
    const QString show = QStringLiteral("az keyvault show --name %1").arg(vault.name);
    Finding exists = make(QStringLiteral("vault.exists"), link, Finding::Pass, tr("Key vault exists"));
    exists.cause = tr("The vault exists in the customer tenant.");
    exists.evidence = {tr("vault: %1").arg(vault.id), tr("tenant: %1").arg(vault.tenantId),
                       tr("location: %1").arg(vault.location)};
    exists.cli = show;
    if (!m_customerTenantId.isEmpty() && vault.tenantId.compare(m_customerTenantId, Qt::CaseInsensitive) != 0) {
        exists.status = Finding::Warning;
        exists.cause = tr("The vault belongs to tenant %1, not the customer tenant signed in to.").arg(vault.tenantId);
    }
    emitFinding(exists);

    Finding recovery =
        make(QStringLiteral("vault.recovery"), link, Finding::Pass, tr("Soft delete and purge protection"));
    recovery.evidence = {tr("soft delete: %1").arg(vault.enableSoftDelete ? tr("on") : tr("off")),
                         tr("purge protection: %1").arg(vault.enablePurgeProtection ? tr("on") : tr("off")),
                         tr("retention: %1 days").arg(vault.softDeleteRetentionInDays)};
    recovery.cli = show + QStringLiteral(" --query \"properties.{softDelete:enableSoftDelete,purgeProtection:"
                                         "enablePurgeProtection}\"");
    if (vault.enableSoftDelete && vault.enablePurgeProtection) {
        recovery.cause = tr("Storage can use keys of this vault.");
        emitFinding(recovery);
    } else {
        recovery.status = Finding::Fail;
        recovery.cause = tr("Storage needs soft delete and purge protection on the vault; without them it refuses the "
                            "key (KeyVaultPolicyError).");
        emitFinding(fromEntry(recovery, QStringLiteral("keyvault-policy-error")));
    }

    Finding model = make(QStringLiteral("vault.permission-model"), link, Finding::Pass, tr("Permission model"));
    model.evidence = {tr("permission model: %1").arg(vault.permissionModel())};
    model.cause = vault.enableRbacAuthorization ? tr("The vault uses Azure RBAC for data access.")
                                                : tr("The vault uses access policies for data access.");
    emitFinding(model);

    Finding firewall = make(QStringLiteral("vault.firewall"), link, Finding::Pass, tr("Firewall lets Storage through"));
    firewall.evidence = {
        tr("default action: %1")
            .arg(vault.networkDefaultAction.isEmpty() ? QStringLiteral("Allow") : vault.networkDefaultAction),
        tr("bypass: %1").arg(vault.networkBypass)};
    firewall.cli = show + QStringLiteral(" --query properties.networkAcls");
    if (vault.allowsTrustedServices()) {
        firewall.cause = tr("Trusted Azure services such as Storage can reach the vault.");
        emitFinding(firewall);
    } else {
        firewall.status = Finding::Fail;
        firewall.cause = tr("The vault denies public access and does not let trusted Azure services through, so "
                            "Storage cannot reach the key.");
        emitFinding(fromEntry(firewall, QStringLiteral("forbidden-by-firewall")));
    }
    checkAccess();
}

} // namespace CrossKey::Wizard
