// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensuremultitenantappstep.h"

#include "azure/graphobjectjob.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/restpipeline.h"
#include "azure/tenantconnection.h"
#include "wizard/azurenames.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"
#include "wizard/cloudrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Azure::GraphObject;

enum class Write
{
    Create,
    Update,
};

AzureError explain(AzureError error, Write write, const QString &appName)
{
    if (error.code() == QLatin1String("Authorization_RequestDenied")) {
        if (write == Write::Create) {
            error.setHint(EnsureMultitenantAppStep::tr(
                "You may not register applications in this tenant: its setting “Users can register applications” "
                "is off and you have none of the roles Application Developer, Application Administrator, Cloud "
                "Application Administrator or Global Administrator. Ask an administrator for the Application "
                "Developer role (or to run this step), or pick an existing app you own."));
        } else {
            error.setHint(
                EnsureMultitenantAppStep::tr(
                    "Only an owner of “%1” or an administrator may change it. Ask one of them to make it multitenant "
                    "(Supported account types: any organizational directory), or add you as an owner, then retry.")
                    .arg(appName));
        }
    }
    return error;
}

AzureError severalApps(const QString &name, const QStringList &appIds)
{
    return AzureError(AzureError::Kind::InvalidInput,
                      EnsureMultitenantAppStep::tr("%1 app registrations are named “%2” (app ids %3).")
                          .arg(QString::number(appIds.size()), name, appIds.join(QStringLiteral(", "))),
                      EnsureMultitenantAppStep::tr("Pick the one to use by its app id, or choose another name."));
}

class AppJob final : public AzureStepJob
{
public:
    AppJob(Azure::TenantConnection *isv, RunContext context, bool apply)
        : m_isv(isv)
        , m_context(std::move(context))
        , m_apply(apply)
    {}

protected:
    void doStart() override
    {
        if (!m_isv) {
            fail(AzureError(AzureError::Kind::Internal, EnsureMultitenantAppStep::tr("Not signed in.")));
            return;
        }
        if (m_context.appId && !m_context.appId->isEmpty()) {
            findById(*m_context.appId);
        } else {
            findByName(m_context.appName.value_or(QString()));
        }
    }

private:
    void findById(const QString &appId)
    {
        if (!AzureNames::isGuid(appId)) {
            fail(AzureError(AzureError::Kind::InvalidInput,
                            EnsureMultitenantAppStep::tr("“%1” is not an app (client) id.").arg(appId)));
            return;
        }
        const Azure::GraphClient graph = m_isv->graph();
        auto *job = new Azure::GraphObjectJob(m_isv->pipeline()->send(Azure::RestRequest::get(
            Azure::RestRequest::Service::Graph,
            graph.url(QStringLiteral("/applications(appId=%1)").arg(Azure::GraphClient::quoteKey(appId))))));
        await(job, [this, appId](const Azure::GraphObjectResult &r) {
            if (!r) {
                if (r.error().httpStatus() == 404) {
                    fail(AzureError(
                        AzureError::Kind::InvalidInput,
                        EnsureMultitenantAppStep::tr("There is no app with id %1 in tenant %2.")
                            .arg(appId, m_isv->tenantId()),
                        EnsureMultitenantAppStep::tr("Check the app id, or let CrossKey create a new app instead.")));
                } else {
                    fail(r.error());
                }
                return;
            }
            decide(r.value());
        });
    }

    void findByName(const QString &name)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$filter"),
                           QStringLiteral("displayName eq ") + Azure::GraphClient::quoteKey(name));
        const QUrl url = m_isv->graph().url(QStringLiteral("/applications"), query.toString(QUrl::FullyEncoded));
        auto *job =
            new Azure::PagerJob(m_isv->pipeline(), Azure::RestRequest::get(Azure::RestRequest::Service::Graph, url));
        await(job, [this, name](const Azure::JsonArrayResult &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            QList<GraphObject> apps;
            QStringList appIds;
            for (const QJsonValue &item : r.value()) {
                auto app = GraphObject::fromJson(item.toObject());
                if (!app) {
                    fail(app.error());
                    return;
                }
                // The filter is Graph's (case-insensitive); the name the user typed is what counts.
                apps.append(app.value());
                appIds.append(app.value().appId);
            }
            if (apps.size() > 1) {
                fail(severalApps(name, appIds));
                return;
            }
            if (apps.isEmpty()) {
                if (!m_apply) {
                    finish(StepOutcome::missing(
                        {EnsureMultitenantAppStep::tr("No app registration is named “%1” yet.").arg(name)}));
                } else {
                    create(name);
                }
                return;
            }
            decide(apps.first());
        });
    }

    void decide(const GraphObject &app)
    {
        const QString audience = app.signInAudience;
        const bool multitenant = EnsureMultitenantAppStep::isMultitenant(audience);
        if (!multitenant && audience != QLatin1String("AzureADMyOrg")) {
            fail(AzureError(AzureError::Kind::InvalidInput,
                            EnsureMultitenantAppStep::tr("App “%1” (%2) is for %3 and cannot be made multitenant here.")
                                .arg(app.displayName, app.appId, audience),
                            EnsureMultitenantAppStep::tr("Pick another app, or let CrossKey create a new one.")));
            return;
        }
        const QJsonArray replyUrls =
            app.json.value(QLatin1String("web")).toObject().value(QLatin1String("redirectUris")).toArray();
        const bool hasReplyUrl = !replyUrls.isEmpty();
        if (multitenant && hasReplyUrl) {
            finish(StepOutcome::done({EnsureMultitenantAppStep::tr("App “%1” (%2) exists and is multitenant (%3); "
                                                                   "it is reused.")
                                          .arg(app.displayName, app.appId, audience)},
                                     outputsFor(app)));
            return;
        }
        QStringList changes;
        QJsonObject patch;
        if (!multitenant) {
            changes.append(
                EnsureMultitenantAppStep::tr(
                    "App “%1” (%2) accepts only this tenant's accounts (AzureADMyOrg); it will be made multitenant "
                    "(AzureADMultipleOrgs) so the customer can install it.")
                    .arg(app.displayName, app.appId));
            patch.insert(QStringLiteral("signInAudience"), EnsureMultitenantAppStep::kMultipleOrgs);
        }
        const QString replyUrl = adminConsentRedirectUri(m_isv->cloud()).toString();
        if (!hasReplyUrl) {
            changes.append(EnsureMultitenantAppStep::tr("App “%1” has no web reply address, without which the admin-"
                                                        "consent link fails; %2 will be added.")
                               .arg(app.displayName, replyUrl));
            patch.insert(QStringLiteral("web"), QJsonObject{{QStringLiteral("redirectUris"), QJsonArray{replyUrl}}});
        }
        if (!m_apply) {
            finish(StepOutcome::missing(changes));
            return;
        }
        Azure::RestRequest request = Azure::RestRequest::withBody(
            Azure::RestRequest::Service::Graph, "PATCH",
            m_isv->graph().url(QStringLiteral("/applications/") + QString::fromLatin1(QUrl::toPercentEncoding(app.id))),
            QJsonDocument(patch).toJson(QJsonDocument::Compact));
        request.setIdempotent(true); // the same values twice are the same
        await(m_isv->pipeline()->send(request), [this, app, multitenant](const Azure::RestResult &r) {
            if (!r) {
                fail(explain(r.error(), Write::Update, app.displayName));
                return;
            }
            finish(StepOutcome::done(
                {multitenant
                     ? EnsureMultitenantAppStep::tr("Added the reply address to app "
                                                    "“%1” (%2).")
                           .arg(app.displayName, app.appId)
                     : EnsureMultitenantAppStep::tr("Made app “%1” (%2) multitenant.").arg(app.displayName, app.appId)},
                outputsFor(app)));
        });
    }

    void create(const QString &name)
    {
        const QJsonObject body{
            {QStringLiteral("displayName"), name},
            {QStringLiteral("signInAudience"), EnsureMultitenantAppStep::kMultipleOrgs},
            {QStringLiteral("web"), QJsonObject{{QStringLiteral("redirectUris"),
                                                 QJsonArray{adminConsentRedirectUri(m_isv->cloud()).toString()}}}},
        };
        auto *job = new Azure::GraphObjectJob(m_isv->pipeline()->send(Azure::RestRequest::withBody(
            Azure::RestRequest::Service::Graph, "POST", m_isv->graph().url(QStringLiteral("/applications")),
            QJsonDocument(body).toJson(QJsonDocument::Compact))));
        await(job, [this, name](const Azure::GraphObjectResult &r) {
            if (!r) {
                fail(explain(r.error(), Write::Create, name));
                return;
            }
            finish(StepOutcome::done({EnsureMultitenantAppStep::tr("Created multitenant app “%1” (%2).")
                                          .arg(r.value().displayName, r.value().appId)},
                                     outputsFor(r.value())));
        });
    }

    static RunContext outputsFor(const GraphObject &app)
    {
        RunContext outputs;
        outputs.appId = app.appId;
        outputs.appObjectId = app.id;
        outputs.appName = app.displayName;
        return outputs;
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_apply;
};

} // namespace

EnsureMultitenantAppStep::EnsureMultitenantAppStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Multitenant application"),
           tr("The app registration customers install in their tenant. It must accept accounts of any organization "
              "(multitenant); it asks for no permissions."),
           parent)
    , m_isv(isv)
{}

bool EnsureMultitenantAppStep::isMultitenant(const QString &signInAudience)
{
    return signInAudience == QLatin1String("AzureADMultipleOrgs") ||
           signInAudience == QLatin1String("AzureADandPersonalMicrosoftAccount");
}

QList<ContextField> EnsureMultitenantAppStep::inputs() const
{
    // AppId is optional: an existing app the user picked.
    return {ContextField::AppName};
}

QList<ContextField> EnsureMultitenantAppStep::outputs() const
{
    return {ContextField::AppId, ContextField::AppObjectId, ContextField::AppName};
}

StepJob *EnsureMultitenantAppStep::check(const RunContext &context)
{
    return new AppJob(m_isv, context, false);
}

StepJob *EnsureMultitenantAppStep::apply(const RunContext &context)
{
    return new AppJob(m_isv, context, true);
}

QString EnsureMultitenantAppStep::equivalentCli(const RunContext &context) const
{
    const QString replyUrl = Cli::quote(m_isv ? adminConsentRedirectUri(m_isv->cloud()).toString()
                                              : QStringLiteral("https://portal.azure.com/"));
    if (context.appId && !context.appId->isEmpty()) {
        const QString id = Cli::quote(*context.appId);
        return QStringLiteral("APP_ID=%1\n"
                              "az ad app update --id \"$APP_ID\" --sign-in-audience AzureADMultipleOrgs "
                              "--web-redirect-uris %2\n"
                              "APP_OBJECT_ID=$(az ad app show --id \"$APP_ID\" --query id -o tsv)")
            .arg(id, replyUrl);
    }
    const QString name = Cli::quote(context.appName.value_or(QStringLiteral("$APP_NAME")));
    return QStringLiteral("APP_ID=$(az ad app create --display-name %1 --sign-in-audience AzureADMultipleOrgs "
                          "--web-redirect-uris %2 --query appId -o tsv)\n"
                          "APP_OBJECT_ID=$(az ad app show --id \"$APP_ID\" --query id -o tsv)")
        .arg(name, replyUrl);
}

} // namespace CrossKey::Wizard
