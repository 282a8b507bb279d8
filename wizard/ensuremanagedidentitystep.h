// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// EnsureManagedIdentityStep ("identity"): the user-assigned managed identity exists (CONTRACTS.md §3.6).
// check: GET; 404 is Missing. apply: PUT in the chosen location. Outputs IdentityResourceId,
// IdentityPrincipalId and IdentityClientId exactly as Resource Manager returns them (FIC matching is
// case-sensitive).
class EnsureManagedIdentityStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureManagedIdentityStep)

public:
    static constexpr QLatin1String kId{"identity"};

    // `isv` must outlive the step's jobs.
    explicit EnsureManagedIdentityStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

private:
    QPointer<Azure::TenantConnection> m_isv;
};

} // namespace CrossKey::Wizard
