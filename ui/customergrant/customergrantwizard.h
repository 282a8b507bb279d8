// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"

#include <QUrl>
#include <QWizard>

namespace CrossKey::Azure {
class SignInService;
class UrlOpener;
} // namespace CrossKey::Azure

namespace CrossKey::Ui {

class CustomerGrantSession;
class GrantReviewPage;
class InstallAppPage;
class KeyGrantResultPage;
class KeyPage;
class OpenInvitationPage;
class RunPage;
class ScopePage;
class SignInPage;
class VaultPage;

// CustomerGrantWizard is the customer's phase 2 (issue 8) as a wizard embedded in the workspace: the ISV's
// invitation, sign in to the customer tenant, installing the app, where, vault, key, review, run, key grant. Like
// IsvPrepareWizard: Back and Next follow each page's isComplete(), the review is the commit point, Esc does not
// close it and Finish asks the workspace to go back to the modes.
class CustomerGrantWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerGrantWizard)

public:
    enum PageId
    {
        InvitationPageId,
        SignInPageId,
        InstallPageId,
        ScopePageId,
        VaultPageId,
        KeyPageId,
        ReviewPageId,
        RunPageId,
        KeyGrantPageId,
    };

    // `progressDirectory` empty: runs are not saved (tests, screenshots).
    CustomerGrantWizard(const Azure::Clock &clock, const QString &progressDirectory, QWidget *parent = nullptr);

    CustomerGrantSession *session() const { return m_session; }
    OpenInvitationPage *invitationPage() const { return m_invitation; }
    SignInPage *signInPage() const { return m_signIn; }
    InstallAppPage *installPage() const { return m_install; }
    ScopePage *scopePage() const { return m_scope; }
    VaultPage *vaultPage() const { return m_vault; }
    KeyPage *keyPage() const { return m_key; }
    GrantReviewPage *reviewPage() const { return m_review; }
    RunPage *runPage() const { return m_run; }
    KeyGrantResultPage *keyGrantPage() const { return m_keyGrant; }

    void setSignInService(Azure::SignInService *service);
    // Opens the admin-consent page when the signed-in account may not install the app (not owned).
    void setUrlOpener(Azure::UrlOpener *opener);
    // Offers a Resource Manager URL (the sandbox) as the cloud and selects it.
    void presetCloud(const QString &label, const QUrl &resourceManager);
    // Selects a built-in cloud by name ("public", "usgov", "china") or a Resource Manager URL (--cloud).
    void selectCloud(const QString &nameOrUrl);

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    // Finish was chosen on the key grant page.
    void flowFinished();

private:
    CustomerGrantSession *m_session;
    OpenInvitationPage *m_invitation;
    SignInPage *m_signIn;
    InstallAppPage *m_install;
    ScopePage *m_scope;
    VaultPage *m_vault;
    KeyPage *m_key;
    GrantReviewPage *m_review;
    RunPage *m_run;
    KeyGrantResultPage *m_keyGrant;
};

} // namespace CrossKey::Ui
