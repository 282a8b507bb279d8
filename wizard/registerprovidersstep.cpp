// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/registerprovidersstep.h"

#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

AzureError explain(AzureError error, const QString &subscriptionId)
{
    const QString code = error.code();
    if (code == QLatin1String("AuthorizationFailed")) {
        error.setHint(
            RegisterProvidersStep::tr(
                "Registering %1 needs the %1/register/action permission on the subscription (Contributor or Owner). "
                "Ask an owner of the subscription to register it (az provider register --namespace %1), then retry.")
                .arg(RegisterProvidersStep::kNamespace));
    } else if (code == QLatin1String("SubscriptionNotFound")) {
        error.setHint(RegisterProvidersStep::tr("Subscription %1 is not in this tenant, or you cannot see it. "
                                                "Choose another subscription or sign in to the right tenant.")
                          .arg(subscriptionId));
    }
    return error;
}

class ProviderJob final : public AzureStepJob
{
public:
    ProviderJob(Azure::TenantConnection *isv, QString subscriptionId, bool apply, std::chrono::milliseconds interval,
                int maxPolls)
        : m_isv(isv)
        , m_subscriptionId(std::move(subscriptionId))
        , m_apply(apply)
        , m_interval(interval)
        , m_pollsLeft(maxPolls)
    {}

protected:
    void doStart() override
    {
        if (!m_isv) {
            fail(AzureError(AzureError::Kind::Internal, RegisterProvidersStep::tr("Not signed in.")));
            return;
        }
        if (!m_apply) {
            read([this](const QString &state) {
                if (state == QLatin1String("Registered")) {
                    finish(StepOutcome::done({registeredText()}));
                } else {
                    finish(StepOutcome::missing({RegisterProvidersStep::tr("%1 is %2 in the subscription.")
                                                     .arg(RegisterProvidersStep::kNamespace, stateText(state))}));
                }
            });
            return;
        }
        await(m_isv->arm().registerProvider(m_subscriptionId, RegisterProvidersStep::kNamespace),
              [this](const Azure::RestResult &r) {
                  if (!r) {
                      fail(explain(r.error(), m_subscriptionId));
                      return;
                  }
                  poll();
              });
    }

private:
    void read(std::function<void(const QString &)> then)
    {
        await(m_isv->arm().getProvider(m_subscriptionId, RegisterProvidersStep::kNamespace),
              [this, then = std::move(then)](const Azure::RestResult &r) {
                  if (!r) {
                      fail(explain(r.error(), m_subscriptionId));
                      return;
                  }
                  then(r.value().json.value(QLatin1String("registrationState")).toString());
              });
    }

    void poll()
    {
        read([this](const QString &state) {
            if (state == QLatin1String("Registered")) {
                finish(StepOutcome::done({registeredText()}));
                return;
            }
            if (--m_pollsLeft < 0) {
                fail(AzureError::timeout(
                         RegisterProvidersStep::tr("the registration of %1").arg(RegisterProvidersStep::kNamespace))
                         .setHint(RegisterProvidersStep::tr(
                             "Azure is still registering the provider. Retry the step later; it goes on waiting.")));
                return;
            }
            pause(m_interval,
                  RegisterProvidersStep::tr("Azure is registering %1 in the subscription (%2); this usually takes "
                                            "a minute or two.")
                      .arg(RegisterProvidersStep::kNamespace, stateText(state)),
                  {}, [this] { poll(); });
        });
    }

    static QString stateText(const QString &state)
    {
        return state.isEmpty() ? RegisterProvidersStep::tr("in an unknown state") : state;
    }

    static QString registeredText()
    {
        return RegisterProvidersStep::tr("%1 is registered in the subscription.")
            .arg(RegisterProvidersStep::kNamespace);
    }

    QPointer<Azure::TenantConnection> m_isv;
    QString m_subscriptionId;
    bool m_apply;
    std::chrono::milliseconds m_interval;
    int m_pollsLeft;
};

} // namespace

RegisterProvidersStep::RegisterProvidersStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Resource provider"),
           tr("Managed identities need the Microsoft.ManagedIdentity resource provider registered in the "
              "subscription."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> RegisterProvidersStep::inputs() const
{
    return {ContextField::SubscriptionId};
}

QList<ContextField> RegisterProvidersStep::outputs() const
{
    return {};
}

StepJob *RegisterProvidersStep::check(const RunContext &context)
{
    return new ProviderJob(m_isv, context.subscriptionId.value_or(QString()), false, m_pollInterval, 0);
}

StepJob *RegisterProvidersStep::apply(const RunContext &context)
{
    const int maxPolls = int(m_maxWait / std::max(m_pollInterval, std::chrono::milliseconds(1)));
    return new ProviderJob(m_isv, context.subscriptionId.value_or(QString()), true, m_pollInterval, maxPolls);
}

QString RegisterProvidersStep::equivalentCli(const RunContext &context) const
{
    return QStringLiteral("az provider register --subscription %1 --namespace %2 --wait")
        .arg(Cli::quote(context.subscriptionId.value_or(QStringLiteral("$SUBSCRIPTION_ID"))), kNamespace);
}

} // namespace CrossKey::Wizard
