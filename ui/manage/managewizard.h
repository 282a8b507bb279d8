// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"

#include <QUrl>
#include <QWizard>

namespace CrossKey::Azure {
class SignInService;
}

namespace CrossKey::Ui {

class ManageSession;
class ManageTargetPage;
class RunPage;
class SidePage;
class SignInPage;

// ManageWizard is the Manage mode (issue 9): which side, sign in to that tenant, the target's current state with
// an action button per Manage action (each confirmed first), and the shared run page. Embedded in the workspace.
class ManageWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManageWizard)

public:
    enum PageId
    {
        SidePageId,
        SignInPageId,
        TargetPageId,
        RunPageId,
    };

    ManageWizard(const Azure::Clock &clock, const QString &progressDirectory, QWidget *parent = nullptr);

    ManageSession *session() const { return m_session; }
    SidePage *sidePage() const { return m_side; }
    SignInPage *signInPage() const { return m_signIn; }
    ManageTargetPage *targetPage() const { return m_target; }
    RunPage *runPage() const { return m_run; }

    void setSignInService(Azure::SignInService *service);
    void presetCloud(const QString &label, const QUrl &resourceManager);
    void selectCloud(const QString &nameOrUrl);

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void flowFinished();

private:
    ManageSession *m_session;
    SidePage *m_side;
    SignInPage *m_signIn;
    ManageTargetPage *m_target;
    RunPage *m_run;
};

} // namespace CrossKey::Ui
