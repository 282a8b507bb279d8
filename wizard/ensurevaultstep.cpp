// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensurevaultstep.h"

#include "azure/armresourcejob.h"
#include "azure/clock.h"
#include "azure/keyvaultinfo.h"
#include "azure/keyvaultmanagementclient.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Azure::KeyVaultInfo;
using Self = EnsureVaultStep;

AzureError explain(AzureError error, const RunContext &context)
{
    const QString code = error.code();
    const QString name = context.vaultName.value_or(QString());
    if (code == QLatin1String("VaultAlreadyExists")) {
        error.setHint(Self::tr("The name %1 is taken: vault names are global, and a deleted vault keeps its name "
                               "until it is purged. Choose another name, or pick the existing vault in its own "
                               "resource group if it is yours.")
                          .arg(name));
    } else if (code == QLatin1String("ConflictError")) {
        error.setHint(Self::tr("A deleted vault still holds the name %1. Recover it (az keyvault recover --name %1) "
                               "and run again, or choose another name.")
                          .arg(name));
    } else if (code == QLatin1String("AuthorizationFailed")) {
        error.setHint(Self::tr("Creating or changing a key vault needs Contributor, Key Vault Contributor or Owner on "
                               "the resource group. Ask an owner of the subscription for that role."));
    } else if (code == QLatin1String("VaultNameNotValid")) {
        error.setHint(Self::tr("Use 3 to 24 letters, digits and hyphens, starting with a letter and ending with a "
                               "letter or digit, without two hyphens in a row."));
    } else if (code == QLatin1String("RequestDisallowedByPolicy")) {
        error.setHint(Self::tr("An Azure Policy of your organization refuses this vault. Its message says which "
                               "setting; change the vault to match or ask the policy's owner."));
    }
    return error;
}

class VaultJob final : public AzureStepJob
{
public:
    VaultJob(Azure::TenantConnection *customer, RunContext context, bool apply, std::chrono::milliseconds interval,
             std::chrono::milliseconds maxWait)
        : m_customer(customer)
        , m_context(std::move(context))
        , m_apply(apply)
        , m_interval(interval)
        , m_maxWait(maxWait)
    {}

protected:
    void doStart() override
    {
        if (!m_customer) {
            fail(AzureError(AzureError::Kind::Internal, Self::tr("Not signed in to the customer tenant.")));
            return;
        }
        get();
    }

private:
    Azure::KeyVaultManagementClient client() const { return Azure::KeyVaultManagementClient(m_customer->pipeline()); }
    QString sub() const { return *m_context.subscriptionId; }
    QString group() const { return *m_context.resourceGroup; }
    QString name() const { return *m_context.vaultName; }

    void get()
    {
        await(client().getVault(sub(), group(), name()), [this](const Azure::ArmResourceResult &result) {
            if (result) {
                judge(result.value());
            } else if (result.error().httpStatus() == 404) {
                if (!m_apply) {
                    finish(StepOutcome::missing({Self::tr("There is no vault %1 in resource group %2; it will be "
                                                          "created with Azure RBAC, soft delete and purge protection.")
                                                     .arg(name(), group())}));
                } else {
                    create();
                }
            } else if (result.error().code() == QLatin1String("MissingSubscriptionRegistration") && !m_registered) {
                if (!m_apply) {
                    finish(StepOutcome::missing({Self::tr("The subscription is not registered for Microsoft.KeyVault; "
                                                          "it will be registered and the vault created.")}));
                } else {
                    registerProvider();
                }
            } else {
                fail(explain(result.error(), m_context));
            }
        });
    }

    void judge(const Azure::ArmResource &resource)
    {
        auto parsed = KeyVaultInfo::fromResource(resource);
        if (!parsed) {
            fail(parsed.error());
            return;
        }
        const KeyVaultInfo &vault = parsed.value();
        if (vault.tenantId.compare(m_customer->tenantId(), Qt::CaseInsensitive) != 0) {
            fail(AzureError(AzureError::Kind::InvalidInput,
                            Self::tr("The vault %1 belongs to tenant %2, not to the tenant you signed in to (%3).")
                                .arg(vault.name, vault.tenantId, m_customer->tenantId()),
                            Self::tr("Choose a vault of this tenant.")));
            return;
        }
        m_evidence.append(Self::describe(vault));
        if (!vault.enableSoftDelete || !vault.enablePurgeProtection) {
            if (!m_apply || m_patched) {
                if (m_patched) {
                    fail(AzureError(
                        AzureError::Kind::InvalidResponse,
                        Self::tr("The vault still lacks soft delete or purge protection after the change.")));
                    return;
                }
                m_evidence.append(Self::tr("Storage needs soft delete and purge protection; purge protection will be "
                                           "turned on, which cannot be undone."));
                finish(StepOutcome::missing(m_evidence));
                return;
            }
            m_patched = true;
            m_evidence.clear();
            await(client().enablePurgeProtection(vault.id), [this](const Azure::ArmResourceResult &result) {
                if (!result) {
                    fail(explain(result.error(), m_context));
                    return;
                }
                m_evidence.append(Self::tr("Turned on soft delete and purge protection."));
                judge(result.value());
            });
            return;
        }
        RunContext outputs;
        outputs.vaultUri = vault.vaultUri;
        outputs.vaultResourceId = vault.id;
        outputs.vaultPermissionModel = vault.permissionModel();
        finish(StepOutcome::done(m_evidence, outputs));
    }

    void create()
    {
        Azure::KeyVaultManagementClient::CreateOptions options;
        options.location = *m_context.location;
        options.tenantId = m_customer->tenantId();
        await(client().createVault(sub(), group(), name(), options), [this](const Azure::ArmResourceResult &result) {
            if (!result) {
                fail(explain(result.error(), m_context));
                return;
            }
            m_evidence.append(Self::tr("Created the vault."));
            m_patched = true; // a vault just created with purge protection needs no second change
            judge(result.value());
        });
    }

    void registerProvider()
    {
        auto arm = m_customer->arm();
        await(arm.registerProvider(sub(), Self::kNamespace), [this](const Azure::RestResult &result) {
            if (!result) {
                fail(explain(result.error(), m_context));
                return;
            }
            m_evidence.append(Self::tr("Registered Microsoft.KeyVault in the subscription."));
            pollProvider();
        });
    }

    void pollProvider()
    {
        await(m_customer->arm().getProvider(sub(), Self::kNamespace), [this](const Azure::RestResult &result) {
            if (!result) {
                fail(explain(result.error(), m_context));
                return;
            }
            if (result.value().json.value(QStringLiteral("registrationState")).toString() ==
                QLatin1String("Registered")) {
                m_registered = true;
                get();
                return;
            }
            if (m_waited >= m_maxWait) {
                fail(AzureError::timeout(Self::tr("the registration of Microsoft.KeyVault")));
                return;
            }
            const auto left = m_maxWait - m_waited;
            m_waited += m_interval;
            pause(m_interval, Self::tr("Waiting for Azure to register Microsoft.KeyVault in the subscription…"),
                  m_customer->pipeline()->clock().now().addMSecs(qint64(left.count())), [this] { pollProvider(); });
        });
    }

    QPointer<Azure::TenantConnection> m_customer;
    RunContext m_context;
    bool m_apply;
    std::chrono::milliseconds m_interval;
    std::chrono::milliseconds m_maxWait;
    std::chrono::milliseconds m_waited{0};
    bool m_registered = false;
    bool m_patched = false;
    QStringList m_evidence;
};

} // namespace

EnsureVaultStep::EnsureVaultStep(Azure::TenantConnection *customer, QObject *parent)
    : Step(kId, tr("Key vault"),
           tr("The key vault that holds your key, with soft delete and purge protection, which Azure Storage needs "
              "before it uses a customer-managed key. A new vault uses Azure RBAC."),
           parent)
    , m_customer(customer)
{}

QList<ContextField> EnsureVaultStep::inputs() const
{
    return {ContextField::SubscriptionId, ContextField::ResourceGroup, ContextField::Location, ContextField::VaultName,
            ContextField::CustomerTenantId};
}

QList<ContextField> EnsureVaultStep::outputs() const
{
    return {ContextField::VaultUri, ContextField::VaultResourceId, ContextField::VaultPermissionModel};
}

StepJob *EnsureVaultStep::check(const RunContext &context)
{
    return new VaultJob(m_customer, context, false, m_pollInterval, m_maxWait);
}

StepJob *EnsureVaultStep::apply(const RunContext &context)
{
    return new VaultJob(m_customer, context, true, m_pollInterval, m_maxWait);
}

QString EnsureVaultStep::equivalentCli(const RunContext &context) const
{
    const QString name = Cli::quote(context.vaultName.value_or(QStringLiteral("$VAULT_NAME")));
    const QString group = Cli::quote(context.resourceGroup.value_or(QStringLiteral("$RESOURCE_GROUP")));
    const QString location = Cli::quote(context.location.value_or(QStringLiteral("$LOCATION")));
    return QStringLiteral("az provider register --namespace Microsoft.KeyVault --wait\n"
                          "if az keyvault show --name %1 --resource-group %2 >/dev/null 2>&1; then\n"
                          "  az keyvault update --name %1 --resource-group %2 --enable-purge-protection true\n"
                          "else\n"
                          "  az keyvault create --name %1 --resource-group %2 --location %3 "
                          "--enable-rbac-authorization true --enable-purge-protection true --retention-days 90\n"
                          "fi\n"
                          "VAULT_ID=$(az keyvault show --name %1 --resource-group %2 --query id -o tsv)\n"
                          "VAULT_URI=$(az keyvault show --name %1 --resource-group %2 --query properties.vaultUri "
                          "-o tsv)")
        .arg(name, group, location);
}

QStringList EnsureVaultStep::describe(const KeyVaultInfo &vault)
{
    QStringList lines;
    lines.append(tr("Vault %1 in %2, %3.")
                     .arg(vault.name, vault.location,
                          vault.enableRbacAuthorization ? tr("permissions through Azure RBAC")
                                                        : tr("permissions through access policies")));
    lines.append(vault.enableSoftDelete ? tr("Soft delete: on (%n days).", nullptr, vault.softDeleteRetentionInDays)
                                        : tr("Soft delete: off."));
    lines.append(vault.enablePurgeProtection ? tr("Purge protection: on.") : tr("Purge protection: off."));
    if (!vault.allowsTrustedServices()) {
        lines.append(tr("Firewall: closed to trusted Azure services; Storage will not reach the key until "
                        "“Allow trusted Microsoft services” is on."));
    }
    return lines;
}

} // namespace CrossKey::Wizard
