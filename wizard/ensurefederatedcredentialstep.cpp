// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ensurefederatedcredentialstep.h"

#include "azure/openidconfigurationjob.h"
#include "azure/pagerjob.h"
#include "azure/restjob.h"
#include "azure/tenantconnection.h"
#include "wizard/azurenames.h"
#include "wizard/azurestepjob.h"
#include "wizard/clitext.h"

#include <QJsonArray>

namespace CrossKey::Wizard {

namespace {

using Azure::AzureError;
using Step_ = EnsureFederatedCredentialStep;

AzureError explain(AzureError error, const QString &appName)
{
    const QString code = error.code();
    if (code == QLatin1String("Authorization_RequestDenied")) {
        error.setHint(Step_::tr("Only an owner of app “%1” or an administrator may add federated credentials to "
                                "it. Ask one of them to run this step, or to add you as an owner, then retry.")
                          .arg(appName));
    } else if (code == QLatin1String("Request_ResourceNotFound")) {
        error.setHint(Step_::tr("App “%1” cannot be found (deleted, or not yet visible everywhere). Run the "
                                "“Multitenant application” step again, then retry.")
                          .arg(appName));
    } else if (code == QLatin1String("Request_MultipleObjectsWithSameKeyValue")) {
        error.setHint(Step_::tr("A credential with this name or this issuer and subject was just added by someone "
                                "else. Retry the step: it will check the credential that is there."));
    }
    return error;
}

struct Wanted
{
    QString name;
    QString issuer;
    QString subject;
    QString audience;
};

class CredentialJob final : public AzureStepJob
{
public:
    CredentialJob(Azure::TenantConnection *isv, RunContext context, bool apply, std::chrono::milliseconds budget,
                  std::chrono::milliseconds firstDelay)
        : m_isv(isv)
        , m_context(std::move(context))
        , m_apply(apply)
        , m_budget(budget)
        , m_delay(firstDelay)
    {}

protected:
    void doStart() override
    {
        if (!m_isv) {
            fail(AzureError(AzureError::Kind::Internal, Step_::tr("Not signed in.")));
            return;
        }
        m_wanted.subject = m_context.identityPrincipalId.value_or(QString());
        m_wanted.audience = m_isv->cloud().ficAudience();
        m_wanted.name = m_context.federatedCredentialName.value_or(
            AzureNames::federatedCredentialNameFor(m_context.identityName.value_or(QString())));
        auto *discovery =
            new Azure::OpenIdConfigurationJob(m_isv->network(), m_isv->cloud(), m_context.tenantId.value_or(QString()));
        await(discovery, [this](const Azure::OpenIdConfigurationResult &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            m_wanted.issuer = r.value().issuer;
            list();
        });
    }

private:
    QString appName() const { return m_context.appName.value_or(m_context.appId.value_or(QString())); }

    void list()
    {
        await(m_isv->graph().listFederatedCredentials(m_context.appObjectId.value_or(QString())),
              [this](const Azure::JsonArrayResult &r) {
                  if (!r) {
                      // Graph is eventually consistent: an app made a moment ago may not be on this replica yet.
                      if (r.error().httpStatus() == 404 && m_budget.count() > 0) {
                          const auto delay = std::min(m_delay, m_budget);
                          m_budget -= delay;
                          m_delay *= 2;
                          pause(delay,
                                Step_::tr("Waiting for the new app to be visible everywhere in Microsoft Graph."), {},
                                [this] { list(); });
                          return;
                      }
                      fail(explain(r.error(), appName()));
                      return;
                  }
                  evaluate(r.value());
              });
    }

    void evaluate(const QJsonArray &credentials)
    {
        const QJsonObject *sameName = nullptr;
        const QJsonObject *sameSubject = nullptr;
        QList<QJsonObject> all;
        for (const QJsonValue &value : credentials) {
            all.append(value.toObject());
        }
        for (const QJsonObject &credential : all) {
            const QString issuer = credential.value(QLatin1String("issuer")).toString();
            const QString subject = credential.value(QLatin1String("subject")).toString();
            const QJsonArray audiences = credential.value(QLatin1String("audiences")).toArray();
            const QString name = credential.value(QLatin1String("name")).toString();
            if (issuer == m_wanted.issuer && subject == m_wanted.subject) {
                if (audiences.size() == 1 && audiences.first().toString() == m_wanted.audience) {
                    finish(StepOutcome::done({Step_::tr("App “%1” already trusts the identity: credential “%2” "
                                                        "(issuer %3, subject %4, audience %5); it is reused.")
                                                  .arg(appName(), name, issuer, subject, m_wanted.audience)},
                                             outputs(name)));
                } else {
                    QStringList names;
                    for (const QJsonValue &audience : audiences) {
                        names.append(audience.toString());
                    }
                    fail(mismatch(name, Step_::tr("its audience is %1, but this cloud's managed identities present %2")
                                            .arg(names.join(QStringLiteral(", ")), m_wanted.audience)));
                }
                return;
            }
            if (subject.compare(m_wanted.subject, Qt::CaseInsensitive) == 0 && !sameSubject) {
                sameSubject = &credential;
            }
            if (name == m_wanted.name && !sameName) {
                sameName = &credential;
            }
        }
        if (sameSubject) {
            const QString issuer = sameSubject->value(QLatin1String("issuer")).toString();
            const QString subject = sameSubject->value(QLatin1String("subject")).toString();
            fail(mismatch(sameSubject->value(QLatin1String("name")).toString(),
                          subject != m_wanted.subject
                              ? Step_::tr("its subject %1 differs in letter case from the identity's principal id %2 "
                                          "(matching is case-sensitive)")
                                    .arg(subject, m_wanted.subject)
                              : Step_::tr("its issuer is %1, but the identity's tokens are issued by %2")
                                    .arg(issuer, m_wanted.issuer)));
            return;
        }
        if (sameName) {
            fail(mismatch(m_wanted.name, Step_::tr("it trusts issuer %1 and subject %2, not this identity (%3, %4)")
                                             .arg(sameName->value(QLatin1String("issuer")).toString(),
                                                  sameName->value(QLatin1String("subject")).toString(), m_wanted.issuer,
                                                  m_wanted.subject)));
            return;
        }
        if (all.size() >= EnsureFederatedCredentialStep::kMaxCredentials) {
            fail(AzureError(AzureError::Kind::InvalidInput,
                            Step_::tr("App “%1” already has %2 federated credentials, the most an app may have.")
                                .arg(appName(), QString::number(all.size())),
                            Step_::tr("Delete a credential the app no longer needs (az ad app federated-credential "
                                      "delete), or use another app, then retry.")));
            return;
        }
        if (!m_apply) {
            finish(StepOutcome::missing(
                {Step_::tr("App “%1” does not trust the identity yet: a credential “%2” with "
                           "issuer %3, subject %4 and audience %5 will be added.")
                     .arg(appName(), m_wanted.name, m_wanted.issuer, m_wanted.subject, m_wanted.audience)}));
            return;
        }
        create();
    }

    AzureError mismatch(const QString &name, const QString &why) const
    {
        return AzureError(
            AzureError::Kind::InvalidInput,
            Step_::tr("Federated credential “%1” on app “%2” does not fit: %3.").arg(name, appName(), why),
            Step_::tr("Storage could not sign in with it. Delete it (az ad app federated-credential "
                      "delete --id %1 --federated-credential-id %2) and run the step again; CrossKey "
                      "then adds a matching one.")
                .arg(m_context.appId.value_or(QString()), Cli::quote(name)));
    }

    void create()
    {
        const QJsonObject body{
            {QStringLiteral("name"), m_wanted.name},
            {QStringLiteral("issuer"), m_wanted.issuer},
            {QStringLiteral("subject"), m_wanted.subject},
            {QStringLiteral("audiences"), QJsonArray{m_wanted.audience}},
            {QStringLiteral("description"),
             QStringLiteral(
                 "CrossKey: lets managed identity %1 act as this app for cross-tenant customer-managed keys.")
                 .arg(m_context.identityName.value_or(QString()))},
        };
        await(m_isv->graph().createFederatedCredential(m_context.appObjectId.value_or(QString()), body),
              [this](const Azure::RestResult &r) {
                  if (!r) {
                      fail(explain(r.error(), appName()));
                      return;
                  }
                  finish(StepOutcome::done(
                      {Step_::tr("Added credential “%1” to app “%2” (issuer %3, subject %4, "
                                 "audience %5).")
                           .arg(m_wanted.name, appName(), m_wanted.issuer, m_wanted.subject, m_wanted.audience)},
                      outputs(m_wanted.name)));
              });
    }

    RunContext outputs(const QString &name) const
    {
        RunContext outputs;
        outputs.federatedCredentialName = name;
        outputs.ficIssuer = m_wanted.issuer;
        return outputs;
    }

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
    bool m_apply;
    std::chrono::milliseconds m_budget;
    std::chrono::milliseconds m_delay;
    Wanted m_wanted;
};

} // namespace

EnsureFederatedCredentialStep::EnsureFederatedCredentialStep(Azure::TenantConnection *isv, QObject *parent)
    : Step(kId, tr("Federated credential"),
           tr("Lets the managed identity sign in as the app: the app trusts tokens that the ISV tenant issues to the "
              "identity."),
           parent)
    , m_isv(isv)
{}

QList<ContextField> EnsureFederatedCredentialStep::inputs() const
{
    return {ContextField::TenantId, ContextField::AppObjectId, ContextField::IdentityName,
            ContextField::IdentityPrincipalId};
}

QList<ContextField> EnsureFederatedCredentialStep::outputs() const
{
    return {ContextField::FederatedCredentialName, ContextField::FicIssuer};
}

StepJob *EnsureFederatedCredentialStep::check(const RunContext &context)
{
    return new CredentialJob(m_isv, context, false, m_consistencyBudget, m_firstRetryDelay);
}

StepJob *EnsureFederatedCredentialStep::apply(const RunContext &context)
{
    return new CredentialJob(m_isv, context, true, m_consistencyBudget, m_firstRetryDelay);
}

QString EnsureFederatedCredentialStep::equivalentCli(const RunContext &context) const
{
    const QString name = context.federatedCredentialName.value_or(
        AzureNames::federatedCredentialNameFor(context.identityName.value_or(QStringLiteral("identity"))));
    const QString tenant = context.tenantId.value_or(QStringLiteral("$TENANT_ID"));
    QString authority = m_isv ? m_isv->cloud().authorityHost().toString() : QStringLiteral("$AUTHORITY_HOST");
    while (authority.endsWith(QLatin1Char('/'))) {
        authority.chop(1);
    }
    const QString audience = m_isv ? m_isv->cloud().ficAudience() : QStringLiteral("api://AzureADTokenExchange");
    const QString subject = context.identityPrincipalId.value_or(QStringLiteral("$IDENTITY_PRINCIPAL_ID"));
    return QStringLiteral("ISSUER=$(curl -s %1/%2/v2.0/.well-known/openid-configuration | jq -r .issuer)\n"
                          "az ad app federated-credential create --id %3 --parameters "
                          "\"{\\\"name\\\":\\\"%4\\\",\\\"issuer\\\":\\\"$ISSUER\\\",\\\"subject\\\":\\\"%5\\\","
                          "\\\"audiences\\\":[\\\"%6\\\"]}\"")
        .arg(authority, tenant, Cli::quote(context.appObjectId.value_or(QStringLiteral("$APP_OBJECT_ID"))), name,
             subject, audience);
}

} // namespace CrossKey::Wizard
