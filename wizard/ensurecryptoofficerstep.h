// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

#include <chrono>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// EnsureCryptoOfficerStep ("crypto-officer"): the signed-in user may create and read keys in the vault.
// RBAC vaults (CONTRACTS.md §3.8): Key Vault Crypto Officer or Administrator at the vault or above, and in force
// on the data plane; apply assigns Crypto Officer at the vault (principalType User) and waits through role
// propagation, polling a harmless key read until Key Vault stops answering ForbiddenByRbac, up to
// propagationTimeout(). Access-policy vaults (§3.7): the user's policy grants get, list and create on keys;
// apply adds what is missing (access policies apply at once).
class EnsureCryptoOfficerStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureCryptoOfficerStep)

public:
    static constexpr QLatin1String kId{"crypto-officer"};

    // `customer` must outlive the step's jobs.
    explicit EnsureCryptoOfficerStep(Azure::TenantConnection *customer, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    // The key permissions an access-policy vault must give the user.
    static QStringList userKeyPermissions();

    // How often the data plane is probed while the role propagates, and for how long at most (Azure: up to
    // about ten minutes).
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setPropagationTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    QPointer<Azure::TenantConnection> m_customer;
    std::chrono::milliseconds m_pollInterval{10000};
    std::chrono::milliseconds m_timeout{std::chrono::minutes(15)};
};

} // namespace CrossKey::Wizard
