// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// SetKeyVersionModeStep ("key-version"): an account already on the customer's key follows the key's newest
// version or is pinned (CONTRACTS.md §3.9: keyversion empty or set). Pinning takes KeyVersion when given, else
// the version in use (currentVersionedKeyIdentifier). apply: PATCH the encryption with the account's own vault,
// key, identity and app, only the version changed. An account not on a customer key fails: bind it first.
class SetKeyVersionModeStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetKeyVersionModeStep)

public:
    static constexpr QLatin1String kId{"key-version"};

    // `pin`: pin a version; otherwise follow the newest. `isv` must outlive the step's jobs.
    SetKeyVersionModeStep(Azure::TenantConnection *isv, bool pin, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

private:
    QPointer<Azure::TenantConnection> m_isv;
    bool m_pin;
};

} // namespace CrossKey::Wizard
