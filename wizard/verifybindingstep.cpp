// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/verifybindingstep.h"

#include "azure/blobclient.h"
#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/bindrules.h"
#include "wizard/clitext.h"

#include <memory>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Self = VerifyBindingStep;

bool isNoDataRole(const AzureError &error)
{
    const QString code = error.code();
    return code == QLatin1String("AuthorizationPermissionMismatch") || code == QLatin1String("AuthorizationFailure");
}

bool isNotThere(const AzureError &error)
{
    const QString code = error.code();
    return code == QLatin1String("BlobNotFound") || code == QLatin1String("ContainerNotFound");
}

AzureError explainDataPlane(AzureError error, const RunContext &context)
{
    const QString code = error.code();
    const QString key = context.keyName.value_or(QString());
    if (code.startsWith(QLatin1String("KeyVault")) || code == QLatin1String("InternalError")) {
        error.setHint(Self::tr("The account is set to the customer's key, but its data cannot be read or written: "
                               "Storage cannot use key %1 (%2). The key may be disabled, expired or no longer granted "
                               "to the app, the identity deleted, or the app's federated credential changed. Run "
                               "Diagnose, or ask the customer to check the key and its grant.")
                          .arg(key, code));
    }
    return error;
}

class VerifyJob final : public AzureStepJob
{
public:
    VerifyJob(Azure::TenantConnection *isv, RunContext context, bool apply)
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
                  if (!account) {
                      fail(BindRules::explain(account.error(), m_context));
                      return;
                  }
                  const Azure::StorageAccountInfo &info = account.value();
                  if (!BindRules::isBound(info, m_context)) {
                      const QString state = BindRules::describeEncryption(info);
                      if (m_apply) {
                          fail(AzureError(AzureError::Kind::Service,
                                          Self::tr("The account is not bound to the customer's key: %1").arg(state),
                                          Self::tr("Run the “Encrypt with the customer's key” step again.")));
                      } else {
                          finish(StepOutcome::missing({state}));
                      }
                      return;
                  }
                  m_evidence.append(Self::tr("Read the account back: %1").arg(BindRules::describeEncryption(info)));
                  if (info.currentVersionedKeyIdentifier.isEmpty()) {
                      m_evidence.append(Self::tr("Azure does not show a current versioned key yet."));
                  }
                  if (!info.blobEndpoint.isValid() || info.blobEndpoint.isEmpty()) {
                      notVerified(Self::tr("the account has no blob endpoint"));
                      return;
                  }
                  m_blob = std::make_unique<Azure::BlobClient>(m_isv->pipeline(), info.blobEndpoint);
                  if (m_apply) {
                      createContainer();
                  } else {
                      read(false);
                  }
              });
    }

private:
    QString where() const { return QStringLiteral("%1/%2").arg(Self::kContainer, Self::kBlob); }

    void notVerified(const QString &why)
    {
        m_evidence.append(Self::tr("Not verified: that the data plane can use the key (%1). Only the account's "
                                   "settings were checked; Azure shows no key health there.")
                              .arg(why));
        finish(StepOutcome::done(m_evidence));
    }

    void noDataRole()
    {
        notVerified(Self::tr("you have no blob data role on the account, such as Storage Blob Data Contributor; "
                             "with one, run this step again to write and read a test blob"));
    }

    // Errors after the account read: no data role, or the data plane refusing because of the key chain.
    void dataPlaneFailed(const AzureError &error)
    {
        if (isNoDataRole(error)) {
            noDataRole();
        } else {
            fail(explainDataPlane(error, m_context));
        }
    }

    void createContainer()
    {
        await(m_blob->createContainer(Self::kContainer), [this](const Azure::RestResult &result) {
            if (!result && result.error().code() != QLatin1String("ContainerAlreadyExists")) {
                dataPlaneFailed(result.error());
                return;
            }
            await(m_blob->putBlob(Self::kContainer, Self::kBlob, Self::content()),
                  [this](const Azure::RestResult &put) {
                      if (!put) {
                          dataPlaneFailed(put.error());
                          return;
                      }
                      m_evidence.append(Self::tr("Wrote blob %1 through the account's data plane.").arg(where()));
                      read(true);
                  });
        });
    }

    void read(bool written)
    {
        await(m_blob->getBlob(Self::kContainer, Self::kBlob), [this, written](const Azure::RestResult &result) {
            if (!result) {
                if (!written && isNotThere(result.error())) {
                    m_evidence.append(Self::tr("No verification blob yet: one will be written and read back."));
                    finish(StepOutcome::missing(m_evidence));
                } else {
                    dataPlaneFailed(result.error());
                }
                return;
            }
            if (result.value().body != Self::content()) {
                fail(AzureError(AzureError::Kind::InvalidResponse,
                                Self::tr("Blob %1 reads back with other content than was written.").arg(where())));
                return;
            }
            m_evidence.append(
                Self::tr("Read blob %1 back through the data plane: Storage can use the customer's key.").arg(where()));
            finish(StepOutcome::done(m_evidence));
        });
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_apply;
    std::unique_ptr<Azure::BlobClient> m_blob;
    QStringList m_evidence;
};

} // namespace

VerifyBindingStep::VerifyBindingStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Verify"),
           tr("Read the account's encryption back and, with a blob data role, write and read a small blob to prove "
              "that Storage can use the customer's key."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> VerifyBindingStep::inputs() const
{
    return {ContextField::SubscriptionId,
            ContextField::ResourceGroup,
            ContextField::StorageAccountName,
            ContextField::IdentityResourceId,
            ContextField::AppId,
            ContextField::VaultUri,
            ContextField::KeyName};
}

StepJob *VerifyBindingStep::check(const RunContext &context)
{
    return new VerifyJob(m_isv, context, false);
}

StepJob *VerifyBindingStep::apply(const RunContext &context)
{
    return new VerifyJob(m_isv, context, true);
}

QByteArray VerifyBindingStep::content()
{
    return QByteArrayLiteral("Written by CrossKey to prove that this storage account can use the customer's key.\n");
}

QString VerifyBindingStep::equivalentCli(const RunContext &context) const
{
    const QString group = Cli::quote(context.resourceGroup.value_or(QStringLiteral("$RESOURCE_GROUP")));
    const QString account = Cli::quote(context.storageAccountName.value_or(QStringLiteral("$STORAGE_ACCOUNT")));
    return QStringLiteral("az storage account show --resource-group %1 --name %2 --query encryption\n"
                          "az storage container create --auth-mode login --account-name %2 --name %3\n"
                          "az storage blob upload --auth-mode login --account-name %2 --container-name %3 --name %4 "
                          "--data 'CrossKey verification' --overwrite\n"
                          "az storage blob download --auth-mode login --account-name %2 --container-name %3 --name %4 "
                          "--file /dev/stdout")
        .arg(group, account, QString(kContainer), QString(kBlob));
}

} // namespace CrossKey::Wizard
