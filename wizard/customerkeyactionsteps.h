// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// RotateKeyStep ("rotate-key"): a new version of the customer's key (CONTRACTS.md §4). check reports the newest
// version and is always Missing (a rotation is wanted each time the action runs); apply rotates and outputs
// KeyVersion. Accounts following the key pick the new version up at their next check (Azure: about daily).
class RotateKeyStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotateKeyStep)

public:
    static constexpr QLatin1String kId{"rotate-key"};

    // `customer` must outlive the step's jobs.
    explicit RotateKeyStep(Azure::TenantConnection *customer, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

private:
    QPointer<Azure::TenantConnection> m_customer;
};

// SetKeyEnabledStep ("disable-key" / "enable-key"): the key's versions are disabled (revoking every storage
// account's access once Storage's cached account key runs out) or enabled again (§4.4: per version). With
// KeyVersion only that version, else every version. check lists the versions; apply PATCHes those that differ.
class SetKeyEnabledStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetKeyEnabledStep)

public:
    static constexpr QLatin1String kDisableId{"disable-key"};
    static constexpr QLatin1String kEnableId{"enable-key"};

    SetKeyEnabledStep(Azure::TenantConnection *customer, bool enabled, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

private:
    QPointer<Azure::TenantConnection> m_customer;
    bool m_enabled;
};

} // namespace CrossKey::Wizard
