// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensureserviceprincipalstep.h"

#include "azure/clock.h"
#include "azure/graphobjectjob.h"
#include "azure/restpipeline.h"
#include "azure/tenantconnection.h"
#include "azure/urlopener.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"

#include <QUrlQuery>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;

AzureError explain(AzureError error)
{
    const QString code = error.code();
    const QString inner = error.innerCode();
    if (code == QLatin1String("Request_BadRequest") &&
        (inner == QLatin1String("NoBackingApplicationObject") ||
         error.message().contains(QLatin1String("does not reference a valid application")))) {
        error.setHint(EnsureServicePrincipalStep::tr(
            "The app id does not name a multitenant application: it may be mistyped, the ISV's "
            "app may be single-tenant, or it was created a moment ago. Check the invitation, "
            "or retry in a minute."));
    } else if (code == QLatin1String("Authorization_RequestDenied")) {
        error.setHint(EnsureServicePrincipalStep::tr(
            "You may not install applications in this tenant. Ask a Global Administrator or "
            "Cloud Application Administrator to consent to the application."));
    }
    return error;
}

class ServicePrincipalJob final : public AzureStepJob
{
public:
    ServicePrincipalJob(Azure::TenantConnection *customer, Azure::UrlOpener *opener, RunContext context, bool apply,
                        std::chrono::milliseconds pollInterval, std::chrono::milliseconds timeout)
        : m_customer(customer)
        , m_opener(opener)
        , m_context(std::move(context))
        , m_apply(apply)
        , m_pollInterval(pollInterval)
        , m_timeout(timeout)
    {}

protected:
    void doStart() override
    {
        if (!m_customer) {
            fail(AzureError(AzureError::Kind::Internal,
                            EnsureServicePrincipalStep::tr("Not signed in to the customer tenant.")));
            return;
        }
        find();
    }

private:
    QString appId() const { return m_context.appId.value_or(QString()); }

    void find()
    {
        await(m_customer->graph().servicePrincipalByAppId(appId()), [this](const Azure::GraphObjectResult &result) {
            if (result) {
                judge(result.value());
            } else if (result.error().httpStatus() == 404 && m_consentOpened) {
                pollLater();
            } else if (result.error().httpStatus() == 404 && m_apply && !m_conflictSeen) {
                create();
            } else if (result.error().httpStatus() == 404 && !m_apply) {
                finish(StepOutcome::missing(
                    {EnsureServicePrincipalStep::tr("The application %1 is not installed in this tenant yet.")
                         .arg(appId())}));
            } else {
                fail(explain(result.error()));
            }
        });
    }

    void create()
    {
        await(m_customer->graph().createServicePrincipal(appId()), [this](const Azure::GraphObjectResult &result) {
            if (result) {
                m_evidence.append(
                    EnsureServicePrincipalStep::tr("Installed the application: created its service principal."));
                judge(result.value());
            } else if (result.error().httpStatus() == 409) {
                // §2.6: installed already (maybe by someone else meanwhile) — read it.
                m_conflictSeen = true;
                find();
            } else if (result.error().httpStatus() == 403) {
                askForConsent();
            } else {
                fail(explain(result.error()));
            }
        });
    }

    void askForConsent()
    {
        m_consentUrl =
            EnsureServicePrincipalStep::adminConsentUrl(m_customer->cloud(), *m_context.customerTenantId, appId());
        const bool opened = m_opener && m_opener->openUrl(m_consentUrl);
        m_evidence.append(
            EnsureServicePrincipalStep::tr("You may not install applications here, so an administrator must consent."));
        m_evidence.append(
            opened ? EnsureServicePrincipalStep::tr("Opened the admin-consent page: %1").arg(m_consentUrl.toString())
                   : EnsureServicePrincipalStep::tr("Send this admin-consent link to an administrator: %1")
                         .arg(m_consentUrl.toString()));
        m_consentOpened = true;
        pollLater();
    }

    void pollLater()
    {
        if (m_waited >= m_timeout) {
            finish(StepOutcome::needsYou(
                EnsureServicePrincipalStep::tr(
                    "No administrator has consented to the application yet. Ask a Global Administrator of "
                    "this tenant to open %1 and accept (if they declined, they can open it again), then "
                    "retry this step.")
                    .arg(m_consentUrl.toString()),
                m_evidence));
            return;
        }
        const auto left = m_timeout - m_waited;
        m_waited += m_pollInterval;
        const QDateTime until = m_customer->pipeline()->clock().now().addMSecs(qint64(left.count()));
        pause(m_pollInterval,
              EnsureServicePrincipalStep::tr(
                  "Waiting for an administrator to consent to the application in this tenant (%1)…")
                  .arg(m_consentUrl.toString()),
              until, [this] { find(); });
    }

    void judge(const Azure::GraphObject &principal)
    {
        const QString isv = m_context.tenantId.value_or(QString());
        if (principal.appOwnerOrganizationId.compare(isv, Qt::CaseInsensitive) != 0) {
            fail(AzureError(AzureError::Kind::InvalidInput,
                            EnsureServicePrincipalStep::tr(
                                "The service principal for app %1 in this tenant belongs to tenant %2, not to "
                                "the ISV's tenant %3.")
                                .arg(appId(), principal.appOwnerOrganizationId, isv),
                            EnsureServicePrincipalStep::tr(
                                "The app id in the invitation names someone else's application. Ask the ISV "
                                "for a new invitation; do not grant anything to this principal.")));
            return;
        }
        m_evidence.append(EnsureServicePrincipalStep::tr(
                              "Service principal %1 of “%2” (app %3) is installed, owned by the ISV's tenant %4.")
                              .arg(principal.id, principal.displayName, appId(), isv));
        RunContext outputs;
        outputs.servicePrincipalId = principal.id;
        finish(StepOutcome::done(m_evidence, outputs));
    }

    QPointer<Azure::TenantConnection> m_customer;
    Azure::UrlOpener *m_opener;
    RunContext m_context;
    bool m_apply;
    std::chrono::milliseconds m_pollInterval;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_waited{0};
    bool m_conflictSeen = false;
    bool m_consentOpened = false;
    QUrl m_consentUrl;
    QStringList m_evidence;
};

} // namespace

EnsureServicePrincipalStep::EnsureServicePrincipalStep(Azure::TenantConnection *customer, Azure::UrlOpener *opener,
                                                       QObject *parent)
    : Step(kId, tr("Install the application"),
           tr("The ISV's application gets a service principal in your tenant, created by you or through an "
              "administrator's consent. It can then do nothing but what you grant it: use one key."),
           parent)
    , m_customer(customer)
    , m_opener(opener)
{}

QList<ContextField> EnsureServicePrincipalStep::inputs() const
{
    return {ContextField::AppId, ContextField::TenantId, ContextField::CustomerTenantId};
}

QList<ContextField> EnsureServicePrincipalStep::outputs() const
{
    return {ContextField::ServicePrincipalId};
}

StepJob *EnsureServicePrincipalStep::check(const RunContext &context)
{
    return new ServicePrincipalJob(m_customer, m_opener, context, false, m_pollInterval, m_consentTimeout);
}

StepJob *EnsureServicePrincipalStep::apply(const RunContext &context)
{
    return new ServicePrincipalJob(m_customer, m_opener, context, true, m_pollInterval, m_consentTimeout);
}

QString EnsureServicePrincipalStep::equivalentCli(const RunContext &context) const
{
    const QString appId = context.appId.value_or(QStringLiteral("$APP_ID"));
    return QStringLiteral("SP_ID=$(az ad sp show --id %1 --query id -o tsv 2>/dev/null || "
                          "az ad sp create --id %1 --query id -o tsv)")
        .arg(Cli::quote(appId));
}

QUrl EnsureServicePrincipalStep::adminConsentUrl(const Azure::Cloud &cloud, const QString &customerTenantId,
                                                 const QString &appId)
{
    QUrl url = cloud.authorityHost();
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + QLatin1Char('/') + customerTenantId + QStringLiteral("/adminconsent"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), appId);
    url.setQuery(query);
    return url;
}

} // namespace CrossKey::Wizard
