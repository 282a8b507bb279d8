// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"
#include "azure/tenantconnection.h"
#include "wizard/diagnosis.h"

#include <QObject>

namespace CrossKey::Ui {

class DiagnoseSignInSession;

// DiagnoseSession is what the Diagnose pages share: what to diagnose (Wizard::DiagnoseInput without connections),
// which tenants to sign in to, and the two signed-in tenants — the ISV's and the customer's, each its own sign-in.
// Read-only: nothing here or in the pages changes anything in either tenant.
class DiagnoseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseSession)

public:
    explicit DiagnoseSession(const Azure::Clock &clock, QObject *parent = nullptr);

    const Azure::Clock &clock() const { return m_clock; }

    // The target; its connections are ignored (see input()).
    void setTarget(const Wizard::DiagnoseInput &target) { m_target = target; }
    void setWantedTenants(bool isv, bool customer);
    bool wantsIsv() const { return m_wantsIsv; }
    bool wantsCustomer() const { return m_wantsCustomer; }

    // Each tenant's sign-in, for its SignInPage; a tenant not wanted gives no connection.
    DiagnoseSignInSession *isvSignIn() const { return m_isv; }
    DiagnoseSignInSession *customerSignIn() const { return m_customer; }
    Azure::TenantConnection *isvConnection() const;
    Azure::TenantConnection *customerConnection() const;

    // The target with the connections of the tenants chosen and signed in to.
    Wizard::DiagnoseInput input() const;

private:
    const Azure::Clock &m_clock;
    Wizard::DiagnoseInput m_target;
    bool m_wantsIsv = true;
    bool m_wantsCustomer = true;
    DiagnoseSignInSession *m_isv;
    DiagnoseSignInSession *m_customer;
};

} // namespace CrossKey::Ui
