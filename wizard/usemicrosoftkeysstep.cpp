// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/usemicrosoftkeysstep.h"

#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/bindrules.h"
#include "wizard/clitext.h"

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Self = UseMicrosoftKeysStep;

class MicrosoftKeysJob final : public AzureStepJob
{
public:
    MicrosoftKeysJob(Azure::TenantConnection *isv, RunContext context, bool apply)
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
                  } else if (!account.value().usesCustomerKey()) {
                      finish(StepOutcome::done({BindRules::describeEncryption(account.value())}));
                  } else if (!m_apply) {
                      finish(StepOutcome::missing({BindRules::describeEncryption(account.value()),
                                                   Self::tr("It will use Microsoft-managed keys: its data no longer "
                                                            "depends on the customer's key.")}));
                  } else {
                      change();
                  }
              });
    }

private:
    Azure::StorageAccountClient client() const { return Azure::StorageAccountClient(m_isv->pipeline()); }

    void change()
    {
        await(client().updateAccount(BindRules::subscription(m_context), BindRules::group(m_context),
                                     BindRules::accountName(m_context),
                                     Azure::StorageAccountClient::microsoftKeyBody()),
              [this](const Azure::RestResult &result) {
                  const auto account = BindRules::account(result);
                  if (!account) {
                      fail(BindRules::explain(account.error(), m_context));
                  } else if (account.value().usesCustomerKey()) {
                      fail(AzureError(AzureError::Kind::InvalidResponse,
                                      Self::tr("Azure accepted the change, but the account still uses the "
                                               "customer's key.")));
                  } else {
                      finish(StepOutcome::done({Self::tr("Switched to Microsoft-managed keys."),
                                                BindRules::describeEncryption(account.value())}));
                  }
              });
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_apply;
};

} // namespace

UseMicrosoftKeysStep::UseMicrosoftKeysStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Use Microsoft-managed keys"),
           tr("The storage account encrypts with keys Microsoft manages. Its data stays readable and no longer "
              "depends on the customer's key; the customer can no longer revoke access by disabling it."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> UseMicrosoftKeysStep::inputs() const
{
    return {ContextField::SubscriptionId, ContextField::ResourceGroup, ContextField::StorageAccountName};
}

StepJob *UseMicrosoftKeysStep::check(const RunContext &context)
{
    return new MicrosoftKeysJob(m_isv, context, false);
}

StepJob *UseMicrosoftKeysStep::apply(const RunContext &context)
{
    return new MicrosoftKeysJob(m_isv, context, true);
}

QString UseMicrosoftKeysStep::equivalentCli(const RunContext &context) const
{
    return QStringLiteral("az storage account update --resource-group %1 --name %2 --encryption-key-source "
                          "Microsoft.Storage")
        .arg(Cli::quote(context.resourceGroup.value_or(QStringLiteral("$RESOURCE_GROUP"))),
             Cli::quote(context.storageAccountName.value_or(QStringLiteral("$STORAGE_ACCOUNT"))));
}

} // namespace CrossKey::Wizard
