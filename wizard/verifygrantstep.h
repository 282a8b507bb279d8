// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// VerifyGrantStep ("verify"): reads back, without changing anything, that the chain Storage will walk on the
// customer's side is in place (CONTRACTS.md §5): the vault has soft delete and purge protection and lets trusted
// Azure services through its firewall; the app's service principal holds a key-use role at the key or above (RBAC)
// or get, wrapKey and unwrapKey (access policy); the key is enabled, valid and allows wrap and unwrap. Done with
// the evidence, or Failed naming the first broken link and its fix. apply() checks again: there is nothing to do.
class VerifyGrantStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyGrantStep)

public:
    static constexpr QLatin1String kId{"verify"};

    // `customer` must outlive the step's jobs.
    explicit VerifyGrantStep(Azure::TenantConnection *customer, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

private:
    QPointer<Azure::TenantConnection> m_customer;
};

} // namespace CrossKey::Wizard
