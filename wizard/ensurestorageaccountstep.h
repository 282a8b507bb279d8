// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// EnsureStorageAccountStep ("storage-account"): the storage account exists (CONTRACTS.md §3.9). check: GET; a
// missing account is Missing when a Location is given (apply creates a StorageV2, Standard_LRS account through
// the long-running operation, reporting the wait) and Failed otherwise. Outputs StorageAccountId.
class EnsureStorageAccountStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureStorageAccountStep)

public:
    static constexpr QLatin1String kId{"storage-account"};

    // `isv` must outlive the step's jobs.
    explicit EnsureStorageAccountStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

private:
    QPointer<Azure::TenantConnection> m_isv;
};

} // namespace CrossKey::Wizard
