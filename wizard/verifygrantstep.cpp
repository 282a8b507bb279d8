// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/verifygrantstep.h"

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
#include "wizard/ensurekeygrantstep.h"
#include "wizard/ensurekeystep.h"
#include "wizard/keyvaultroles.h"

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Azure::KeyVaultInfo;
using Self = VerifyGrantStep;

AzureError broken(const QString &what, const QString &fix)
{
    return AzureError(AzureError::Kind::InvalidInput, what, fix);
}

class VerifyJob final : public AzureStepJob
{
public:
    VerifyJob(Azure::TenantConnection *customer, RunContext context)
        : m_customer(customer)
        , m_context(std::move(context))
    {}

protected:
    void doStart() override
    {
        if (!m_customer) {
            fail(AzureError(AzureError::Kind::Internal, Self::tr("Not signed in to the customer tenant.")));
            return;
        }
        readVault();
    }

private:
    QString vaultId() const { return *m_context.vaultResourceId; }
    QString principal() const { return *m_context.servicePrincipalId; }
    QString keyName() const { return *m_context.keyName; }
    QString keyScope() const { return KeyVaultRoles::keyScope(vaultId(), keyName()); }

    void readVault()
    {
        const Azure::KeyVaultManagementClient client(m_customer->pipeline());
        await(client.getVault(vaultId()), [this](const Azure::ArmResourceResult &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            auto vault = KeyVaultInfo::fromResource(result.value());
            if (!vault) {
                fail(vault.error());
                return;
            }
            const KeyVaultInfo &info = vault.value();
            if (!info.enableSoftDelete || !info.enablePurgeProtection) {
                fail(broken(Self::tr("The vault lacks soft delete or purge protection; Storage refuses such a key "
                                     "(KeyVaultPolicyError)."),
                            Self::tr("Run the “Key vault” step again to turn purge protection on.")));
                return;
            }
            if (!info.allowsTrustedServices()) {
                fail(broken(Self::tr("The vault's firewall blocks trusted Azure services, so Storage cannot reach the "
                                     "key."),
                            Self::tr("Allow trusted Microsoft services in the vault's networking settings "
                                     "(az keyvault update --bypass AzureServices).")));
                return;
            }
            m_evidence.append(Self::tr("The vault has soft delete and purge protection, and Storage can reach it."));
            if (info.enableRbacAuthorization) {
                readAssignments();
                return;
            }
            const auto *policy = info.policyFor(principal());
            const QStringList missing = policy ? policy->missingKeys(EnsureKeyGrantStep::storageKeyPermissions())
                                               : EnsureKeyGrantStep::storageKeyPermissions();
            if (!missing.isEmpty()) {
                fail(broken(Self::tr("The vault's access policy lacks %1 for the application's service principal.")
                                .arg(missing.join(QStringLiteral(", "))),
                            Self::tr("Run the “Grant the application the key” step again.")));
                return;
            }
            m_evidence.append(Self::tr("The access policy lets the application get, wrap and unwrap keys."));
            readKey();
        });
    }

    void readAssignments()
    {
        const QString filter = QStringLiteral("principalId eq '%1'").arg(principal());
        await(m_customer->arm().listRoleAssignments(vaultId(), filter), [this](const Azure::JsonArrayResult &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            const auto found =
                KeyVaultRoles::find(result.value(), principal(), KeyVaultRoles::keyUseRoles(), keyScope());
            if (!found) {
                fail(broken(Self::tr("The application's service principal holds no role that may use the key %1.")
                                .arg(keyName()),
                            Self::tr("Run the “Grant the application the key” step again.")));
                return;
            }
            const QJsonObject properties = found->value(QStringLiteral("properties")).toObject();
            m_evidence.append(Self::tr("The application's service principal (%1) holds %2 at %3.")
                                  .arg(properties.value(QStringLiteral("principalType")).toString(),
                                       KeyVaultRoles::displayName(KeyVaultRoles::roleGuidOf(
                                           properties.value(QStringLiteral("roleDefinitionId")).toString())),
                                       properties.value(QStringLiteral("scope")).toString()));
            readKey();
        });
    }

    void readKey()
    {
        await(m_customer->keyVault(QUrl(*m_context.vaultUri)).getKey(keyName()), [this](const Azure::RestResult &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            auto key = EnsureKeyStep::readKey(r.value().json);
            if (!key) {
                fail(key.error());
                return;
            }
            const QString unusable = EnsureKeyStep::unusableReason(key.value(), m_customer->pipeline()->clock().now());
            if (!unusable.isEmpty()) {
                fail(broken(unusable, Self::tr("Fix the key, then run this step again.")));
                return;
            }
            m_evidence.append(Self::tr("The key %1 is enabled and allows wrap and unwrap.").arg(keyName()));
            finish(StepOutcome::done(m_evidence));
        });
    }

    QPointer<Azure::TenantConnection> m_customer;
    RunContext m_context;
    QStringList m_evidence;
};

} // namespace

VerifyGrantStep::VerifyGrantStep(Azure::TenantConnection *customer, QObject *parent)
    : Step(kId, tr("Verify the grant"),
           tr("Reads back the vault's settings, the application's permission on the key and the key's state, as "
              "Azure Storage will need them. Changes nothing."),
           parent)
    , m_customer(customer)
{}

QList<ContextField> VerifyGrantStep::inputs() const
{
    return {ContextField::ServicePrincipalId, ContextField::VaultResourceId, ContextField::VaultUri,
            ContextField::KeyName};
}

QList<ContextField> VerifyGrantStep::outputs() const
{
    return {};
}

StepJob *VerifyGrantStep::check(const RunContext &context)
{
    return new VerifyJob(m_customer, context);
}

StepJob *VerifyGrantStep::apply(const RunContext &context)
{
    return new VerifyJob(m_customer, context);
}

QString VerifyGrantStep::equivalentCli(const RunContext &context) const
{
    const QString vault = Cli::quote(context.vaultName.value_or(QStringLiteral("$VAULT_NAME")));
    const QString principal = Cli::quote(context.servicePrincipalId.value_or(QStringLiteral("$SP_ID")));
    return QStringLiteral(
               "az keyvault show --name %1 --query "
               "'{softDelete:properties.enableSoftDelete,purgeProtection:properties.enablePurgeProtection}'\n"
               "az role assignment list --assignee %2 --all -o table\n"
               "az keyvault key show --vault-name %1 --name %3 --query attributes")
        .arg(vault, principal, Cli::quote(context.keyName.value_or(QStringLiteral("$KEY_NAME"))));
}

} // namespace CrossKey::Wizard
