// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// EnsureFederatedCredentialStep ("federated-credential"): the app trusts the identity (CONTRACTS.md §2.5).
// issuer = the ISV tenant's discovery document's `issuer` (verbatim, §1.1), subject = IdentityPrincipalId,
// audience = the cloud's FIC audience. check: a credential with the same issuer and subject and the right
// audience is Done (reused); one with the same subject or name but another issuer or audience is Failed with
// the mismatch and the fix; 20 credentials already is Failed (the limit) before adding; else Missing. apply:
// POST it. Reading the app right after it was created may 404 (Graph replicas): retried with backoff.
// Outputs FederatedCredentialName and FicIssuer.
class EnsureFederatedCredentialStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureFederatedCredentialStep)

public:
    static constexpr QLatin1String kId{"federated-credential"};

    // `isv` must outlive the step's jobs.
    explicit EnsureFederatedCredentialStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    static constexpr int kMaxCredentials = 20;
    // How long a 404 on a just-created app is retried, and the first pause (doubling).
    void setConsistencyBudget(std::chrono::milliseconds budget) { m_consistencyBudget = budget; }
    void setFirstRetryDelay(std::chrono::milliseconds delay) { m_firstRetryDelay = delay; }

private:
    QPointer<Azure::TenantConnection> m_isv;
    std::chrono::milliseconds m_consistencyBudget{60000};
    std::chrono::milliseconds m_firstRetryDelay{1000};
};

} // namespace CrossKey::Wizard
