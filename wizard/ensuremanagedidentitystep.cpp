// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensuremanagedidentitystep.h"

#include "azure/armresourcejob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

AzureError explain(AzureError error, const RunContext &context)
{
    const QString code = error.code();
    if (code == QLatin1String("AuthorizationFailed")) {
        error.setHint(
            EnsureManagedIdentityStep::tr(
                "Creating a managed identity needs Managed Identity Contributor, Contributor or Owner on resource "
                "group %1. Ask an owner for one of these roles, or choose a group where you have it.")
                .arg(context.resourceGroup.value_or(QString())));
    } else if (code == QLatin1String("MissingSubscriptionRegistration")) {
        error.setHint(EnsureManagedIdentityStep::tr(
            "The subscription has not registered Microsoft.ManagedIdentity yet. Run the “Resource provider” step "
            "again (or: az provider register --namespace Microsoft.ManagedIdentity), then retry."));
    } else if (code == QLatin1String("ResourceGroupNotFound")) {
        error.setHint(EnsureManagedIdentityStep::tr("Resource group %1 is missing: run the “Resource group” step "
                                                    "again, then retry.")
                          .arg(context.resourceGroup.value_or(QString())));
    } else if (code == QLatin1String("SubscriptionNotFound")) {
        error.setHint(EnsureManagedIdentityStep::tr("Subscription %1 is not in this tenant, or you cannot see it.")
                          .arg(context.subscriptionId.value_or(QString())));
    } else if (code == QLatin1String("InvalidResourceName")) {
        error.setHint(EnsureManagedIdentityStep::tr(
            "Use 3 to 128 letters, digits, hyphens or underscores, starting with a letter or digit."));
    } else if (code == QLatin1String("InvalidResourceLocation") ||
               code == QLatin1String("LocationNotAvailableForResourceType")) {
        error.setHint(EnsureManagedIdentityStep::tr(
            "An identity with this name exists in another region, or the region does not offer managed "
            "identities. Choose another name or region."));
    }
    return error;
}

class IdentityJob final : public AzureStepJob
{
public:
    IdentityJob(Azure::TenantConnection *isv, RunContext context, bool apply)
        : m_isv(isv)
        , m_context(std::move(context))
        , m_apply(apply)
    {}

protected:
    void doStart() override
    {
        if (!m_isv) {
            fail(AzureError(AzureError::Kind::Internal, EnsureManagedIdentityStep::tr("Not signed in.")));
            return;
        }
        const QString sub = m_context.subscriptionId.value_or(QString());
        const QString group = m_context.resourceGroup.value_or(QString());
        const QString name = m_context.identityName.value_or(QString());
        if (!m_apply) {
            await(m_isv->arm().getUserAssignedIdentity(sub, group, name),
                  [this, name, group](const Azure::ArmResourceResult &r) {
                      if (r) {
                          found(r.value(), false);
                          return;
                      }
                      const QString code = r.error().code();
                      if (code == QLatin1String("ResourceNotFound") || code == QLatin1String("ResourceGroupNotFound") ||
                          code == QLatin1String("MissingSubscriptionRegistration") ||
                          (r.error().httpStatus() == 404 && code.isEmpty())) {
                          // A missing group or an unregistered provider means the identity cannot exist yet.
                          finish(StepOutcome::missing(
                              {EnsureManagedIdentityStep::tr("Managed identity %1 does not exist in %2 yet.")
                                   .arg(name, group)}));
                          return;
                      }
                      fail(explain(r.error(), m_context));
                  });
            return;
        }
        await(m_isv->arm().createUserAssignedIdentity(sub, group, name, m_context.location.value_or(QString())),
              [this](const Azure::ArmResourceResult &r) {
                  if (!r) {
                      fail(explain(r.error(), m_context));
                      return;
                  }
                  found(r.value(), true);
              });
    }

private:
    void found(const Azure::ArmResource &identity, bool created)
    {
        if (identity.principalId.isEmpty() || identity.clientId.isEmpty()) {
            fail(AzureError(AzureError::Kind::InvalidResponse,
                            EnsureManagedIdentityStep::tr("Managed identity %1 has no principal or client id.")
                                .arg(identity.name)));
            return;
        }
        RunContext outputs;
        // Exactly as Resource Manager wrote them: the federated credential's subject is compared case-sensitively.
        outputs.identityResourceId = identity.id;
        outputs.identityPrincipalId = identity.principalId;
        outputs.identityClientId = identity.clientId;
        const QString evidence =
            created ? EnsureManagedIdentityStep::tr("Created managed identity %1 in %2 (principal id %3).")
                          .arg(identity.name, identity.location, identity.principalId)
                    : EnsureManagedIdentityStep::tr("Managed identity %1 exists in %2 (principal id %3); it is reused.")
                          .arg(identity.name, identity.location, identity.principalId);
        finish(StepOutcome::done({evidence}, outputs));
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_apply;
};

} // namespace

EnsureManagedIdentityStep::EnsureManagedIdentityStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Managed identity"),
           tr("The user-assigned managed identity that storage uses to act as the app in the customer's tenant."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> EnsureManagedIdentityStep::inputs() const
{
    return {ContextField::SubscriptionId, ContextField::ResourceGroup, ContextField::Location,
            ContextField::IdentityName};
}

QList<ContextField> EnsureManagedIdentityStep::outputs() const
{
    return {ContextField::IdentityResourceId, ContextField::IdentityPrincipalId, ContextField::IdentityClientId};
}

StepJob *EnsureManagedIdentityStep::check(const RunContext &context)
{
    return new IdentityJob(m_isv, context, false);
}

StepJob *EnsureManagedIdentityStep::apply(const RunContext &context)
{
    return new IdentityJob(m_isv, context, true);
}

QString EnsureManagedIdentityStep::equivalentCli(const RunContext &context) const
{
    return QStringLiteral("IDENTITY_PRINCIPAL_ID=$(az identity create --subscription %1 --resource-group %2 "
                          "--name %3 --location %4 --query principalId -o tsv)")
        .arg(Cli::quote(context.subscriptionId.value_or(QStringLiteral("$SUBSCRIPTION_ID"))),
             Cli::quote(context.resourceGroup.value_or(QStringLiteral("$RESOURCE_GROUP"))),
             Cli::quote(context.identityName.value_or(QStringLiteral("$IDENTITY_NAME"))),
             Cli::quote(context.location.value_or(QStringLiteral("$LOCATION"))));
}

} // namespace CrossKey::Wizard
