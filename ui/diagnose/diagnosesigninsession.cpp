// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnose/diagnosesigninsession.h"

namespace CrossKey::Ui {

DiagnoseSignInSession::DiagnoseSignInSession(const Azure::Clock &clock, QObject *parent)
    : FlowSession(clock, QString(), parent)
{}

Wizard::Plan *DiagnoseSignInSession::createPlan(const Wizard::RunContext &, Azure::TenantConnection *)
{
    return nullptr;
}

} // namespace CrossKey::Ui
