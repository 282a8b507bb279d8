// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// VerifyBindingStep ("verify"): the account reads back as bound (key source, key, identity, app id, current
// versioned key) and, when the user has a blob data role, its data plane really uses the key (CONTRACTS.md §5:
// ARM shows no CMK health). check: read the account, then read the verification blob; apply: write the blob
// into container "crosskey-verify" (created if needed) and read it back. Without a data role the step is Done
// with evidence that says exactly what was and was not verified; a data-plane refusal by the key chain fails.
class VerifyBindingStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyBindingStep)

public:
    static constexpr QLatin1String kId{"verify"};
    static constexpr QLatin1String kContainer{"crosskey-verify"};
    static constexpr QLatin1String kBlob{"crosskey-verify.txt"};

    // `isv` must outlive the step's jobs.
    explicit VerifyBindingStep(Azure::TenantConnection *isv, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    // The verification blob's content.
    static QByteArray content();

private:
    QPointer<Azure::TenantConnection> m_isv;
};

} // namespace CrossKey::Wizard
