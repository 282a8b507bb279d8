// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// BindCustomerKeyStep ("bind-key"): the storage account encrypts with the customer's key (CONTRACTS.md §3.9):
// keySource Microsoft.Keyvault, the vault URI and key name, the managed identity and federatedIdentityClientId =
// the app id, and the wanted version mode (followed: keyversion empty; pinned: KeyVersion, or the version in use
// when only PinVersion is set). check: GET and compare. apply: one PATCH for a first bind; two (identity, then
// key) when an account already on a customer key changes both. A grant still propagating is retried with
// backoff; every known failure gets its cause and fix (BindRules::explain). Key Vault and Managed HSM alike.
class BindCustomerKeyStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindCustomerKeyStep)

public:
    static constexpr QLatin1String kId{"bind-key"};

    // `isv` must outlive the step's jobs.
    explicit BindCustomerKeyStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    // Transient refusals (grant propagating, operation in progress) are retried `attempts` times, waiting
    // `firstDelay` and doubling (default 15 s, 4 attempts: about four minutes).
    void setRetry(std::chrono::milliseconds firstDelay, int attempts);

private:
    QPointer<Azure::TenantConnection> m_isv;
    std::chrono::milliseconds m_firstDelay{15000};
    int m_attempts = 4;
};

} // namespace CrossKey::Wizard
