// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// UseMicrosoftKeysStep ("microsoft-keys"): the storage account is back on Microsoft-managed keys (CONTRACTS.md
// §3.9): keySource Microsoft.Storage. check: GET. apply: PATCH keySource Microsoft.Storage; data stays readable
// at once and no longer depends on the customer's key. The identity stays attached.
class UseMicrosoftKeysStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UseMicrosoftKeysStep)

public:
    static constexpr QLatin1String kId{"microsoft-keys"};

    // `isv` must outlive the step's jobs.
    explicit UseMicrosoftKeysStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

private:
    QPointer<Azure::TenantConnection> m_isv;
};

} // namespace CrossKey::Wizard
