// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensurestorageaccountstep.h"

#include "azure/lrojob.h"
#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/bindrules.h"
#include "wizard/clitext.h"

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Self = EnsureStorageAccountStep;

class StorageAccountJob final : public AzureStepJob
{
public:
    StorageAccountJob(Azure::TenantConnection *isv, RunContext context, bool apply)
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
        const Azure::StorageAccountClient client(m_isv->pipeline());
        await(client.getAccount(BindRules::subscription(m_context), BindRules::group(m_context),
                                BindRules::accountName(m_context)),
              [this](const Azure::RestResult &result) {
                  const auto account = BindRules::account(result);
                  if (account) {
                      found(account.value(), false);
                  } else if (!BindRules::isMissing(account.error())) {
                      fail(BindRules::explain(account.error(), m_context));
                  } else if (location().isEmpty()) {
                      fail(AzureError(AzureError::Kind::InvalidInput,
                                      Self::tr("Storage account %1 does not exist in resource group %2.")
                                          .arg(BindRules::accountName(m_context), BindRules::group(m_context)),
                                      Self::tr("Check the name and group, or give a location (--location) to "
                                               "create the account.")));
                  } else if (m_apply) {
                      create();
                  } else {
                      finish(StepOutcome::missing({Self::tr("Storage account %1 does not exist yet; it will be "
                                                            "created in %2 (StorageV2, Standard_LRS).")
                                                       .arg(BindRules::accountName(m_context), location())}));
                  }
              });
    }

private:
    QString location() const { return m_context.location.value_or(QString()); }

    void create()
    {
        const Azure::StorageAccountClient client(m_isv->pipeline());
        Azure::LroJob *job = client.createAccount(BindRules::subscription(m_context), BindRules::group(m_context),
                                                  BindRules::accountName(m_context), location());
        reportWaiting(Self::tr("Azure is creating storage account %1…").arg(BindRules::accountName(m_context)));
        connect(job, &Azure::LroJob::progress, this, [this](const QString &status) {
            reportWaiting(
                Self::tr("Azure is creating storage account %1 (%2)…").arg(BindRules::accountName(m_context), status));
        });
        await(job, [this](const Azure::RestResult &result) {
            reportResumed();
            const auto account = BindRules::account(result);
            if (!account) {
                AzureError error = account.error();
                if (error.code() == QLatin1String("StorageAccountAlreadyTaken") ||
                    error.code() == QLatin1String("StorageAccountAlreadyExists") ||
                    error.code() == QLatin1String("AccountNameInvalid")) {
                    error.setHint(Self::tr("Storage account names are global: 3 to 24 lower-case letters and "
                                           "digits, not used by anyone else. Choose another name."));
                    fail(error);
                } else {
                    fail(BindRules::explain(error, m_context));
                }
                return;
            }
            found(account.value(), true);
        });
    }

    void found(const Azure::StorageAccountInfo &account, bool created)
    {
        RunContext outputs;
        outputs.storageAccountId = account.id;
        QStringList evidence{created
                                 ? Self::tr("Created storage account %1 in %2.").arg(account.name, account.location)
                                 : Self::tr("Storage account %1 exists in %2.").arg(account.name, account.location)};
        evidence.append(BindRules::describeEncryption(account));
        finish(StepOutcome::done(evidence, outputs));
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_apply;
};

} // namespace

EnsureStorageAccountStep::EnsureStorageAccountStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Storage account"),
           tr("The storage account whose data the customer's key will protect; created when it does not exist and a "
              "location is given."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> EnsureStorageAccountStep::inputs() const
{
    return {ContextField::SubscriptionId, ContextField::ResourceGroup, ContextField::StorageAccountName};
}

QList<ContextField> EnsureStorageAccountStep::outputs() const
{
    return {ContextField::StorageAccountId};
}

StepJob *EnsureStorageAccountStep::check(const RunContext &context)
{
    return new StorageAccountJob(m_isv, context, false);
}

StepJob *EnsureStorageAccountStep::apply(const RunContext &context)
{
    return new StorageAccountJob(m_isv, context, true);
}

QString EnsureStorageAccountStep::equivalentCli(const RunContext &context) const
{
    return QStringLiteral("az storage account show --resource-group %1 --name %2 >/dev/null 2>&1 || "
                          "az storage account create --resource-group %1 --name %2 --location %3 --kind StorageV2 "
                          "--sku Standard_LRS")
        .arg(Cli::quote(context.resourceGroup.value_or(QStringLiteral("$RESOURCE_GROUP"))),
             Cli::quote(context.storageAccountName.value_or(QStringLiteral("$STORAGE_ACCOUNT"))),
             Cli::quote(context.location.value_or(QStringLiteral("$LOCATION"))));
}

} // namespace CrossKey::Wizard
