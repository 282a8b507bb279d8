// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>
#include <QUrl>

#include <chrono>

namespace CrossKey::Azure {
class Cloud;
class TenantConnection;
class UrlOpener;
} // namespace CrossKey::Azure

namespace CrossKey::Wizard {

// EnsureServicePrincipalStep ("service-principal"): the ISV's multitenant app is installed in the customer
// tenant, i.e. has a service principal there owned by the ISV tenant (CONTRACTS.md §2.6). check: GET
// servicePrincipals(appId=…); present and appOwnerOrganizationId = TenantId is Done, owned by another tenant is
// Failed, absent is Missing. apply: POST servicePrincipals (409: already there, read it); when the user may not
// install apps (403), open the tenant-wide admin-consent link (§1.7) and poll until the principal appears,
// waiting with the link in the reason, up to consentTimeout(); then NeedsYou with the link. Outputs
// ServicePrincipalId.
class EnsureServicePrincipalStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureServicePrincipalStep)

public:
    static constexpr QLatin1String kId{"service-principal"};

    // `customer` must outlive the step's jobs; `opener` (may be null: the link is only shown) too.
    EnsureServicePrincipalStep(Azure::TenantConnection *customer, Azure::UrlOpener *opener, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    // {authority}/{customerTenantId}/adminconsent?client_id={appId} (§1.7, the tenant-wide form).
    static QUrl adminConsentUrl(const Azure::Cloud &cloud, const QString &customerTenantId, const QString &appId);

    // How often the principal is looked for while an administrator consents, and for how long.
    void setConsentPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setConsentTimeout(std::chrono::milliseconds timeout) { m_consentTimeout = timeout; }
    std::chrono::milliseconds consentTimeout() const { return m_consentTimeout; }

private:
    QPointer<Azure::TenantConnection> m_customer;
    Azure::UrlOpener *m_opener;
    std::chrono::milliseconds m_pollInterval{5000};
    std::chrono::milliseconds m_consentTimeout{std::chrono::minutes(15)};
};

} // namespace CrossKey::Wizard
