// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// EnsureResourceGroupStep ("resource-group"): the chosen resource group exists (CONTRACTS.md §3.4).
// check: GET the group; 404 is Missing. apply: PUT it in the chosen location. A group that exists in another
// location is reused and said so in the evidence (the preflight stops that case before a run).
class EnsureResourceGroupStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureResourceGroupStep)

public:
    static constexpr QLatin1String kId{"resource-group"};

    // `isv` must outlive the step's jobs.
    explicit EnsureResourceGroupStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

private:
    QPointer<Azure::TenantConnection> m_isv;
};

} // namespace CrossKey::Wizard
