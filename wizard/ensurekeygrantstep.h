// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// EnsureKeyGrantStep ("key-grant"): the ISV app's service principal may use the key, as Storage will on its
// behalf. RBAC vaults (CONTRACTS.md §3.8): Key Vault Crypto Service Encryption User for ServicePrincipalId scoped
// to the key (`{vault}/keys/{key}`), principalType ServicePrincipal, under a deterministic name; PrincipalNotFound
// (a principal created moments ago, not replicated yet) is retried with backoff up to principalTimeout(). A role
// with key use at the key or above already is Done. Access-policy vaults (§3.7): the principal's policy grants
// get, wrapKey and unwrapKey; apply adds the missing ones through accessPolicies/add.
class EnsureKeyGrantStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureKeyGrantStep)

public:
    static constexpr QLatin1String kId{"key-grant"};

    // `customer` must outlive the step's jobs.
    explicit EnsureKeyGrantStep(Azure::TenantConnection *customer, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    // The key permissions Storage needs in an access policy.
    static QStringList storageKeyPermissions();

    // First wait after PrincipalNotFound (doubled each time, at most 30 s), and how long to keep trying.
    void setPrincipalRetryInterval(std::chrono::milliseconds interval) { m_retryInterval = interval; }
    void setPrincipalTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    QPointer<Azure::TenantConnection> m_customer;
    std::chrono::milliseconds m_retryInterval{2000};
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
};

} // namespace CrossKey::Wizard
