// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensureresourcegroupstep.h"

#include "azure/armresourcejob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

// The step's own hint for the failures it can meet; the pipeline's generic hint otherwise.
AzureError explain(AzureError error, const RunContext &context)
{
    const QString code = error.code();
    if (code == QLatin1String("AuthorizationFailed")) {
        error.setHint(EnsureResourceGroupStep::tr(
            "Creating a resource group needs Contributor or Owner on the subscription. Ask an owner of the "
            "subscription for that role, or choose an existing group you may write to."));
    } else if (code == QLatin1String("SubscriptionNotFound")) {
        error.setHint(EnsureResourceGroupStep::tr("Subscription %1 is not in this tenant, or you cannot see it. "
                                                  "Choose another subscription or sign in to the right tenant.")
                          .arg(context.subscriptionId.value_or(QString())));
    } else if (code == QLatin1String("LocationNotAvailableForResourceGroup") ||
               code == QLatin1String("LocationRequired")) {
        error.setHint(EnsureResourceGroupStep::tr("Choose a region offered by the subscription."));
    } else if (code == QLatin1String("ResourceGroupBeingDeleted")) {
        error.setHint(EnsureResourceGroupStep::tr(
            "The group is being deleted. Wait until it is gone and retry, or choose another name."));
    } else if (code == QLatin1String("InvalidResourceGroup")) {
        error.setHint(EnsureResourceGroupStep::tr(
            "Use 1 to 90 letters, digits, periods, underscores, hyphens or parentheses, not ending in a period."));
    }
    return error;
}

class ResourceGroupJob final : public AzureStepJob
{
public:
    ResourceGroupJob(Azure::TenantConnection *isv, RunContext context, bool apply)
        : m_isv(isv)
        , m_context(std::move(context))
        , m_apply(apply)
    {}

protected:
    void doStart() override
    {
        if (!m_isv) {
            fail(AzureError(AzureError::Kind::Internal, EnsureResourceGroupStep::tr("Not signed in.")));
            return;
        }
        const QString sub = m_context.subscriptionId.value_or(QString());
        const QString name = m_context.resourceGroup.value_or(QString());
        const QString location = m_context.location.value_or(QString());
        if (!m_apply) {
            await(m_isv->arm().getResourceGroup(sub, name), [this, name, location](const Azure::ArmResourceResult &r) {
                if (!r) {
                    if (r.error().code() == QLatin1String("ResourceGroupNotFound") ||
                        (r.error().httpStatus() == 404 && r.error().code().isEmpty())) {
                        finish(StepOutcome::missing(
                            {EnsureResourceGroupStep::tr("Resource group %1 does not exist yet.").arg(name)}));
                    } else {
                        fail(explain(r.error(), m_context));
                    }
                    return;
                }
                finish(StepOutcome::done({evidenceFor(r.value(), location)}));
            });
            return;
        }
        await(m_isv->arm().createResourceGroup(sub, name, location), [this, name](const Azure::ArmResourceResult &r) {
            if (!r) {
                fail(explain(r.error(), m_context));
                return;
            }
            finish(StepOutcome::done(
                {EnsureResourceGroupStep::tr("Created resource group %1 in %2.").arg(name, r.value().location)}));
        });
    }

private:
    static QString evidenceFor(const Azure::ArmResource &group, const QString &chosen)
    {
        if (group.location.compare(chosen, Qt::CaseInsensitive) != 0) {
            // Not an error here: resources take their own location; the preflight asks before a run.
            return EnsureResourceGroupStep::tr("Resource group %1 exists in %2 (not %3); it is reused, and the "
                                               "identity is still created in %3.")
                .arg(group.name, group.location, chosen);
        }
        return EnsureResourceGroupStep::tr("Resource group %1 exists in %2; it is reused.")
            .arg(group.name, group.location);
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_apply;
};

} // namespace

EnsureResourceGroupStep::EnsureResourceGroupStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Resource group"),
           tr("The resource group that holds the managed identity; created in the chosen region if it is missing."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> EnsureResourceGroupStep::inputs() const
{
    return {ContextField::SubscriptionId, ContextField::ResourceGroup, ContextField::Location};
}

QList<ContextField> EnsureResourceGroupStep::outputs() const
{
    return {};
}

StepJob *EnsureResourceGroupStep::check(const RunContext &context)
{
    return new ResourceGroupJob(m_isv, context, false);
}

StepJob *EnsureResourceGroupStep::apply(const RunContext &context)
{
    return new ResourceGroupJob(m_isv, context, true);
}

QString EnsureResourceGroupStep::equivalentCli(const RunContext &context) const
{
    return QStringLiteral("az group create --subscription %1 --name %2 --location %3")
        .arg(Cli::quote(context.subscriptionId.value_or(QStringLiteral("$SUBSCRIPTION_ID"))),
             Cli::quote(context.resourceGroup.value_or(QStringLiteral("$RESOURCE_GROUP"))),
             Cli::quote(context.location.value_or(QStringLiteral("$LOCATION"))));
}

} // namespace CrossKey::Wizard
