// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customergrant/customergrantsession.h"

#include "wizard/customergrantplan.h"

namespace CrossKey::Ui {

CustomerGrantSession::CustomerGrantSession(const Azure::Clock &clock, QString progressDirectory, QObject *parent)
    : FlowSession(clock, std::move(progressDirectory), parent)
{}

CustomerGrantSession::~CustomerGrantSession()
{
    // The plan refers to this session's opener; it goes while the derived object still exists.
    dropPlan();
}

void CustomerGrantSession::setInvitation(const std::optional<Wizard::Invitation> &invitation)
{
    if (m_invitation == invitation) {
        return;
    }
    m_invitation = invitation;
    dropPlan();
    Q_EMIT invitationChanged();
    Q_EMIT inputsChanged();
}

Wizard::RunContext CustomerGrantSession::planInputs() const
{
    return m_invitation ? Wizard::CustomerGrant::inputsFrom(*m_invitation, inputs()) : inputs();
}

Wizard::Plan *CustomerGrantSession::createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection)
{
    if (!m_invitation) {
        return nullptr;
    }
    return Wizard::CustomerGrant::createPlan(Wizard::CustomerGrant::inputsFrom(*m_invitation, inputs), connection,
                                             m_opener, this);
}

void CustomerGrantSession::readConnection(Azure::TenantConnection *connection, Wizard::RunContext &inputs)
{
    // The cloud and the ISV tenant come from the invitation; the sign-in says which tenant is the customer's.
    if (connection) {
        inputs.customerTenantId = connection->tenantId();
    } else {
        inputs.customerTenantId.reset();
    }
}

} // namespace CrossKey::Ui
