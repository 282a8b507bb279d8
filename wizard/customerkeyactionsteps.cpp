// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/customerkeyactionsteps.h"

#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

QString versionOf(const QString &kid)
{
    return kid.section(QLatin1Char('/'), -1);
}

class RotateJob final : public AzureStepJob
{
public:
    RotateJob(Azure::TenantConnection *customer, RunContext context, bool apply)
        : m_customer(customer)
        , m_context(std::move(context))
        , m_apply(apply)
    {}

protected:
    void doStart() override
    {
        if (!m_customer) {
            fail(AzureError(AzureError::Kind::Internal, RotateKeyStep::tr("Not signed in to the customer tenant.")));
            return;
        }
        const auto vault = m_customer->keyVault(QUrl(m_context.vaultUri.value_or(QString())));
        const QString name = m_context.keyName.value_or(QString());
        if (!m_apply) {
            await(vault.getKey(name), [this, name](const Azure::RestResult &result) {
                if (!result) {
                    fail(result.error());
                    return;
                }
                const QString kid =
                    result.value().json.value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")).toString();
                finish(
                    StepOutcome::missing({RotateKeyStep::tr("Key %1's newest version is %2; rotating makes a new one.")
                                              .arg(name, versionOf(kid))}));
            });
            return;
        }
        await(vault.rotateKey(name), [this, name](const Azure::RestResult &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            const QString kid =
                result.value().json.value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")).toString();
            RunContext outputs;
            outputs.keyVersion = versionOf(kid);
            finish(StepOutcome::done(
                {RotateKeyStep::tr("Rotated key %1: the new version is %2.").arg(name, *outputs.keyVersion),
                 RotateKeyStep::tr("Storage accounts that follow the key's newest version use it after their next "
                                   "check (Azure: about daily); pinned accounts keep their version. Keep the old "
                                   "version enabled until every account moved.")},
                outputs));
        });
    }

private:
    QPointer<Azure::TenantConnection> m_customer;
    RunContext m_context;
    bool m_apply;
};

class EnabledJob final : public AzureStepJob
{
public:
    EnabledJob(Azure::TenantConnection *customer, RunContext context, bool enabled, bool apply)
        : m_customer(customer)
        , m_context(std::move(context))
        , m_enabled(enabled)
        , m_apply(apply)
    {}

protected:
    void doStart() override
    {
        if (!m_customer) {
            fail(
                AzureError(AzureError::Kind::Internal, SetKeyEnabledStep::tr("Not signed in to the customer tenant.")));
            return;
        }
        await(vault().listVersions(name()), [this](const Azure::JsonArrayResult &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            const QString only = m_context.keyVersion.value_or(QString());
            for (const QJsonValue &value : result.value()) {
                const QJsonObject item = value.toObject();
                const QString version = versionOf(item.value(QStringLiteral("kid")).toString());
                const bool enabled =
                    item.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("enabled")).toBool(true);
                if ((only.isEmpty() || version.compare(only, Qt::CaseInsensitive) == 0) && enabled != m_enabled) {
                    m_todo.append(version);
                }
            }
            if (m_todo.isEmpty()) {
                finish(StepOutcome::done({m_enabled ? SetKeyEnabledStep::tr("Key %1 is enabled.").arg(name())
                                                    : SetKeyEnabledStep::tr("Key %1 is disabled.").arg(name())}));
            } else if (!m_apply) {
                finish(StepOutcome::missing(
                    {SetKeyEnabledStep::tr("Versions to change: %1.").arg(m_todo.join(QStringLiteral(", ")))}));
            } else {
                next();
            }
        });
    }

private:
    Azure::KeyVaultClient vault() const { return m_customer->keyVault(QUrl(m_context.vaultUri.value_or(QString()))); }
    QString name() const { return m_context.keyName.value_or(QString()); }

    void next()
    {
        if (m_todo.isEmpty()) {
            m_evidence.append(m_enabled ? SetKeyEnabledStep::tr("Storage can use the key again from its next request.")
                                        : SetKeyEnabledStep::tr("Storage accounts using the key lose access to their "
                                                                "data once their cached account key runs out."));
            finish(StepOutcome::done(m_evidence));
            return;
        }
        const QString version = m_todo.takeFirst();
        await(vault().setEnabled(name(), version, m_enabled), [this, version](const Azure::RestResult &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            m_evidence.append(m_enabled ? SetKeyEnabledStep::tr("Enabled version %1.").arg(version)
                                        : SetKeyEnabledStep::tr("Disabled version %1.").arg(version));
            next();
        });
    }

    QPointer<Azure::TenantConnection> m_customer;
    RunContext m_context;
    bool m_enabled;
    bool m_apply;
    QStringList m_todo;
    QStringList m_evidence;
};

} // namespace

RotateKeyStep::RotateKeyStep(Azure::TenantConnection *customer, QObject *parent)
    : Step(kId, tr("Rotate the key"), tr("Make a new version of the key."), parent)
    , m_customer(customer)
{}

QList<ContextField> RotateKeyStep::inputs() const
{
    return {ContextField::VaultUri, ContextField::KeyName};
}

QList<ContextField> RotateKeyStep::outputs() const
{
    return {ContextField::KeyVersion};
}

StepJob *RotateKeyStep::check(const RunContext &context)
{
    return new RotateJob(m_customer, context, false);
}

StepJob *RotateKeyStep::apply(const RunContext &context)
{
    return new RotateJob(m_customer, context, true);
}

QString RotateKeyStep::equivalentCli(const RunContext &context) const
{
    return QStringLiteral("az keyvault key rotate --id %1")
        .arg(Cli::quote(context.vaultUri.value_or(QStringLiteral("$VAULT_URI/")) + QStringLiteral("keys/") +
                        context.keyName.value_or(QStringLiteral("$KEY_NAME"))));
}

SetKeyEnabledStep::SetKeyEnabledStep(Azure::TenantConnection *customer, bool enabled, QObject *parent)
    : Step(enabled ? kEnableId : kDisableId, enabled ? tr("Enable the key") : tr("Disable the key"),
           enabled ? tr("Storage accounts may use the key again.")
                   : tr("Revoke access: storage accounts using this key can no longer read or write their data once "
                        "their cached key runs out. Enable the key again to restore access."),
           parent)
    , m_customer(customer)
    , m_enabled(enabled)
{}

QList<ContextField> SetKeyEnabledStep::inputs() const
{
    return {ContextField::VaultUri, ContextField::KeyName};
}

StepJob *SetKeyEnabledStep::check(const RunContext &context)
{
    return new EnabledJob(m_customer, context, m_enabled, false);
}

StepJob *SetKeyEnabledStep::apply(const RunContext &context)
{
    return new EnabledJob(m_customer, context, m_enabled, true);
}

QString SetKeyEnabledStep::equivalentCli(const RunContext &context) const
{
    const QString id = context.vaultUri.value_or(QStringLiteral("$VAULT_URI/")) + QStringLiteral("keys/") +
                       context.keyName.value_or(QStringLiteral("$KEY_NAME"));
    const QString flag = m_enabled ? QStringLiteral("true") : QStringLiteral("false");
    if (context.keyVersion && !context.keyVersion->isEmpty()) {
        return QStringLiteral("az keyvault key set-attributes --id %1 --enabled %2")
            .arg(Cli::quote(id + QLatin1Char('/') + *context.keyVersion), flag);
    }
    return QStringLiteral("for v in $(az keyvault key list-versions --id %1 --query '[].kid' -o tsv); do "
                          "az keyvault key set-attributes --id \"$v\" --enabled %2; done")
        .arg(Cli::quote(id), flag);
}

} // namespace CrossKey::Wizard
