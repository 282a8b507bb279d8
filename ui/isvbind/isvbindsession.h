// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/flow/flowsession.h"
#include "wizard/keygrant.h"

#include <optional>

namespace CrossKey::Ui {

// IsvBindSession is what the ISV bind pages share (issue 9, phase 3): the FlowSession (ISV tenant, choices, plan,
// runner) and the customer's key grant, merged into the plan's inputs (IsvBind::withKeyGrant) when the plan is
// made.
class IsvBindSession final : public FlowSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IsvBindSession)

public:
    using FlowSession::FlowSession;

    void setGrant(const std::optional<Wizard::KeyGrant> &grant);
    const std::optional<Wizard::KeyGrant> &grant() const { return m_grant; }

    // The inputs with the grant's values merged in; the user's pin choice wins over the grant's.
    Wizard::RunContext planInputs() const;

protected:
    Wizard::Plan *createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection) override;

private:
    std::optional<Wizard::KeyGrant> m_grant;
};

} // namespace CrossKey::Ui
