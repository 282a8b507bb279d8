// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/bindidentityresolver.h"

#include "azure/pagerjob.h"
#include "azure/restpipeline.h"
#include "azure/tenantconnection.h"

#include <QJsonArray>
#include <QJsonObject>

namespace CrossKey::Wizard {

using Azure::AzureError;

BindIdentityResolver::BindIdentityResolver(Azure::TenantConnection *isv, RunContext context, QObject *parent)
    : AzureStepJob(parent)
    , m_isv(isv)
    , m_context(std::move(context))
{}

void BindIdentityResolver::doStart()
{
    if (!m_isv) {
        fail(AzureError(AzureError::Kind::Internal, tr("Not signed in.")));
        return;
    }
    const QString appId = m_context.appId.value_or(QString());
    await(m_isv->graph().applicationsByAppId(appId), [this, appId](const Azure::JsonArrayResult &result) {
        if (!result) {
            fail(result.error());
            return;
        }
        if (result.value().isEmpty()) {
            fail(AzureError(AzureError::Kind::InvalidInput,
                            tr("Application %1 (the key grant's app id) is not in this tenant.").arg(appId),
                            tr("Sign in to the ISV tenant that owns the app, or check the key grant file.")));
            return;
        }
        readCredentials(result.value().first().toObject().value(QStringLiteral("id")).toString());
    });
}

void BindIdentityResolver::readCredentials(const QString &appObjectId)
{
    await(m_isv->graph().listFederatedCredentials(appObjectId), [this](const Azure::JsonArrayResult &result) {
        if (!result) {
            fail(result.error());
            return;
        }
        // Only credentials this tenant's managed identities can satisfy: issued by this tenant, with the exchange
        // audience of this cloud.
        const QString tenant = QLatin1Char('/') + m_isv->tenantId().toLower() + QLatin1Char('/');
        const QString audience = m_isv->cloud().ficAudience();
        QStringList subjects;
        for (const QJsonValue &value : result.value()) {
            const QJsonObject credential = value.toObject();
            const bool ours = credential.value(QStringLiteral("issuer")).toString().toLower().contains(tenant);
            const bool exchange =
                credential.value(QStringLiteral("audiences")).toArray().contains(QJsonValue(audience));
            const QString subject = credential.value(QStringLiteral("subject")).toString();
            if (ours && exchange && !subject.isEmpty() && !subjects.contains(subject)) {
                subjects.append(subject);
            }
        }
        if (subjects.isEmpty()) {
            fail(AzureError(AzureError::Kind::InvalidInput,
                            tr("Application %1 has no federated credential for a managed identity of this tenant.")
                                .arg(m_context.appId.value_or(QString())),
                            tr("Run the ISV prepare plan, or name the identity (--identity).")));
            return;
        }
        findIdentity(subjects);
    });
}

void BindIdentityResolver::findIdentity(const QStringList &subjects)
{
    const Azure::ResourceManagerClient arm = m_isv->arm();
    const QUrl url =
        arm.url(QStringLiteral("/subscriptions/%1/providers/Microsoft.ManagedIdentity/userAssignedIdentities")
                    .arg(m_context.subscriptionId.value_or(QString())),
                Azure::ResourceManagerClient::kManagedIdentityApi);
    auto *job = new Azure::PagerJob(m_isv->pipeline(),
                                    Azure::RestRequest::get(Azure::RestRequest::Service::ResourceManager, url));
    await(job, [this, subjects](const Azure::JsonArrayResult &result) {
        if (!result) {
            fail(result.error());
            return;
        }
        QList<QJsonObject> matches;
        for (const QJsonValue &value : result.value()) {
            const QJsonObject identity = value.toObject();
            const QString principal =
                identity.value(QStringLiteral("properties")).toObject().value(QStringLiteral("principalId")).toString();
            // The subject is the principal id exactly as Azure wrote it (§2.5: case-sensitive).
            if (subjects.contains(principal)) {
                matches.append(identity);
            }
        }
        if (matches.size() != 1) {
            fail(AzureError(
                AzureError::Kind::InvalidInput,
                matches.isEmpty()
                    ? tr("No managed identity in subscription %1 is named by application %2's federated credentials.")
                          .arg(m_context.subscriptionId.value_or(QString()), m_context.appId.value_or(QString()))
                    : tr("%n managed identities are named by application %1's federated credentials.", nullptr,
                         int(matches.size()))
                          .arg(m_context.appId.value_or(QString())),
                tr("Name the identity to attach (--identity).")));
            return;
        }
        const QJsonObject identity = matches.first();
        RunContext outputs;
        outputs.identityResourceId = identity.value(QStringLiteral("id")).toString();
        outputs.identityName = identity.value(QStringLiteral("name")).toString();
        outputs.identityPrincipalId =
            identity.value(QStringLiteral("properties")).toObject().value(QStringLiteral("principalId")).toString();
        finish(StepOutcome::done({tr("Managed identity %1 is the subject of application %2's federated credential.")
                                      .arg(*outputs.identityName, m_context.appId.value_or(QString()))},
                                 outputs));
    });
}

} // namespace CrossKey::Wizard
