// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// EnsureMultitenantAppStep ("app"): a multitenant app registration (signInAudience AzureADMultipleOrgs,
// CONTRACTS.md §2.3-2.4) exists. With AppId set (an app the user picked): that app, 404 is Failed, a
// single-tenant one is Missing and apply makes it multitenant. Without AppId: found by displayName (one is
// reused; several fail asking for the app id; none is Missing, apply creates it). Outputs AppId, AppObjectId
// and AppName.
class EnsureMultitenantAppStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureMultitenantAppStep)

public:
    static constexpr QLatin1String kId{"app"};

    // `isv` must outlive the step's jobs.
    explicit EnsureMultitenantAppStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    static constexpr QLatin1String kMultipleOrgs{"AzureADMultipleOrgs"};
    // Whether an app with this signInAudience can be installed in other tenants.
    static bool isMultitenant(const QString &signInAudience);

private:
    QPointer<Azure::TenantConnection> m_isv;
};

} // namespace CrossKey::Wizard
