// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/flow/flowsession.h"

namespace CrossKey::Ui {

// IsvPrepareSession is what the ISV prepare pages share (FlowSession); its plan comes from
// Wizard::IsvPrepare::createPlan, and the sign-in sets the ISV's cloud and TenantId.
class IsvPrepareSession final : public FlowSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IsvPrepareSession)

public:
    // `progressDirectory` empty: runs are not saved (tests, screenshots).
    IsvPrepareSession(const Azure::Clock &clock, QString progressDirectory, QObject *parent = nullptr);
    ~IsvPrepareSession() override;

protected:
    Wizard::Plan *createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection) override;
};

} // namespace CrossKey::Ui
