// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/flow/flowsession.h"
#include "wizard/invitation.h"

#include <optional>

namespace CrossKey::Azure {
class UrlOpener;
}

namespace CrossKey::Ui {

// CustomerGrantSession is what the customer grant pages share (issue 8): the FlowSession (the customer tenant,
// the customer's choices, plan and runner) and the ISV's invitation. The plan's inputs are the invitation's
// (cloud, ISV tenant, app id) with the customer's choices (CustomerGrant::inputsFrom); the sign-in sets
// CustomerTenantId.
class CustomerGrantSession final : public FlowSession
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerGrantSession)

public:
    CustomerGrantSession(const Azure::Clock &clock, QString progressDirectory, QObject *parent = nullptr);
    ~CustomerGrantSession() override;

    // Opens the admin-consent page when the user may not install the app (not owned; may be null).
    void setUrlOpener(Azure::UrlOpener *opener) { m_opener = opener; }

    const std::optional<Wizard::Invitation> &invitation() const { return m_invitation; }
    // Sets or clears the invitation; clears the plan, which no longer matches.
    void setInvitation(const std::optional<Wizard::Invitation> &invitation);
    // The inputs the plan is made from: the invitation's with the customer's choices.
    Wizard::RunContext planInputs() const;

Q_SIGNALS:
    void invitationChanged();

protected:
    Wizard::Plan *createPlan(const Wizard::RunContext &inputs, Azure::TenantConnection *connection) override;
    void readConnection(Azure::TenantConnection *connection, Wizard::RunContext &inputs) override;

private:
    std::optional<Wizard::Invitation> m_invitation;
    Azure::UrlOpener *m_opener = nullptr;
};

} // namespace CrossKey::Ui
