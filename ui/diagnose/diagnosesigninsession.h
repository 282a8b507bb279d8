// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/flow/flowsession.h"

namespace CrossKey::Ui {

// The sign-in of one tenant for Diagnose, which reaches up to two tenants: the shared SignInPage writes its
// connection here. Diagnose runs no plan, so it never makes one.
class DiagnoseSignInSession final : public FlowSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseSignInSession)

public:
    explicit DiagnoseSignInSession(const Azure::Clock &clock, QObject *parent = nullptr);

protected:
    Wizard::Plan *createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection) override;
};

} // namespace CrossKey::Ui
