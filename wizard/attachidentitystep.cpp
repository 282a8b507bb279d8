// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/attachidentitystep.h"

#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/bindrules.h"
#include "wizard/clitext.h"

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Self = AttachIdentityStep;

class AttachJob final : public AzureStepJob
{
public:
    AttachJob(Azure::TenantConnection *isv, RunContext context, bool apply)
        : m_isv(isv)
        , m_context(std::move(context))
        , m_apply(apply)
    {}

protected:
    void doStart() override
    {
        if (!m_isv) {
            fail(AzureError(AzureError::Kind::Internal, Self::tr("Not signed in.")));
            return;
        }
        await(client().getAccount(BindRules::subscription(m_context), BindRules::group(m_context),
                                  BindRules::accountName(m_context)),
              [this](const Azure::RestResult &result) {
                  const auto account = BindRules::account(result);
                  if (!account) {
                      fail(BindRules::explain(account.error(), m_context));
                  } else if (account.value().hasUserAssignedIdentity(identity())) {
                      finish(StepOutcome::done({Self::tr("Managed identity %1 is attached to storage account %2.")
                                                    .arg(identity(), account.value().name)}));
                  } else if (m_apply) {
                      attach(account.value());
                  } else {
                      finish(StepOutcome::missing(
                          {Self::tr("Storage account %1 has identity type “%2”; managed "
                                    "identity %3 will be attached.")
                               .arg(account.value().name,
                                    account.value().identityType.isEmpty() ? QStringLiteral("None")
                                                                           : account.value().identityType,
                                    identity())}));
                  }
              });
    }

private:
    Azure::StorageAccountClient client() const { return Azure::StorageAccountClient(m_isv->pipeline()); }
    QString identity() const { return m_context.identityResourceId.value_or(QString()); }

    void attach(const Azure::StorageAccountInfo &before)
    {
        const bool keepSystem = before.hasSystemAssignedIdentity();
        await(client().updateAccount(BindRules::subscription(m_context), BindRules::group(m_context),
                                     BindRules::accountName(m_context),
                                     Azure::StorageAccountClient::identityBody(identity(), keepSystem)),
              [this, keepSystem](const Azure::RestResult &result) {
                  const auto account = BindRules::account(result);
                  if (!account) {
                      fail(BindRules::explain(account.error(), m_context));
                      return;
                  }
                  if (!account.value().hasUserAssignedIdentity(identity())) {
                      fail(AzureError(AzureError::Kind::InvalidResponse,
                                      Self::tr("Azure accepted the change but storage account %1 still does not "
                                               "carry managed identity %2.")
                                          .arg(account.value().name, identity())));
                      return;
                  }
                  QStringList evidence{Self::tr("Attached managed identity %1 to storage account %2.")
                                           .arg(identity(), account.value().name)};
                  if (keepSystem) {
                      evidence.append(Self::tr("The account's system-assigned identity was kept."));
                  }
                  finish(StepOutcome::done(evidence));
              });
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_apply;
};

} // namespace

AttachIdentityStep::AttachIdentityStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Attach the identity"),
           tr("The storage account carries the managed identity that acts as the app towards the customer's key. "
              "Attaching it needs Managed Identity Operator on the identity."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> AttachIdentityStep::inputs() const
{
    return {ContextField::SubscriptionId, ContextField::ResourceGroup, ContextField::StorageAccountName,
            ContextField::IdentityResourceId};
}

StepJob *AttachIdentityStep::check(const RunContext &context)
{
    return new AttachJob(m_isv, context, false);
}

StepJob *AttachIdentityStep::apply(const RunContext &context)
{
    return new AttachJob(m_isv, context, true);
}

QString AttachIdentityStep::equivalentCli(const RunContext &context) const
{
    // A shell variable in the id must stay expandable: double quotes (ids are letters, digits, '/', '-', '_').
    const QString id = context.identityResourceId.value_or(QStringLiteral("$IDENTITY_ID"));
    return QStringLiteral("az storage account update --resource-group %1 --name %2 --identity-type UserAssigned "
                          "--user-identity-id %3")
        .arg(Cli::quote(context.resourceGroup.value_or(QStringLiteral("$RESOURCE_GROUP"))),
             Cli::quote(context.storageAccountName.value_or(QStringLiteral("$STORAGE_ACCOUNT"))),
             id.startsWith(QLatin1Char('$')) ? QStringLiteral("\"%1\"").arg(id) : Cli::quote(id));
}

} // namespace CrossKey::Wizard
