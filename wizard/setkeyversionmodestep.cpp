// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/setkeyversionmodestep.h"

#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/bindrules.h"
#include "wizard/clitext.h"

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Azure::StorageAccountClient;
using Azure::StorageAccountInfo;
using Self = SetKeyVersionModeStep;

class VersionModeJob final : public AzureStepJob
{
public:
    VersionModeJob(Azure::TenantConnection *isv, RunContext context, bool pin, bool apply)
        : m_isv(isv)
        , m_context(std::move(context))
        , m_pin(pin)
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
                      fail(AzureError(
                          AzureError::Kind::InvalidInput,
                          Self::tr("Storage account %1 does not use a customer key.").arg(account.value().name),
                          Self::tr("Bind it to the customer's key first (isv-bind).")));
                  } else if (isWanted(account.value())) {
                      finish(StepOutcome::done({BindRules::describeEncryption(account.value())}));
                  } else if (!m_apply) {
                      finish(StepOutcome::missing({BindRules::describeEncryption(account.value())}));
                  } else {
                      change(account.value());
                  }
              });
    }

private:
    StorageAccountClient client() const { return StorageAccountClient(m_isv->pipeline()); }
    QString wantedVersion(const StorageAccountInfo &account) const
    {
        const QString given = m_context.keyVersion.value_or(QString());
        return given.isEmpty() ? account.currentKeyVersion() : given;
    }

    bool isWanted(const StorageAccountInfo &account) const
    {
        if (!m_pin) {
            return account.keyVersion.isEmpty();
        }
        const QString given = m_context.keyVersion.value_or(QString());
        return given.isEmpty() ? !account.keyVersion.isEmpty()
                               : account.keyVersion.compare(given, Qt::CaseInsensitive) == 0;
    }

    void change(const StorageAccountInfo &account)
    {
        const StorageAccountClient::CustomerKey key{account.keyVaultUri, account.keyName,
                                                    m_pin ? wantedVersion(account) : QString(),
                                                    account.encryptionIdentity, account.federatedIdentityClientId};
        if (m_pin && key.keyVersion.isEmpty()) {
            fail(
                AzureError(AzureError::Kind::InvalidInput,
                           Self::tr("Azure does not show which key version storage account %1 uses.").arg(account.name),
                           Self::tr("Give the version to pin (--key-version).")));
            return;
        }
        // The account identity is sent along: Azure refuses encryption changes without it (§3.9).
        const QJsonObject body =
            key.identityId.isEmpty()
                ? StorageAccountClient::customerKeyBody(key)
                : StorageAccountClient::customerKeyBody(key, key.identityId, account.hasSystemAssignedIdentity());
        await(client().updateAccount(BindRules::subscription(m_context), BindRules::group(m_context),
                                     BindRules::accountName(m_context), body),
              [this](const Azure::RestResult &result) {
                  const auto after = BindRules::account(result);
                  if (!after) {
                      fail(BindRules::explain(after.error(), m_context));
                  } else if (!isWanted(after.value())) {
                      fail(AzureError(AzureError::Kind::InvalidResponse,
                                      Self::tr("Azure accepted the change, but the account reads back otherwise: %1")
                                          .arg(BindRules::describeEncryption(after.value()))));
                  } else {
                      finish(StepOutcome::done(
                          {m_pin ? Self::tr("Pinned key version %1.").arg(after.value().keyVersion)
                                 : Self::tr("The account follows the key's newest version again (Azure checks about "
                                            "daily)."),
                           BindRules::describeEncryption(after.value())}));
                  }
              });
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_pin;
    bool m_apply;
};

} // namespace

SetKeyVersionModeStep::SetKeyVersionModeStep(Azure::TenantConnection *isv, bool pin, QObject *parent)
    : Step(kId, pin ? tr("Pin the key version") : tr("Follow the key's newest version"),
           pin ? tr("The account keeps using one version of the customer's key, even after the customer rotates it.")
               : tr("The account moves to the customer's newest key version by itself (Azure checks about daily)."),
           parent)
    , m_isv(isv)
    , m_pin(pin)
{}

QList<ContextField> SetKeyVersionModeStep::inputs() const
{
    return {ContextField::SubscriptionId, ContextField::ResourceGroup, ContextField::StorageAccountName};
}

StepJob *SetKeyVersionModeStep::check(const RunContext &context)
{
    return new VersionModeJob(m_isv, context, m_pin, false);
}

StepJob *SetKeyVersionModeStep::apply(const RunContext &context)
{
    return new VersionModeJob(m_isv, context, m_pin, true);
}

QString SetKeyVersionModeStep::equivalentCli(const RunContext &context) const
{
    const QString version =
        m_pin ? Cli::quote(context.keyVersion.value_or(QStringLiteral("$KEY_VERSION"))) : QStringLiteral("''");
    return QStringLiteral("az storage account update --resource-group %1 --name %2 --encryption-key-version %3")
        .arg(Cli::quote(context.resourceGroup.value_or(QStringLiteral("$RESOURCE_GROUP"))),
             Cli::quote(context.storageAccountName.value_or(QStringLiteral("$STORAGE_ACCOUNT"))), version);
}

} // namespace CrossKey::Wizard
