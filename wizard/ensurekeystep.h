// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/step.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// EnsureKeyStep ("key"): the key exists in the vault and Storage can use it (CONTRACTS.md §4.1, §4.2). check: GET
// the key's latest version; enabled, in its validity period and allowed to wrap and unwrap is Done; disabled,
// expired or without wrapKey/unwrapKey is NeedsYou (CrossKey does not change a key it did not make); absent is
// Missing. apply: create an RSA key of KeySize bits, with KeyExpiry when set. Outputs KeyId (versionless) and
// KeyVersion (the latest, informative: Storage follows new versions unless the key grant pins one).
class EnsureKeyStep final : public Step
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsureKeyStep)

public:
    static constexpr QLatin1String kId{"key"};

    // `customer` must outlive the step's jobs.
    explicit EnsureKeyStep(Azure::TenantConnection *customer, QObject *parent = nullptr);

    QList<ContextField> inputs() const override;
    QList<ContextField> outputs() const override;
    StepJob *check(const RunContext &context) override;
    StepJob *apply(const RunContext &context) override;
    QString equivalentCli(const RunContext &context) const override;

    struct KeyState
    {
        QString kid;   // versioned
        QString keyId; // versionless
        QString version;
        QString keyType;
        bool enabled = true;
        QDateTime expires;
        QDateTime notBefore;
        QStringList keyOps;
    };
    // Reads a KeyBundle (§4.2); InvalidResponse without key.kid.
    static Azure::Result<KeyState> readKey(const QJsonObject &bundle);
    // Empty when Storage can use the key at `now`, else why not.
    static QString unusableReason(const KeyState &key, const QDateTime &now);

private:
    QPointer<Azure::TenantConnection> m_customer;
};

} // namespace CrossKey::Wizard
