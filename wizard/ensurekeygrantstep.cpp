// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensurekeygrantstep.h"

#include "azure/armresourcejob.h"
#include "azure/clock.h"
#include "azure/keyvaultinfo.h"
#include "azure/keyvaultmanagementclient.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"
#include "wizard/keyvaultroles.h"

#include <algorithm>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Azure::KeyVaultInfo;
using Self = EnsureKeyGrantStep;

AzureError explain(AzureError error)
{
    const QString code = error.code();
    if (code == QLatin1String("AuthorizationFailed")) {
        error.setHint(Self::tr("Granting the application a role needs Owner, User Access Administrator or Role Based "
                               "Access Control Administrator on the vault; changing access policies needs Contributor "
                               "or Key Vault Contributor. Ask someone with such a role."));
    } else if (code == QLatin1String("PrincipalNotFound")) {
        error.setHint(Self::tr("Azure's role service still does not know the application's service principal. This "
                               "replication delay usually clears within minutes: retry this step later."));
    } else if (code == QLatin1String("RoleAssignmentUpdateNotPermitted")) {
        error.setHint(Self::tr("A role assignment under CrossKey's name for this grant exists with other contents. "
                               "Remove it in the portal (Access control of the key) and retry."));
    }
    return error;
}

class KeyGrantJob final : public AzureStepJob
{
public:
    KeyGrantJob(Azure::TenantConnection *customer, RunContext context, bool apply, std::chrono::milliseconds interval,
                std::chrono::milliseconds timeout)
        : m_customer(customer)
        , m_context(std::move(context))
        , m_apply(apply)
        , m_delay(interval)
        , m_timeout(timeout)
    {}

protected:
    void doStart() override
    {
        if (!m_customer) {
            fail(AzureError(AzureError::Kind::Internal, Self::tr("Not signed in to the customer tenant.")));
            return;
        }
        if (m_context.vaultPermissionModel == QString(KeyVaultInfo::kAccessPolicies)) {
            readPolicies();
        } else {
            listAssignments();
        }
    }

private:
    QString vaultId() const { return *m_context.vaultResourceId; }
    QString principal() const { return *m_context.servicePrincipalId; }
    QString keyScope() const { return KeyVaultRoles::keyScope(vaultId(), *m_context.keyName); }

    void listAssignments()
    {
        // At the vault, principalId eq lists the principal's assignments above and below it (§3.8), key scope
        // included.
        const QString filter = QStringLiteral("principalId eq '%1'").arg(principal());
        await(m_customer->arm().listRoleAssignments(vaultId(), filter), [this](const Azure::JsonArrayResult &result) {
            if (!result) {
                fail(explain(result.error()));
                return;
            }
            const auto found =
                KeyVaultRoles::find(result.value(), principal(), KeyVaultRoles::keyUseRoles(), keyScope());
            if (found) {
                const QJsonObject properties = found->value(QStringLiteral("properties")).toObject();
                finish(
                    StepOutcome::done({Self::tr("The application's service principal holds %1 at %2.")
                                           .arg(KeyVaultRoles::displayName(KeyVaultRoles::roleGuidOf(
                                                    properties.value(QStringLiteral("roleDefinitionId")).toString())),
                                                properties.value(QStringLiteral("scope")).toString())}));
            } else if (m_apply) {
                assign();
            } else {
                finish(StepOutcome::missing({Self::tr("The application's service principal has no role on the key; "
                                                      "Key Vault Crypto Service Encryption User will be assigned on "
                                                      "the key %1.")
                                                 .arg(*m_context.keyName)}));
            }
        });
    }

    void assign()
    {
        const QString role = KeyVaultRoles::kCryptoServiceEncryptionUser;
        const QString name = KeyVaultRoles::assignmentName(keyScope(), role, principal());
        const QString definition = KeyVaultRoles::definitionId(KeyVaultRoles::subscriptionOf(vaultId()), role);
        await(m_customer->arm().createRoleAssignment(keyScope(), name, definition, principal(),
                                                     QStringLiteral("ServicePrincipal")),
              [this](const Azure::ArmResourceResult &result) {
                  if (result || result.error().code() == QLatin1String("RoleAssignmentExists")) {
                      m_evidence.append(Self::tr("Assigned Key Vault Crypto Service Encryption User to the "
                                                 "application's service principal on the key %1.")
                                            .arg(*m_context.keyName));
                      finish(StepOutcome::done(m_evidence));
                  } else if (result.error().code() == QLatin1String("PrincipalNotFound") && m_waited < m_timeout) {
                      retryLater();
                  } else {
                      fail(explain(result.error()));
                  }
              });
    }

    // §3.8: a principal created a moment ago can be unknown to RBAC for minutes, even with principalType.
    void retryLater()
    {
        const auto left = m_timeout - m_waited;
        const auto delay = std::min({m_delay, left, std::chrono::milliseconds(30000)});
        m_waited += delay;
        m_delay *= 2;
        pause(delay, Self::tr("Waiting for Azure to replicate the new service principal before granting it the key…"),
              m_customer->pipeline()->clock().now().addMSecs(qint64(left.count())), [this] { assign(); });
    }

    void readPolicies()
    {
        const Azure::KeyVaultManagementClient client(m_customer->pipeline());
        await(client.getVault(vaultId()), [this](const Azure::ArmResourceResult &result) {
            if (!result) {
                fail(explain(result.error()));
                return;
            }
            auto vault = KeyVaultInfo::fromResource(result.value());
            if (!vault) {
                fail(vault.error());
                return;
            }
            const auto *policy = vault.value().policyFor(principal());
            const QStringList missing =
                policy ? policy->missingKeys(Self::storageKeyPermissions()) : Self::storageKeyPermissions();
            if (missing.isEmpty()) {
                finish(StepOutcome::done({Self::tr("The vault's access policy lets the application's service principal "
                                                   "get, wrap and unwrap keys.")}));
            } else if (!m_apply) {
                finish(StepOutcome::missing({Self::tr("The vault's access policy lacks these key permissions for the "
                                                      "application's service principal: %1.")
                                                 .arg(missing.join(QStringLiteral(", ")))}));
            } else {
                addPolicy(missing);
            }
        });
    }

    void addPolicy(const QStringList &missing)
    {
        const Azure::KeyVaultManagementClient client(m_customer->pipeline());
        await(client.addAccessPolicy(vaultId(), m_customer->tenantId(), principal(), missing),
              [this, missing](const Azure::RestResult &result) {
                  if (!result) {
                      fail(explain(result.error()));
                      return;
                  }
                  finish(StepOutcome::done({Self::tr("Added key permissions %1 for the application's service "
                                                     "principal to the vault's access policy.")
                                                .arg(missing.join(QStringLiteral(", ")))}));
              });
    }

    QPointer<Azure::TenantConnection> m_customer;
    RunContext m_context;
    bool m_apply;
    std::chrono::milliseconds m_delay;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_waited{0};
    QStringList m_evidence;
};

} // namespace

EnsureKeyGrantStep::EnsureKeyGrantStep(Azure::TenantConnection *customer, QObject *parent)
    : Step(kId, tr("Grant the application the key"),
           tr("The application's service principal may read the key and wrap and unwrap with it, and nothing more: "
              "Key Vault Crypto Service Encryption User on this key, or get, wrapKey and unwrapKey in the vault's "
              "access policy."),
           parent)
    , m_customer(customer)
{}

QList<ContextField> EnsureKeyGrantStep::inputs() const
{
    return {ContextField::ServicePrincipalId, ContextField::VaultResourceId, ContextField::VaultPermissionModel,
            ContextField::KeyName};
}

QList<ContextField> EnsureKeyGrantStep::outputs() const
{
    return {};
}

StepJob *EnsureKeyGrantStep::check(const RunContext &context)
{
    return new KeyGrantJob(m_customer, context, false, m_retryInterval, m_timeout);
}

StepJob *EnsureKeyGrantStep::apply(const RunContext &context)
{
    return new KeyGrantJob(m_customer, context, true, m_retryInterval, m_timeout);
}

QStringList EnsureKeyGrantStep::storageKeyPermissions()
{
    return {QStringLiteral("get"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
}

QString EnsureKeyGrantStep::equivalentCli(const RunContext &context) const
{
    const QString principal = Cli::quote(context.servicePrincipalId.value_or(QStringLiteral("$SP_ID")));
    if (context.vaultPermissionModel == QString(KeyVaultInfo::kAccessPolicies)) {
        return QStringLiteral("az keyvault set-policy --name %1 --object-id %2 --key-permissions get wrapKey unwrapKey")
            .arg(Cli::quote(context.vaultName.value_or(QStringLiteral("$VAULT_NAME"))), principal);
    }
    const QString vaultId = context.vaultResourceId.value_or(QStringLiteral("$VAULT_ID"));
    const QString keyName = context.keyName.value_or(QStringLiteral("$KEY_NAME"));
    // A shell variable in the scope must stay expandable: double quotes (key names are letters, digits, '-').
    const QString scope = vaultId.startsWith(QLatin1Char('$'))
                              ? QStringLiteral("\"%1\"").arg(KeyVaultRoles::keyScope(vaultId, keyName))
                              : Cli::quote(KeyVaultRoles::keyScope(vaultId, keyName));
    return QStringLiteral("az role assignment create --role \"Key Vault Crypto Service Encryption User\" --scope %1 "
                          "--assignee-object-id %2 --assignee-principal-type ServicePrincipal")
        .arg(scope, principal);
}

} // namespace CrossKey::Wizard
