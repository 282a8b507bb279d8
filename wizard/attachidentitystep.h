// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// AttachIdentityStep ("attach-identity"): the storage account carries the user-assigned managed identity
// (CONTRACTS.md §3.9). check: GET the account. apply: PATCH identity, keeping a system-assigned identity
// ("SystemAssigned,UserAssigned"). 403 LinkedAuthorizationFailed is explained (Managed Identity Operator).
class AttachIdentityStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachIdentityStep)

public:
    static constexpr QLatin1String kId{"attach-identity"};

    // `isv` must outlive the step's jobs.
    explicit AttachIdentityStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

private:
    QPointer<Azure::TenantConnection> m_isv;
};

} // namespace CrossKey::Wizard
