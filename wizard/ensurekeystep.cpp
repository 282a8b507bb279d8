// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensurekeystep.h"

#include "azure/clock.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"
#include "wizard/vaultnames.h"

#include <QJsonArray>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Self = EnsureKeyStep;

AzureError explain(AzureError error, const RunContext &context)
{
    const QString inner = error.innerCode();
    if (inner == QLatin1String("ForbiddenByRbac")) {
        error.setHint(Self::tr("You lack Key Vault Crypto Officer on the vault, or it has not reached Key Vault yet. "
                               "Run the “Allow yourself to manage keys” step again, or retry in a few minutes."));
    } else if (inner == QLatin1String("ForbiddenByPolicy") || inner == QLatin1String("AccessDenied")) {
        error.setHint(Self::tr("The vault's access policy does not let you create or read keys. Add get, list and "
                               "create key permissions for yourself to the policy."));
    } else if (error.httpStatus() == 409) {
        error.setHint(Self::tr("A deleted key named %1 is still kept by the vault. Recover it (az keyvault key recover "
                               "--vault-name … --name %1) or choose another key name.")
                          .arg(context.keyName.value_or(QString())));
    }
    return error;
}

QDateTime fromUnix(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
}

class KeyJob final : public AzureStepJob
{
public:
    KeyJob(Azure::TenantConnection *customer, RunContext context, bool apply)
        : m_customer(customer)
        , m_context(std::move(context))
        , m_apply(apply)
    {}

protected:
    void doStart() override
    {
        if (!m_customer) {
            fail(AzureError(AzureError::Kind::Internal, Self::tr("Not signed in to the customer tenant.")));
            return;
        }
        auto size = VaultNames::checkKeySize(m_context.keySize.value_or(QString()));
        if (!size) {
            fail(size.error());
            return;
        }
        auto expiry = VaultNames::checkKeyExpiry(m_context.keyExpiry.value_or(QString()));
        if (!expiry) {
            fail(expiry.error());
            return;
        }
        m_size = size.value();
        m_expiry = expiry.value().value_or(QDateTime());
        get();
    }

private:
    Azure::KeyVaultClient vault() const { return m_customer->keyVault(QUrl(*m_context.vaultUri)); }
    QString name() const { return *m_context.keyName; }

    void get()
    {
        await(vault().getKey(name()), [this](const Azure::RestResult &result) {
            if (result) {
                judge(result.value().json);
            } else if (result.error().httpStatus() == 404 && m_apply && !m_created) {
                create();
            } else if (result.error().httpStatus() == 404 && !m_apply) {
                finish(StepOutcome::missing({Self::tr("There is no key %1 in the vault; an RSA key of %2 bits will be "
                                                      "created.")
                                                 .arg(name())
                                                 .arg(m_size)}));
            } else {
                fail(explain(result.error(), m_context));
            }
        });
    }

    void create()
    {
        m_created = true;
        await(vault().createKey(name(), QStringLiteral("RSA"), m_size, m_expiry),
              [this](const Azure::RestResult &result) {
                  if (!result) {
                      fail(explain(result.error(), m_context));
                      return;
                  }
                  m_evidence.append(Self::tr("Created the RSA key %1 (%2 bits).").arg(name()).arg(m_size));
                  judge(result.value().json);
              });
    }

    void judge(const QJsonObject &bundle)
    {
        auto key = Self::readKey(bundle);
        if (!key) {
            fail(key.error());
            return;
        }
        const Self::KeyState &state = key.value();
        m_evidence.append(Self::tr("Key %1: %2, latest version %3%4.")
                              .arg(name(), state.keyType, state.version,
                                   state.expires.isValid()
                                       ? Self::tr(", expires %1").arg(state.expires.toString(Qt::ISODate))
                                       : QString()));
        const QString unusable = Self::unusableReason(state, m_customer->pipeline()->clock().now());
        if (!unusable.isEmpty()) {
            finish(StepOutcome::needsYou(unusable, m_evidence));
            return;
        }
        RunContext outputs;
        outputs.keyId = state.keyId;
        outputs.keyVersion = state.version;
        finish(StepOutcome::done(m_evidence, outputs));
    }

    QPointer<Azure::TenantConnection> m_customer;
    RunContext m_context;
    bool m_apply;
    bool m_created = false;
    int m_size = 0;
    QDateTime m_expiry;
    QStringList m_evidence;
};

} // namespace

EnsureKeyStep::EnsureKeyStep(Azure::TenantConnection *customer, QObject *parent)
    : Step(kId, tr("Key"),
           tr("The RSA key Azure Storage will wrap its account key with. An existing key of that name is reused."),
           parent)
    , m_customer(customer)
{}

QList<ContextField> EnsureKeyStep::inputs() const
{
    return {ContextField::VaultUri, ContextField::KeyName, ContextField::KeySize};
}

QList<ContextField> EnsureKeyStep::outputs() const
{
    return {ContextField::KeyId, ContextField::KeyVersion};
}

StepJob *EnsureKeyStep::check(const RunContext &context)
{
    return new KeyJob(m_customer, context, false);
}

StepJob *EnsureKeyStep::apply(const RunContext &context)
{
    return new KeyJob(m_customer, context, true);
}

QString EnsureKeyStep::equivalentCli(const RunContext &context) const
{
    const QString vault = Cli::quote(context.vaultName.value_or(QStringLiteral("$VAULT_NAME")));
    const QString key = Cli::quote(context.keyName.value_or(QStringLiteral("$KEY_NAME")));
    QString create = QStringLiteral("az keyvault key create --vault-name %1 --name %2 --kty RSA --size %3")
                         .arg(vault, key, Cli::quote(context.keySize.value_or(QStringLiteral("3072"))));
    if (context.keyExpiry && !context.keyExpiry->isEmpty()) {
        create += QStringLiteral(" --expires %1").arg(Cli::quote(*context.keyExpiry));
    }
    return QStringLiteral("az keyvault key show --vault-name %1 --name %2 >/dev/null 2>&1 || %3")
        .arg(vault, key, create);
}

Azure::Result<EnsureKeyStep::KeyState> EnsureKeyStep::readKey(const QJsonObject &bundle)
{
    const QJsonObject key = bundle.value(QStringLiteral("key")).toObject();
    const QJsonObject attributes = bundle.value(QStringLiteral("attributes")).toObject();
    KeyState state;
    state.kid = key.value(QStringLiteral("kid")).toString();
    const int slash = state.kid.lastIndexOf(QLatin1Char('/'));
    if (state.kid.isEmpty() || slash < 0) {
        return AzureError(AzureError::Kind::InvalidResponse, tr("Key Vault sent a key without its id (kid)."));
    }
    state.keyId = state.kid.left(slash);
    state.version = state.kid.mid(slash + 1);
    state.keyType = key.value(QStringLiteral("kty")).toString();
    state.enabled = attributes.value(QStringLiteral("enabled")).toBool(true);
    state.expires = fromUnix(attributes.value(QStringLiteral("exp")));
    state.notBefore = fromUnix(attributes.value(QStringLiteral("nbf")));
    for (const QJsonValue &op : key.value(QStringLiteral("key_ops")).toArray()) {
        state.keyOps.append(op.toString());
    }
    return state;
}

QString EnsureKeyStep::unusableReason(const KeyState &key, const QDateTime &now)
{
    if (!key.enabled) {
        return tr("The key's latest version is disabled, so Storage could not unwrap with it. Enable it (az keyvault "
                  "key set-attributes --enabled true) or choose another key.");
    }
    if (key.expires.isValid() && key.expires <= now) {
        return tr("The key expired on %1; Storage cannot wrap with it. Choose another key or rotate it.")
            .arg(key.expires.toString(Qt::ISODate));
    }
    if (key.notBefore.isValid() && key.notBefore > now) {
        return tr("The key is not valid before %1.").arg(key.notBefore.toString(Qt::ISODate));
    }
    if (!key.keyOps.isEmpty() && (!key.keyOps.contains(QStringLiteral("wrapKey"), Qt::CaseInsensitive) ||
                                  !key.keyOps.contains(QStringLiteral("unwrapKey"), Qt::CaseInsensitive))) {
        return tr("The key does not allow wrapKey and unwrapKey, which Storage needs. Choose another key.");
    }
    return {};
}

} // namespace CrossKey::Wizard
