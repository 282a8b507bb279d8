// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"

#include <QUrl>
#include <QWizard>

namespace CrossKey::Azure {
class SignInService;
}

namespace CrossKey::Ui {

class AppPage;
class IdentityPage;
class InvitationPage;
class IsvPrepareSession;
class ReviewPage;
class RunPage;
class ScopePage;
class SignInPage;

// IsvPrepareWizard is the ISV "prepare" flow (issue 7) as a wizard embedded in the workspace: sign in, where,
// app, identity, review, run, invitation. Back and Next follow each page's isComplete(); the review page is the
// commit point, after which the run cannot be undone by going back. It is a widget, not a window: Esc does not
// close it and Finish asks the workspace to go back to the modes.
class IsvPrepareWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IsvPrepareWizard)

public:
    enum PageId
    {
        SignInPageId,
        ScopePageId,
        AppPageId,
        IdentityPageId,
        ReviewPageId,
        RunPageId,
        InvitationPageId,
    };

    // `progressDirectory` empty: runs are not saved (tests, screenshots).
    IsvPrepareWizard(const Azure::Clock &clock, const QString &progressDirectory, QWidget *parent = nullptr);

    IsvPrepareSession *session() const { return m_session; }
    SignInPage *signInPage() const { return m_signIn; }
    ScopePage *scopePage() const { return m_scope; }
    AppPage *appPage() const { return m_app; }
    IdentityPage *identityPage() const { return m_identity; }
    ReviewPage *reviewPage() const { return m_review; }
    RunPage *runPage() const { return m_run; }
    InvitationPage *invitationPage() const { return m_invitation; }

    void setSignInService(Azure::SignInService *service);
    // Offers a Resource Manager URL (the sandbox) as the cloud and selects it.
    void presetCloud(const QString &label, const QUrl &resourceManager);
    // Selects a built-in cloud by name ("public", "usgov", "china") or a Resource Manager URL (--cloud).
    void selectCloud(const QString &nameOrUrl);

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    // Finish was chosen on the invitation page.
    void flowFinished();

private:
    IsvPrepareSession *m_session;
    SignInPage *m_signIn;
    ScopePage *m_scope;
    AppPage *m_app;
    IdentityPage *m_identity;
    ReviewPage *m_review;
    RunPage *m_run;
    InvitationPage *m_invitation;
};

} // namespace CrossKey::Ui
