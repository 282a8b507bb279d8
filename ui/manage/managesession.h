// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/flow/flowsession.h"

namespace CrossKey::Ui {

// ManageSession is what the Manage pages share: the FlowSession (the signed-in tenant — the ISV's or the
// customer's — the target as inputs, plan, runner), which side is managed and the confirmed action, whose plan
// comes from Wizard::Manage::createPlan.
class ManageSession final : public FlowSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManageSession)

public:
    enum class Side
    {
        Isv,
        Customer,
    };

    using FlowSession::FlowSession;

    Side side() const { return m_side; }
    void setSide(Side side);
    QString action() const { return m_action; }
    void setAction(const QString &action);

protected:
    Wizard::Plan *createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection) override;

private:
    Side m_side = Side::Isv;
    QString m_action;
};

} // namespace CrossKey::Ui
