// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// RegisterStorageFeatureStep ("storage-feature"): Microsoft.Storage/FederatedClientIdentity is registered
// (Microsoft.Features) where the cloud still requires it (storageFederatedClientFeatureRequired(), cloudrules.h).
// Not required: NotApplicable with the reason. check: Registered is Done. apply: register, then poll (waiting,
// with the reason) until Registered.
class RegisterStorageFeatureStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterStorageFeatureStep)

public:
    static constexpr QLatin1String kId{"storage-feature"};

    // `isv` must outlive the step's jobs.
    explicit RegisterStorageFeatureStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    static constexpr QLatin1String kNamespace{"Microsoft.Storage"};
    static constexpr QLatin1String kFeature{"FederatedClientIdentity"};
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setMaxWait(std::chrono::milliseconds maxWait) { m_maxWait = maxWait; }

private:
    QPointer<Azure::TenantConnection> m_isv;
    std::chrono::milliseconds m_pollInterval{10000};
    std::chrono::milliseconds m_maxWait{std::chrono::minutes(60)};
};

} // namespace CrossKey::Wizard
