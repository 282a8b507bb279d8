// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvbind/isvbindsession.h"

#include "wizard/isvbindplan.h"

namespace CrossKey::Ui {

void IsvBindSession::setGrant(const std::optional<Wizard::KeyGrant> &grant)
{
    m_grant = grant;
    dropPlan();
    Q_EMIT inputsChanged();
}

Wizard::RunContext IsvBindSession::planInputs() const
{
    if (!m_grant) {
        return inputs();
    }
    Wizard::RunContext merged = Wizard::IsvBind::withKeyGrant(inputs(), *m_grant);
    // Pinning is the ISV's decision on the account page; the grant only suggests it.
    merged.pinVersion = inputs().pinVersion;
    if (!merged.pinVersion) {
        merged.keyVersion.reset();
    }
    return merged;
}

Wizard::Plan *IsvBindSession::createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection)
{
    Q_UNUSED(inputs)
    if (!m_grant || !connection) {
        return nullptr;
    }
    return Wizard::IsvBind::createPlan(Wizard::IsvBind::withIdentityId(planInputs()), connection, this);
}

} // namespace CrossKey::Ui
