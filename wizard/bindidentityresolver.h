// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/azurestepjob.h"

#include <QPointer>

namespace CrossKey::Azure {
class TenantConnection;
}

namespace CrossKey::Wizard {

// BindIdentityResolver finds the managed identity the ISV bind uses when the user names none (issue 9, headless
// `--identity` left out): the user-assigned identity of `SubscriptionId` whose principal id is the subject of a
// federated credential of app `AppId` issued by this tenant with the cloud's exchange audience (CONTRACTS.md §2.5,
// §3.6). It finishes Done with outputs IdentityResourceId, IdentityName and IdentityPrincipalId; Failed, with a
// hint to pass the identity, when none or several match. Reads only. Start it like any StepJob.
class BindIdentityResolver final : public AzureStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindIdentityResolver)

public:
    // `isv` must outlive the job. `context` carries SubscriptionId and AppId.
    BindIdentityResolver(Azure::TenantConnection *isv, RunContext context, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void readCredentials(const QString &appObjectId);
    void findIdentity(const QStringList &subjects);

    QPointer<Azure::TenantConnection> m_isv;
    RunContext m_context;
};

} // namespace CrossKey::Wizard
