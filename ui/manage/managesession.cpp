// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/manage/managesession.h"

#include "wizard/manageplans.h"

namespace CrossKey::Ui {

void ManageSession::setSide(Side side)
{
    m_side = side;
    setAction({});
}

void ManageSession::setAction(const QString &action)
{
    m_action = action;
    dropPlan();
    Q_EMIT inputsChanged();
}

Wizard::Plan *ManageSession::createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection)
{
    if (m_action.isEmpty() || !connection) {
        return nullptr;
    }
    return Wizard::Manage::createPlan(m_action, inputs, connection, this);
}

} // namespace CrossKey::Ui
