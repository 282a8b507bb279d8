// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvprepare/isvpreparesession.h"

#include "wizard/isvprepareplan.h"

namespace CrossKey::Ui {

IsvPrepareSession::IsvPrepareSession(const Azure::Clock &clock, QString progressDirectory, QObject *parent)
    : FlowSession(clock, std::move(progressDirectory), parent)
{}

IsvPrepareSession::~IsvPrepareSession()
{
    // The plan refers to this session's connection; it goes while the derived object still exists.
    dropPlan();
}

Wizard::Plan *IsvPrepareSession::createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection)
{
    return Wizard::IsvPrepare::createPlan(inputs, connection, this);
}

} // namespace CrossKey::Ui
