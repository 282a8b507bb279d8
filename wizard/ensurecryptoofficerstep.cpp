// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensurecryptoofficerstep.h"

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

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Azure::KeyVaultInfo;
using Self = EnsureCryptoOfficerStep;

bool isForbiddenByRbac(const AzureError &error)
{
    return error.httpStatus() == 403 && error.innerCode() == QLatin1String("ForbiddenByRbac");
}

AzureError explain(AzureError error)
{
    if (error.code() == QLatin1String("AuthorizationFailed")) {
        error.setHint(Self::tr("Assigning yourself Key Vault Crypto Officer needs Owner, User Access Administrator or "
                               "Role Based Access Control Administrator on the vault. Ask someone with one of them "
                               "to assign you the role on the vault, then retry."));
    } else if (isForbiddenByRbac(error)) {
        error.setHint(Self::tr("Key Vault does not honour your new role yet. Role assignments can take up to ten "
                               "minutes to reach Key Vault; retry this step in a few minutes."));
    }
    return error;
}

class CryptoOfficerJob final : public AzureStepJob
{
public:
    CryptoOfficerJob(Azure::TenantConnection *customer, RunContext context, bool apply,
                     std::chrono::milliseconds interval, std::chrono::milliseconds timeout)
        : m_customer(customer)
        , m_context(std::move(context))
        , m_apply(apply)
        , m_interval(interval)
        , m_timeout(timeout)
    {}

protected:
    void doStart() override
    {
        if (!m_customer) {
            fail(AzureError(AzureError::Kind::Internal, Self::tr("Not signed in to the customer tenant.")));
            return;
        }
        if (m_customer->userObjectId().isEmpty()) {
            fail(AzureError(AzureError::Kind::Internal, Self::tr("The signed-in user's object id is not known.")));
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
    QString user() const { return m_customer->userObjectId(); }

    // RBAC: an assignment at the vault or above, then a probe that Key Vault honours it.
    void listAssignments()
    {
        // assignedTo() includes the groups the user is in (§3.8), so any principal in the answer counts.
        const QString filter = QStringLiteral("atScope() and assignedTo('%1')").arg(user());
        await(m_customer->arm().listRoleAssignments(vaultId(), filter), [this](const Azure::JsonArrayResult &result) {
            if (!result) {
                fail(explain(result.error()));
                return;
            }
            const auto found =
                KeyVaultRoles::find(result.value(), QString(), KeyVaultRoles::keyManagementRoles(), vaultId());
            if (!found) {
                if (m_apply) {
                    assign();
                } else {
                    finish(StepOutcome::missing(
                        {Self::tr("You hold no Key Vault Crypto Officer or Administrator role "
                                  "on the vault; Crypto Officer will be assigned to you on it.")}));
                }
                return;
            }
            const QJsonObject properties = found->value(QStringLiteral("properties")).toObject();
            m_evidence.append(Self::tr("You hold %1 at %2.")
                                  .arg(KeyVaultRoles::displayName(KeyVaultRoles::roleGuidOf(
                                           properties.value(QStringLiteral("roleDefinitionId")).toString())),
                                       properties.value(QStringLiteral("scope")).toString()));
            probe();
        });
    }

    void assign()
    {
        const QString role = KeyVaultRoles::kCryptoOfficer;
        const QString name = KeyVaultRoles::assignmentName(vaultId(), role, user());
        const QString definition = KeyVaultRoles::definitionId(KeyVaultRoles::subscriptionOf(vaultId()), role);
        await(m_customer->arm().createRoleAssignment(vaultId(), name, definition, user(), QStringLiteral("User")),
              [this](const Azure::ArmResourceResult &result) {
                  if (!result && result.error().code() != QLatin1String("RoleAssignmentExists")) {
                      fail(explain(result.error()));
                      return;
                  }
                  m_evidence.append(Self::tr("Assigned Key Vault Crypto Officer to you on the vault."));
                  probe();
              });
    }

    // A key read: 200 or 404 KeyNotFound means Key Vault lets the user in; ForbiddenByRbac means not yet.
    void probe()
    {
        const QUrl vault(*m_context.vaultUri);
        await(m_customer->keyVault(vault).getKey(*m_context.keyName), [this](const Azure::RestResult &result) {
            if (result || result.error().httpStatus() == 404) {
                finish(StepOutcome::done(m_evidence));
                return;
            }
            if (!isForbiddenByRbac(result.error())) {
                fail(explain(result.error()));
                return;
            }
            if (!m_apply) {
                m_evidence.append(Self::tr("Key Vault does not honour the role yet."));
                finish(StepOutcome::missing(m_evidence));
                return;
            }
            if (m_waited >= m_timeout) {
                fail(explain(result.error()));
                return;
            }
            const auto left = m_timeout - m_waited;
            m_waited += m_interval;
            pause(m_interval,
                  Self::tr("Waiting for the Key Vault Crypto Officer role to take effect (Azure can take up to ten "
                           "minutes)…"),
                  m_customer->pipeline()->clock().now().addMSecs(qint64(left.count())), [this] { probe(); });
        });
    }

    // Access policies: the user's entry grants the key permissions, else add them.
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
            const auto *policy = vault.value().policyFor(user());
            const QStringList missing =
                policy ? policy->missingKeys(Self::userKeyPermissions()) : Self::userKeyPermissions();
            if (missing.isEmpty()) {
                finish(StepOutcome::done({Self::tr("The vault's access policy lets you get, list and create "
                                                   "keys.")}));
            } else if (!m_apply) {
                finish(StepOutcome::missing({Self::tr("The vault's access policy does not give you these key "
                                                      "permissions yet: %1.")
                                                 .arg(missing.join(QStringLiteral(", ")))}));
            } else {
                addPolicy(missing);
            }
        });
    }

    void addPolicy(const QStringList &missing)
    {
        const Azure::KeyVaultManagementClient client(m_customer->pipeline());
        await(client.addAccessPolicy(vaultId(), m_customer->tenantId(), user(), missing),
              [this, missing](const Azure::RestResult &result) {
                  if (!result) {
                      fail(explain(result.error()));
                      return;
                  }
                  finish(StepOutcome::done({Self::tr("Added key permissions %1 for you to the vault's access policy.")
                                                .arg(missing.join(QStringLiteral(", ")))}));
              });
    }

    QPointer<Azure::TenantConnection> m_customer;
    RunContext m_context;
    bool m_apply;
    std::chrono::milliseconds m_interval;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_waited{0};
    QStringList m_evidence;
};

} // namespace

EnsureCryptoOfficerStep::EnsureCryptoOfficerStep(Azure::TenantConnection *customer, QObject *parent)
    : Step(kId, tr("Allow yourself to manage keys"),
           tr("You need Key Vault Crypto Officer on the vault (or, in a vault with access policies, key permissions) "
              "to create the key. New roles can take minutes to reach Key Vault."),
           parent)
    , m_customer(customer)
{}

QList<ContextField> EnsureCryptoOfficerStep::inputs() const
{
    return {ContextField::VaultResourceId, ContextField::VaultPermissionModel, ContextField::VaultUri,
            ContextField::KeyName};
}

QList<ContextField> EnsureCryptoOfficerStep::outputs() const
{
    return {};
}

StepJob *EnsureCryptoOfficerStep::check(const RunContext &context)
{
    return new CryptoOfficerJob(m_customer, context, false, m_pollInterval, m_timeout);
}

StepJob *EnsureCryptoOfficerStep::apply(const RunContext &context)
{
    return new CryptoOfficerJob(m_customer, context, true, m_pollInterval, m_timeout);
}

QStringList EnsureCryptoOfficerStep::userKeyPermissions()
{
    return {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("create")};
}

QString EnsureCryptoOfficerStep::equivalentCli(const RunContext &context) const
{
    const QString vaultId = Cli::quote(context.vaultResourceId.value_or(QStringLiteral("$VAULT_ID")));
    if (context.vaultPermissionModel == QString(KeyVaultInfo::kAccessPolicies)) {
        return QStringLiteral("az keyvault set-policy --name %1 --object-id \"$(az ad signed-in-user show --query id "
                              "-o tsv)\" --key-permissions get list create")
            .arg(Cli::quote(context.vaultName.value_or(QStringLiteral("$VAULT_NAME"))));
    }
    return QStringLiteral("az role assignment create --role \"Key Vault Crypto Officer\" --scope %1 "
                          "--assignee-object-id \"$(az ad signed-in-user show --query id -o tsv)\" "
                          "--assignee-principal-type User")
        .arg(vaultId);
}

} // namespace CrossKey::Wizard
