// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/bindcustomerkeystep.h"

#include "azure/clock.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/bindrules.h"
#include "wizard/clitext.h"

#include <QJsonObject>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Azure::StorageAccountClient;
using Azure::StorageAccountInfo;
using Self = BindCustomerKeyStep;

class BindJob final : public AzureStepJob
{
public:
    BindJob(Azure::TenantConnection *isv, RunContext context, bool apply, std::chrono::milliseconds firstDelay,
            int attempts)
        : m_isv(isv)
        , m_context(std::move(context))
        , m_apply(apply)
        , m_delay(firstDelay)
        , m_attemptsLeft(attempts)
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
                  } else if (BindRules::isBound(account.value(), m_context)) {
                      done(account.value(), false);
                  } else if (!m_apply) {
                      finish(StepOutcome::missing(
                          {BindRules::describeEncryption(account.value()),
                           Self::tr("It will use key %1 in %2 through identity %3 and "
                                    "application %4.")
                               .arg(m_context.keyName.value_or(QString()), m_context.vaultUri.value_or(QString()),
                                    m_context.identityResourceId.value_or(QString()),
                                    m_context.appId.value_or(QString()))}));
                  } else {
                      bind(account.value());
                  }
              });
    }

private:
    StorageAccountClient client() const { return StorageAccountClient(m_isv->pipeline()); }

    void bind(const StorageAccountInfo &account)
    {
        m_keepSystem = account.hasSystemAssignedIdentity();
        if (account.usesCustomerKey() && !BindRules::usesIdentity(account, m_context) &&
            !BindRules::usesKey(account, m_context)) {
            // §3.9: an account already on a customer key refuses a new identity and a new key in one request.
            // First the identity, with the key it has now (the app must already reach it), then the key.
            StorageAccountClient::CustomerKey current = BindRules::wantedKey(m_context);
            current.vaultUri = account.keyVaultUri;
            current.keyName = account.keyName;
            current.keyVersion = account.keyVersion;
            patch(current,
                  Self::tr("Switched the account's encryption identity to %1 (first of two changes).")
                      .arg(m_context.identityResourceId.value_or(QString())),
                  [this](const StorageAccountInfo &) { bindKey(QString()); });
            return;
        }
        bindKey(BindRules::usesKey(account, m_context) ? account.currentKeyVersion() : QString());
    }

    // `currentVersion`: the version the account uses now of the wanted key, for pinning without a KeyVersion.
    void bindKey(const QString &currentVersion)
    {
        const bool pinLater = BindRules::pinned(m_context) && m_context.keyVersion.value_or(QString()).isEmpty() &&
                              currentVersion.isEmpty();
        // Pinned without a version and not yet on this key: bind following the newest version, then pin the
        // version Storage picked.
        const StorageAccountClient::CustomerKey key = BindRules::wantedKey(m_context, currentVersion);
        patch(key,
              Self::tr("Set the account's encryption to key %1 in %2 through identity %3 and application %4.")
                  .arg(key.keyName, key.vaultUri, key.identityId, key.federatedClientId),
              [this, pinLater](const StorageAccountInfo &account) {
                  if (pinLater && !account.currentKeyVersion().isEmpty()) {
                      const StorageAccountClient::CustomerKey pinned =
                          BindRules::wantedKey(m_context, account.currentKeyVersion());
                      patch(pinned, Self::tr("Pinned key version %1.").arg(pinned.keyVersion),
                            [this](const StorageAccountInfo &final) { confirm(final); });
                  } else {
                      confirm(account);
                  }
              });
    }

    void confirm(const StorageAccountInfo &account)
    {
        if (!BindRules::isBound(account, m_context)) {
            fail(AzureError(AzureError::Kind::InvalidResponse,
                            Self::tr("Azure accepted the change, but the account reads back otherwise: %1")
                                .arg(BindRules::describeEncryption(account))));
            return;
        }
        done(account, true);
    }

    void patch(const StorageAccountClient::CustomerKey &key, const QString &evidence,
               std::function<void(const StorageAccountInfo &)> next)
    {
        const QJsonObject body = StorageAccountClient::customerKeyBody(key, key.identityId, m_keepSystem);
        await(client().updateAccount(BindRules::subscription(m_context), BindRules::group(m_context),
                                     BindRules::accountName(m_context), body),
              [this, key, evidence, next](const Azure::RestResult &result) {
                  const auto account = BindRules::account(result);
                  if (account) {
                      m_evidence.append(evidence);
                      next(account.value());
                      return;
                  }
                  if (BindRules::isTransient(account.error()) && m_attemptsLeft > 0) {
                      retry(account.error(), [this, key, evidence, next] { patch(key, evidence, next); });
                      return;
                  }
                  AzureError error = BindRules::explain(account.error(), m_context);
                  if (m_retried > 0) {
                      error.setDetails(error.details()
                                       << Self::tr("Tried %n more time(s) over %1 s.", nullptr, m_retried)
                                              .arg(m_waited.count() / 1000));
                  }
                  fail(error);
              });
    }

    void retry(const AzureError &error, std::function<void()> again)
    {
        --m_attemptsLeft;
        ++m_retried;
        const auto delay = m_delay;
        m_waited += delay;
        m_delay *= 2;
        const QString reason =
            error.code() == QLatin1String("StorageAccountOperationInProgress")
                ? Self::tr("Another change of the storage account is running; trying again…")
                : Self::tr("Storage cannot reach the customer's key yet (%1); a new grant can take minutes to "
                           "apply. Trying again…")
                      .arg(error.code());
        pause(delay, reason, m_isv->pipeline()->clock().now().addMSecs(qint64(delay.count())), std::move(again));
    }

    void done(const StorageAccountInfo &account, bool changed)
    {
        QStringList evidence = changed ? m_evidence : QStringList();
        evidence.append(BindRules::describeEncryption(account));
        RunContext outputs;
        outputs.storageAccountId = account.id;
        finish(StepOutcome::done(evidence, outputs));
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_apply;
    bool m_keepSystem = false;
    std::chrono::milliseconds m_delay;
    std::chrono::milliseconds m_waited{0};
    int m_attemptsLeft;
    int m_retried = 0;
    QStringList m_evidence;
};

} // namespace

BindCustomerKeyStep::BindCustomerKeyStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Encrypt with the customer's key"),
           tr("The storage account encrypts its data with the customer's key, reached through the managed identity "
              "acting as the multitenant app in the customer's tenant."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> BindCustomerKeyStep::inputs() const
{
    return {ContextField::SubscriptionId,
            ContextField::ResourceGroup,
            ContextField::StorageAccountName,
            ContextField::IdentityResourceId,
            ContextField::AppId,
            ContextField::VaultUri,
            ContextField::KeyName};
}

QList<ContextField> BindCustomerKeyStep::outputs() const
{
    return {ContextField::StorageAccountId};
}

StepJob *BindCustomerKeyStep::check(const RunContext &context)
{
    return new BindJob(m_isv, context, false, m_firstDelay, m_attempts);
}

StepJob *BindCustomerKeyStep::apply(const RunContext &context)
{
    return new BindJob(m_isv, context, true, m_firstDelay, m_attempts);
}

void BindCustomerKeyStep::setRetry(std::chrono::milliseconds firstDelay, int attempts)
{
    m_firstDelay = firstDelay;
    m_attempts = qMax(0, attempts);
}

QString BindCustomerKeyStep::equivalentCli(const RunContext &context) const
{
    auto word = [](const std::optional<QString> &value, const char *variable) {
        const QString text = value.value_or(QLatin1Char('$') + QLatin1String(variable));
        return text.startsWith(QLatin1Char('$')) ? QStringLiteral("\"%1\"").arg(text) : Cli::quote(text);
    };
    const QString version =
        BindRules::pinned(context)
            ? QStringLiteral(" --encryption-key-version %1").arg(word(context.keyVersion, "KEY_VERSION"))
            : QStringLiteral(" --encryption-key-version ''");
    return QStringLiteral("az storage account update --resource-group %1 --name %2 --encryption-key-source "
                          "Microsoft.Keyvault --encryption-key-vault %3 --encryption-key-name %4%5 "
                          "--key-vault-user-identity-id %6 --key-vault-federated-client-id %7")
        .arg(word(context.resourceGroup, "RESOURCE_GROUP"), word(context.storageAccountName, "STORAGE_ACCOUNT"),
             word(context.vaultUri, "VAULT_URI"), word(context.keyName, "KEY_NAME"), version,
             word(context.identityResourceId, "IDENTITY_ID"), word(context.appId, "APP_ID"));
}

} // namespace CrossKey::Wizard
