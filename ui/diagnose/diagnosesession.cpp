// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnose/diagnosesession.h"

#include "ui/diagnose/diagnosesigninsession.h"

namespace CrossKey::Ui {

DiagnoseSession::DiagnoseSession(const Azure::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_isv(new DiagnoseSignInSession(clock, this))
    , m_customer(new DiagnoseSignInSession(clock, this))
{}

void DiagnoseSession::setWantedTenants(bool isv, bool customer)
{
    m_wantsIsv = isv;
    m_wantsCustomer = customer;
}

Azure::TenantConnection *DiagnoseSession::isvConnection() const
{
    return m_wantsIsv ? m_isv->connection() : nullptr;
}

Azure::TenantConnection *DiagnoseSession::customerConnection() const
{
    return m_wantsCustomer ? m_customer->connection() : nullptr;
}

Wizard::DiagnoseInput DiagnoseSession::input() const
{
    Wizard::DiagnoseInput input = m_target;
    input.isv = isvConnection();
    input.customer = customerConnection();
    return input;
}

} // namespace CrossKey::Ui
