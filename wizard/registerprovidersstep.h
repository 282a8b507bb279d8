// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// RegisterProvidersStep ("providers"): Microsoft.ManagedIdentity is registered in the subscription (§3.5).
// check: Registered is Done, anything else (Registering too) Missing. apply: register (harmless when already
// Registering), then poll (waiting, with the reason) until Registered.
class RegisterProvidersStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterProvidersStep)

public:
    static constexpr QLatin1String kId{"providers"};

    // `isv` must outlive the step's jobs.
    explicit RegisterProvidersStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    static constexpr QLatin1String kNamespace{"Microsoft.ManagedIdentity"};
    // How often registration is polled, and for how long at most (Azure: about a minute).
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setMaxWait(std::chrono::milliseconds maxWait) { m_maxWait = maxWait; }

private:
    QPointer<Azure::TenantConnection> m_isv;
    std::chrono::milliseconds m_pollInterval{5000};
    std::chrono::milliseconds m_maxWait{std::chrono::minutes(15)};
};

} // namespace CrossKey::Wizard
