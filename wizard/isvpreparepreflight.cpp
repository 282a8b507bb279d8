// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/isvpreparepreflight.h"

#include "azure/armresourcejob.h"
#include "azure/graphobjectjob.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/tenantconnection.h"
#include "wizard/azurenames.h"

#include <QTimer>
#include <QUrlQuery>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

AzureError invalid(QString message, QString hint = {})
{
    return AzureError(AzureError::Kind::InvalidInput, std::move(message), std::move(hint));
}

// "East US" and "eastus" are the same region.
QString normalisedLocation(QString location)
{
    return location.remove(QLatin1Char(' ')).toLower();
}

} // namespace

IsvPreparePreflight::IsvPreparePreflight(RunContext inputs, Azure::TenantConnection *isv, QObject *parent)
    : QObject(parent)
    , m_inputs(std::move(inputs))
    , m_isv(isv)
{}

IsvPreparePreflight::~IsvPreparePreflight()
{
    if (auto cancelCurrent = std::move(m_cancelCurrent)) {
        cancelCurrent();
    }
}

PreflightProblems IsvPreparePreflight::checkInputs(const RunContext &inputs)
{
    PreflightProblems problems;
    auto require = [&](ContextField field, const QString &what) {
        if (!inputs.value(field) || inputs.value(field)->isEmpty()) {
            problems.append({field, invalid(tr("Choose %1.").arg(what))});
            return false;
        }
        return true;
    };
    auto check = [&](ContextField field, const Azure::Result<void> &result) {
        if (!result) {
            problems.append({field, result.error()});
        }
    };
    auto guid = [&](ContextField field, const QString &what) {
        if (inputs.value(field) && !inputs.value(field)->isEmpty() && !AzureNames::isGuid(*inputs.value(field))) {
            problems.append({field, invalid(tr("“%1” is not a valid %2: it must be a GUID "
                                               "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")
                                                .arg(*inputs.value(field), what))});
        }
    };
    if (require(ContextField::TenantId, tr("the ISV tenant"))) {
        guid(ContextField::TenantId, tr("tenant id"));
    }
    if (require(ContextField::SubscriptionId, tr("a subscription"))) {
        guid(ContextField::SubscriptionId, tr("subscription id"));
    }
    if (require(ContextField::ResourceGroup, tr("a resource group"))) {
        check(ContextField::ResourceGroup, AzureNames::checkResourceGroup(*inputs.resourceGroup));
    }
    require(ContextField::Location, tr("a region"));
    if (inputs.appId && !inputs.appId->isEmpty()) {
        guid(ContextField::AppId, tr("app (client) id"));
    } else if (require(ContextField::AppName, tr("a name for the app"))) {
        check(ContextField::AppName, AzureNames::checkAppDisplayName(*inputs.appName));
    }
    if (require(ContextField::IdentityName, tr("a name for the managed identity"))) {
        check(ContextField::IdentityName, AzureNames::checkUserAssignedIdentity(*inputs.identityName));
        check(ContextField::IdentityName,
              AzureNames::checkFederatedCredential(AzureNames::federatedCredentialNameFor(*inputs.identityName)));
    }
    return problems;
}

template<typename Job, typename Handler>
void IsvPreparePreflight::run(Job *job, Handler handler)
{
    QPointer<Job> guarded(job);
    m_cancelCurrent = [guarded] {
        if (guarded) {
            guarded->cancel();
        }
    };
    connect(job, &Job::finished, this, [this, handler = std::move(handler)](const auto &result) {
        m_cancelCurrent = {};
        if (!m_finished) {
            handler(result);
        }
    });
    job->start();
}

void IsvPreparePreflight::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    m_problems = checkInputs(m_inputs);
    if (!m_problems.isEmpty() || !m_isv) {
        if (!m_isv && m_problems.isEmpty()) {
            add(std::nullopt, AzureError(AzureError::Kind::Internal, tr("Not signed in.")));
        }
        // Deferred, so that a caller connecting after start() still hears the result.
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    m_checks = {[this] { checkSubscription(); }, [this] { checkResourceGroup(); }, [this] { checkIdentity(); }};
    if (m_inputs.appId && !m_inputs.appId->isEmpty()) {
        m_checks.append([this] { checkAppById(*m_inputs.appId); });
    } else {
        m_checks.append([this] { checkAppByName(*m_inputs.appName); });
    }
    next();
}

void IsvPreparePreflight::cancel()
{
    if (m_finished) {
        return;
    }
    if (auto cancelCurrent = std::move(m_cancelCurrent)) {
        m_cancelCurrent = {};
        m_finished = true; // the cancelled call's answer must not run a handler
        cancelCurrent();
        m_finished = false;
    }
    m_problems = {{std::nullopt, AzureError::cancelled()}};
    finish();
}

void IsvPreparePreflight::next()
{
    if (m_finished) {
        return;
    }
    if (m_checks.isEmpty()) {
        finish();
        return;
    }
    const auto check = m_checks.takeFirst();
    check();
}

void IsvPreparePreflight::checkSubscription()
{
    run(m_isv->arm().listSubscriptions(), [this](const Azure::JsonArrayResult &r) {
        if (!r) {
            add(ContextField::SubscriptionId, r.error());
            // Nothing else can be checked in a subscription we cannot read.
            m_checks.clear();
            next();
            return;
        }
        const QString wanted = *m_inputs.subscriptionId;
        for (const QJsonValue &item : r.value()) {
            if (item.toObject()
                    .value(QLatin1String("subscriptionId"))
                    .toString()
                    .compare(wanted, Qt::CaseInsensitive) == 0) {
                next();
                return;
            }
        }
        add(ContextField::SubscriptionId,
            invalid(
                tr("Subscription %1 is not in tenant %2, or you have no role in it.").arg(wanted, m_isv->tenantId()),
                tr("Choose one of the subscriptions listed, or sign in to the tenant that holds it.")));
        m_checks.clear();
        next();
    });
}

void IsvPreparePreflight::checkResourceGroup()
{
    run(m_isv->arm().getResourceGroup(*m_inputs.subscriptionId, *m_inputs.resourceGroup),
        [this](const Azure::ArmResourceResult &r) {
            if (!r) {
                // Missing is fine: the run creates it.
                if (r.error().httpStatus() != 404) {
                    add(ContextField::ResourceGroup, r.error());
                }
                next();
                return;
            }
            const QString location = r.value().location;
            if (normalisedLocation(location) != normalisedLocation(*m_inputs.location)) {
                add(ContextField::Location,
                    invalid(tr("Resource group %1 is in %2, not in the chosen region %3.")
                                .arg(*m_inputs.resourceGroup, location, *m_inputs.location),
                            tr("Choose %1 as the region, or choose another resource group.").arg(location)));
            }
            next();
        });
}

void IsvPreparePreflight::checkIdentity()
{
    run(m_isv->arm().getUserAssignedIdentity(*m_inputs.subscriptionId, *m_inputs.resourceGroup, *m_inputs.identityName),
        [this](const Azure::ArmResourceResult &r) {
            // Missing (or the provider not registered yet) is fine: the run creates it.
            if (r && normalisedLocation(r.value().location) != normalisedLocation(*m_inputs.location)) {
                add(ContextField::IdentityName,
                    invalid(tr("Managed identity %1 exists in %2, not in the chosen region %3.")
                                .arg(*m_inputs.identityName, r.value().location, *m_inputs.location),
                            tr("Choose %1 as the region, or another name for the identity.").arg(r.value().location)));
            }
            next();
        });
}

void IsvPreparePreflight::checkAppById(const QString &appId)
{
    const Azure::GraphClient graph = m_isv->graph();
    auto *job = new Azure::GraphObjectJob(m_isv->pipeline()->send(Azure::RestRequest::get(
        Azure::RestRequest::Service::Graph,
        graph.url(QStringLiteral("/applications(appId=%1)").arg(Azure::GraphClient::quoteKey(appId))))));
    run(job, [this, appId](const Azure::GraphObjectResult &r) {
        if (r) {
            next();
            return;
        }
        if (r.error().httpStatus() != 404) {
            add(ContextField::AppId, r.error());
            next();
            return;
        }
        checkForeignApp(appId);
    });
}

void IsvPreparePreflight::checkForeignApp(const QString &appId)
{
    // Not an app of this tenant. If it is installed here, its service principal names the owning tenant.
    run(m_isv->graph().servicePrincipalByAppId(appId), [this, appId](const Azure::GraphObjectResult &r) {
        const QString owner = r ? r.value().appOwnerOrganizationId : QString();
        if (!owner.isEmpty() && owner.compare(m_isv->tenantId(), Qt::CaseInsensitive) != 0) {
            add(ContextField::AppId,
                invalid(tr("App %1 (“%2”) belongs to another tenant (%3); it is only installed in tenant %4.")
                            .arg(appId, r.value().displayName, owner, m_isv->tenantId()),
                        tr("Only the tenant that registered an app can give it federated credentials. Choose an app "
                           "registered in this tenant, or let CrossKey create one.")));
        } else {
            add(ContextField::AppId,
                invalid(tr("There is no app with id %1 in tenant %2.").arg(appId, m_isv->tenantId()),
                        tr("Check the app id, or let CrossKey create a new app.")));
        }
        next();
    });
}

void IsvPreparePreflight::checkAppByName(const QString &name)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"),
                       QStringLiteral("displayName eq ") + Azure::GraphClient::quoteKey(name));
    const QUrl url = m_isv->graph().url(QStringLiteral("/applications"), query.toString(QUrl::FullyEncoded));
    run(new Azure::PagerJob(m_isv->pipeline(), Azure::RestRequest::get(Azure::RestRequest::Service::Graph, url)),
        [this, name](const Azure::JsonArrayResult &r) {
            if (!r) {
                add(ContextField::AppName, r.error());
            } else if (r.value().size() > 1) {
                QStringList appIds;
                for (const QJsonValue &app : r.value()) {
                    appIds.append(app.toObject().value(QLatin1String("appId")).toString());
                }
                add(ContextField::AppName,
                    invalid(tr("%1 apps are named “%2” (app ids %3).")
                                .arg(QString::number(appIds.size()), name, appIds.join(QStringLiteral(", "))),
                            tr("Pick the one to use by its app id, or choose another name.")));
            }
            next();
        });
}

void IsvPreparePreflight::add(std::optional<ContextField> field, Azure::AzureError error)
{
    m_problems.append({field, std::move(error)});
}

void IsvPreparePreflight::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_checks.clear();
    Q_EMIT finished(m_problems);
    deleteLater();
}

} // namespace CrossKey::Wizard
