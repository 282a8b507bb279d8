// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/registerstoragefeaturestep.h"

#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"
#include "wizard/cloudrules.h"

#include <QTimer>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Step_ = RegisterStorageFeatureStep;

AzureError explain(AzureError error, const QString &subscriptionId)
{
    const QString code = error.code();
    if (code == QLatin1String("AuthorizationFailed")) {
        error.setHint(Step_::tr("Registering a preview feature needs Microsoft.Features/providers/features/register/"
                                "action on the subscription (Contributor or Owner). Ask an owner of the subscription "
                                "to run: az feature register --namespace %1 --name %2")
                          .arg(Step_::kNamespace, Step_::kFeature));
    } else if (code == QLatin1String("SubscriptionNotFound")) {
        error.setHint(Step_::tr("Subscription %1 is not in this tenant, or you cannot see it.").arg(subscriptionId));
    } else if (code == QLatin1String("FeatureNotFound")) {
        error.setHint(Step_::tr("This cloud does not know the feature %1/%2. If it offers cross-tenant "
                                "customer-managed keys without it, the step is not needed; report it to CrossKey.")
                          .arg(Step_::kNamespace, Step_::kFeature));
    }
    return error;
}

class FeatureJob final : public AzureStepJob
{
public:
    FeatureJob(Azure::TenantConnection *isv, QString subscriptionId, bool apply, std::chrono::milliseconds interval,
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
            fail(AzureError(AzureError::Kind::Internal, Step_::tr("Not signed in.")));
            return;
        }
        if (!storageFederatedClientFeatureRequired(m_isv->cloud())) {
            finish(StepOutcome::notApplicable(
                Step_::tr("The %1 cloud offers cross-tenant customer-managed keys without registering %2/%3.")
                    .arg(m_isv->cloud().name(), Step_::kNamespace, Step_::kFeature)));
            return;
        }
        if (!m_apply) {
            read([this](const QString &state) {
                if (state == QLatin1String("Registered")) {
                    finish(StepOutcome::done({registeredText()}));
                } else {
                    finish(StepOutcome::missing({Step_::tr("Feature %1/%2 is %3 in the subscription.")
                                                     .arg(Step_::kNamespace, Step_::kFeature, stateText(state))}));
                }
            });
            return;
        }
        await(m_isv->arm().registerFeature(m_subscriptionId, Step_::kNamespace, Step_::kFeature),
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
        await(m_isv->arm().getFeature(m_subscriptionId, Step_::kNamespace, Step_::kFeature), [this,
                                                                                              then = std::move(then)](
                                                                                                 const Azure::RestResult
                                                                                                     &r) {
            if (!r) {
                fail(explain(r.error(), m_subscriptionId));
                return;
            }
            then(r.value().json.value(QLatin1String("properties")).toObject().value(QLatin1String("state")).toString());
        });
    }

    void poll()
    {
        read([this](const QString &state) {
            if (state == QLatin1String("Registered")) {
                // Azure applies a newly registered feature once its provider is registered again.
                await(m_isv->arm().registerProvider(m_subscriptionId, Step_::kNamespace),
                      [this](const Azure::RestResult &r) {
                          if (!r) {
                              fail(explain(r.error(), m_subscriptionId));
                              return;
                          }
                          finish(StepOutcome::done({registeredText()}));
                      });
                return;
            }
            if (--m_pollsLeft < 0) {
                fail(AzureError::timeout(Step_::tr("the registration of %1/%2").arg(Step_::kNamespace, Step_::kFeature))
                         .setHint(Step_::tr("Azure is still registering the feature; this can take many minutes. "
                                            "Retry the step later; it goes on waiting.")));
                return;
            }
            pause(m_interval,
                  Step_::tr("Azure is registering the feature %1/%2 (%3); this can take several minutes.")
                      .arg(Step_::kNamespace, Step_::kFeature, stateText(state)),
                  {}, [this] { poll(); });
        });
    }

    static QString stateText(const QString &state)
    {
        return state.isEmpty() ? Step_::tr("in an unknown state") : state;
    }

    static QString registeredText()
    {
        return Step_::tr("Feature %1/%2 is registered in the subscription.").arg(Step_::kNamespace, Step_::kFeature);
    }

    QPointer<Azure::TenantConnection> m_isv;
    QString m_subscriptionId;
    bool m_apply;
    std::chrono::milliseconds m_interval;
    int m_pollsLeft;
};

} // namespace

RegisterStorageFeatureStep::RegisterStorageFeatureStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Storage feature"),
           tr("Some clouds still require the preview feature Microsoft.Storage/FederatedClientIdentity before a "
              "storage account may use a key in another tenant."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> RegisterStorageFeatureStep::inputs() const
{
    return {ContextField::SubscriptionId};
}

QList<ContextField> RegisterStorageFeatureStep::outputs() const
{
    return {};
}

StepJob *RegisterStorageFeatureStep::check(const RunContext &context)
{
    return new FeatureJob(m_isv, context.subscriptionId.value_or(QString()), false, m_pollInterval, 0);
}

StepJob *RegisterStorageFeatureStep::apply(const RunContext &context)
{
    const int maxPolls = int(m_maxWait / std::max(m_pollInterval, std::chrono::milliseconds(1)));
    return new FeatureJob(m_isv, context.subscriptionId.value_or(QString()), true, m_pollInterval, maxPolls);
}

QString RegisterStorageFeatureStep::equivalentCli(const RunContext &context) const
{
    if (m_isv && !storageFederatedClientFeatureRequired(m_isv->cloud())) {
        return QStringLiteral("# Not needed in this cloud: %1/%2 is generally available.").arg(kNamespace, kFeature);
    }
    const QString sub = Cli::quote(context.subscriptionId.value_or(QStringLiteral("$SUBSCRIPTION_ID")));
    return QStringLiteral("az feature register --subscription %1 --namespace %2 --name %3\n"
                          "until [ \"$(az feature show --subscription %1 --namespace %2 --name %3 --query "
                          "properties.state -o tsv)\" = Registered ]; do sleep 30; done\n"
                          "az provider register --subscription %1 --namespace %2")
        .arg(sub, kNamespace, kFeature);
}

} // namespace CrossKey::Wizard
