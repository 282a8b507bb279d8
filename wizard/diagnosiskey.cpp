// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnosis: the customer's key and whether the app's service principal may use it.
#include "azure/clock.h"
#include "azure/keyvaultclient.h"
#include "azure/pagerjob.h"
#include "azure/resourcemanagerclient.h"
#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/diagnosis.h"
#include "wizard/errorcatalogue.h"
#include "wizard/keyvaultroles.h"

#include <QJsonArray>
#include <QJsonObject>

namespace CrossKey::Wizard {

namespace {

constexpr int kExpiryWarningDays = 30;

QDateTime fromUnix(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
}

} // namespace

void Diagnosis::readKey()
{
    const Azure::KeyVaultClient keys = m_input.customer->keyVault(QUrl(m_vaultUri));
    const QString cli = QStringLiteral("az keyvault key show --id %1/keys/%2")
                            .arg(m_vaultUri.endsWith(u'/') ? m_vaultUri.chopped(1) : m_vaultUri, m_keyName);
    call(keys.getKey(m_keyName, m_keyVersion), [this, cli](const Azure::RestResult &r) {
        const QString link = QStringLiteral("key");
        const QString title = tr("Key exists");
        if (!r) {
            Finding finding = readFailed(QStringLiteral("key.exists"), link, title, r.error());
            if (r.error().httpStatus() == 404) {
                finding.status = Finding::Fail;
                finding.cause = tr("Key %1 is not in the vault: it was deleted or the name is wrong.").arg(m_keyName);
            }
            finding.cli = cli;
            emitFinding(finding);
            return;
        }
        const QJsonObject json = r.value().json;
        const QJsonObject key = json.value(QLatin1String("key")).toObject();
        const QJsonObject attributes = json.value(QLatin1String("attributes")).toObject();
        const QString kid = key.value(QLatin1String("kid")).toString();
        Finding exists = make(QStringLiteral("key.exists"), link, Finding::Pass, title);
        exists.cause = tr("The key exists.");
        exists.evidence = {tr("key: %1").arg(kid), tr("type: %1").arg(key.value(QLatin1String("kty")).toString())};
        exists.cli = cli;
        emitFinding(exists);

        Finding enabled = make(QStringLiteral("key.enabled"), link, Finding::Pass, tr("Key is enabled"));
        enabled.cli = cli + QStringLiteral(" --query attributes.enabled");
        enabled.evidence = {kid};
        if (attributes.value(QLatin1String("enabled")).toBool(true)) {
            enabled.cause = tr("The key version is enabled.");
            emitFinding(enabled);
        } else {
            enabled.status = Finding::Fail;
            enabled.cause = tr("The key version is disabled: Storage cannot unwrap the account's key, and data reads "
                               "fail.");
            enabled.errorId = QStringLiteral("key-disabled");
            if (const auto entry = ErrorCatalogue::byId(enabled.errorId)) {
                enabled.fix = entry->fix;
            }
            emitFinding(enabled);
        }

        const QDateTime now = m_clock.now();
        const QDateTime expires = fromUnix(attributes.value(QLatin1String("exp")));
        const QDateTime notBefore = fromUnix(attributes.value(QLatin1String("nbf")));
        Finding validity = make(QStringLiteral("key.expiry"), link, Finding::Pass, tr("Key is within its validity"));
        validity.evidence = {tr("expires: %1").arg(expires.isValid() ? expires.toString(Qt::ISODate) : tr("never")),
                             tr("not before: %1").arg(notBefore.isValid() ? notBefore.toString(Qt::ISODate) : tr("—"))};
        if (expires.isValid() && expires <= now) {
            validity.status = Finding::Fail;
            validity.cause = tr("The key version expired on %1.").arg(expires.toString(Qt::ISODate));
            validity.fix = tr("Rotate the key (a new version) or extend its expiry.");
            validity.cli = QStringLiteral("az keyvault key rotate --vault-name <vault> -n %1").arg(m_keyName);
        } else if (notBefore.isValid() && notBefore > now) {
            validity.status = Finding::Fail;
            validity.cause = tr("The key version is not valid before %1.").arg(notBefore.toString(Qt::ISODate));
        } else if (expires.isValid() && expires <= now.addDays(kExpiryWarningDays)) {
            validity.status = Finding::Warning;
            validity.cause = tr("The key version expires on %1.").arg(expires.toString(Qt::ISODate));
            validity.fix = tr("Rotate the key before it expires.");
        } else {
            validity.cause = tr("The key version is valid now.");
        }
        emitFinding(validity);

        Finding operations =
            make(QStringLiteral("key.operations"), link, Finding::Pass, tr("Key allows wrap and unwrap"));
        QStringList ops;
        for (const QJsonValue &op : key.value(QLatin1String("key_ops")).toArray()) {
            ops.append(op.toString());
        }
        operations.evidence = {tr("operations: %1").arg(ops.join(QStringLiteral(", ")))};
        if (!ops.isEmpty() && (!ops.contains(QLatin1String("wrapKey"), Qt::CaseInsensitive) ||
                               !ops.contains(QLatin1String("unwrapKey"), Qt::CaseInsensitive))) {
            operations.status = Finding::Fail;
            operations.cause = tr("The key does not allow wrapKey and unwrapKey, which Storage needs.");
            operations.fix = tr("Create a key version that allows wrapKey and unwrapKey.");
        } else {
            operations.cause = tr("The key allows the operations Storage needs.");
        }
        emitFinding(operations);
    });
    call(keys.listVersions(m_keyName), [this](const Azure::JsonArrayResult &r) {
        if (!r) {
            return; // key.exists explains a key that cannot be read
        }
        Finding versions =
            make(QStringLiteral("key.versions"), QStringLiteral("key"), Finding::Pass, tr("Key versions"));
        int enabled = 0;
        for (const QJsonValue &item : r.value()) {
            const QJsonObject attributes = item.toObject().value(QLatin1String("attributes")).toObject();
            enabled += attributes.value(QLatin1String("enabled")).toBool(true) ? 1 : 0;
            versions.evidence.append(item.toObject().value(QLatin1String("kid")).toString());
        }
        versions.cause =
            m_keyVersion.isEmpty()
                ? tr("%1 versions (%2 enabled); the account follows the newest.").arg(r.value().size()).arg(enabled)
                : tr("%1 versions (%2 enabled); the account is pinned to %3.")
                      .arg(r.value().size())
                      .arg(enabled)
                      .arg(m_keyVersion);
        emitFinding(versions);
    });
}

void Diagnosis::checkAccess()
{
    if (m_accessInputs != 2) {
        return;
    }
    ++m_accessInputs; // once
    const QString link = QStringLiteral("key");
    const QString title = tr("App may use the key");
    if (m_spObjectId.isEmpty() || !m_vault) {
        notChecked({QStringLiteral("key.access")}, link, title,
                   tr("The app's service principal or the vault could not be read."));
        return;
    }
    const Azure::KeyVaultInfo vault = *m_vault;
    const QString keyScope = KeyVaultRoles::keyScope(vault.id, m_keyName);
    if (!vault.enableRbacAuthorization) {
        Finding finding = make(QStringLiteral("key.access"), link, Finding::Pass, title);
        finding.cli = QStringLiteral("az keyvault show --name %1 --query properties.accessPolicies").arg(vault.name);
        const QStringList needed = {QStringLiteral("get"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
        const Azure::KeyVaultAccessPolicy *policy = vault.policyFor(m_spObjectId);
        finding.evidence = {tr("access policy for %1: %2")
                                .arg(m_spObjectId, policy ? policy->keys.join(QStringLiteral(", ")) : tr("none"))};
        const QStringList missing = policy ? policy->missingKeys(needed) : needed;
        if (missing.isEmpty()) {
            finding.cause = tr("The vault's access policy gives the app get, wrapKey and unwrapKey.");
        } else {
            finding.status = Finding::Fail;
            finding.errorId = QStringLiteral("forbidden-by-policy");
            finding.cause = tr("The vault's access policy does not give the app's service principal %1.")
                                .arg(missing.join(QStringLiteral(", ")));
            finding.fix = tr("Add get, wrapKey and unwrapKey for the service principal to the access policy.");
            finding.cli = QStringLiteral("az keyvault set-policy -n %1 --object-id %2 --key-permissions get wrapKey "
                                         "unwrapKey")
                              .arg(vault.name, m_spObjectId);
        }
        emitFinding(finding);
        return;
    }
    // Filtered on the server to the service principal: at, above and below the vault (CONTRACTS.md §3.8).
    call(m_input.customer->arm().listRoleAssignments(vault.id, QStringLiteral("principalId eq '%1'").arg(m_spObjectId)),
         [this, link, title, keyScope](const Azure::JsonArrayResult &r) {
             if (!r) {
                 emitFinding(readFailed(QStringLiteral("key.access"), link, title, r.error()));
                 return;
             }
             Finding finding = make(QStringLiteral("key.access"), link, Finding::Pass, title);
             finding.cli = QStringLiteral("az role assignment list --assignee %1 --scope %2 --include-inherited")
                               .arg(m_spObjectId, keyScope);
             for (const QJsonValue &item : r.value()) {
                 const QJsonObject properties = item.toObject().value(QLatin1String("properties")).toObject();
                 finding.evidence.append(QStringLiteral("%1 at %2")
                                             .arg(KeyVaultRoles::displayName(KeyVaultRoles::roleGuidOf(
                                                      properties.value(QLatin1String("roleDefinitionId")).toString())),
                                                  properties.value(QLatin1String("scope")).toString()));
             }
             if (KeyVaultRoles::find(r.value(), m_spObjectId, KeyVaultRoles::keyUseRoles(), keyScope)) {
                 finding.cause = tr("The app's service principal holds a role that may use the key.");
             } else {
                 finding.status = Finding::Fail;
                 finding.errorId = QStringLiteral("keyvault-authentication-failure");
                 finding.cause = r.value().isEmpty()
                                     ? tr("The app's service principal holds no role on the vault or key: Storage "
                                          "cannot wrap or unwrap with it (KeyVaultAuthenticationFailure).")
                                     : tr("The app's service principal holds roles, but none covering key %1 that "
                                          "allows wrap and unwrap (for example: a grant on another key).")
                                           .arg(m_keyName);
                 finding.fix =
                     tr("Grant Key Vault Crypto Service Encryption User to the service principal at the key.");
                 finding.cli = QStringLiteral("az role assignment create --role \"Key Vault Crypto Service Encryption "
                                              "User\" --assignee-object-id %1 --assignee-principal-type "
                                              "ServicePrincipal --scope %2")
                                   .arg(m_spObjectId, keyScope);
             }
             emitFinding(finding);
         });
}

} // namespace CrossKey::Wizard
