// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
struct KeyVaultInfo;
} // namespace CrossKey::Azure

namespace CrossKey::Wizard {

// EnsureVaultStep ("vault"): the customer's key vault exists with soft delete and purge protection, which Storage
// needs for a customer-managed key (CONTRACTS.md §3.7). check: GET the vault; found with both is Done (evidence:
// recovery settings, permission model, firewall); purge protection or soft delete off is Missing (apply turns
// them on: irreversible, the page warns); absent is Missing (apply creates it: RBAC, purge protection, 90 days).
// An unregistered Microsoft.KeyVault (409 MissingSubscriptionRegistration) is registered first. Outputs VaultUri,
// VaultResourceId and VaultPermissionModel ("rbac" or "accessPolicies").
class EnsureVaultStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureVaultStep)

public:
    static constexpr QLatin1String kId{"vault"};
    static constexpr QLatin1String kNamespace{"Microsoft.KeyVault"};

    // `customer` must outlive the step's jobs.
    explicit EnsureVaultStep(Azure::TenantConnection *customer, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    // The evidence lines for a vault: permission model, soft delete, purge protection, firewall.
    static QStringList describe(const Azure::KeyVaultInfo &vault);

    // How often Microsoft.KeyVault's registration is polled, and for how long at most.
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setMaxWait(std::chrono::milliseconds maxWait) { m_maxWait = maxWait; }

private:
    QPointer<Azure::TenantConnection> m_customer;
    std::chrono::milliseconds m_pollInterval{5000};
    std::chrono::milliseconds m_maxWait{std::chrono::minutes(15)};
};

} // namespace CrossKey::Wizard
