// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"

#include <QUrl>
#include <QWizard>

namespace CrossKey::Azure {
class SignInService;
}

namespace CrossKey::Ui {

class AccountPage;
class BindResultPage;
class BindReviewPage;
class IsvBindSession;
class KeyGrantPage;
class RunPage;
class SignInPage;

// IsvBindWizard is the ISV "bind" flow (issue 9, phase 3) embedded in the workspace: the customer's key grant,
// sign in to the ISV tenant, the storage account and identity, review (Bind is the commit point), run, result.
// Esc does not close it; Finish asks the workspace to go back to the modes.
class IsvBindWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IsvBindWizard)

public:
    enum PageId
    {
        KeyGrantPageId,
        SignInPageId,
        AccountPageId,
        ReviewPageId,
        RunPageId,
        ResultPageId,
    };

    // `progressDirectory` empty: runs are not saved (tests, screenshots).
    IsvBindWizard(const Azure::Clock &clock, const QString &progressDirectory, QWidget *parent = nullptr);

    IsvBindSession *session() const { return m_session; }
    KeyGrantPage *keyGrantPage() const { return m_grant; }
    SignInPage *signInPage() const { return m_signIn; }
    AccountPage *accountPage() const { return m_account; }
    BindReviewPage *reviewPage() const { return m_review; }
    RunPage *runPage() const { return m_run; }
    BindResultPage *resultPage() const { return m_result; }

    void setSignInService(Azure::SignInService *service);
    void presetCloud(const QString &label, const QUrl &resourceManager);
    void selectCloud(const QString &nameOrUrl);

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void flowFinished();

private:
    IsvBindSession *m_session;
    KeyGrantPage *m_grant;
    SignInPage *m_signIn;
    AccountPage *m_account;
    BindReviewPage *m_review;
    RunPage *m_run;
    BindResultPage *m_result;
};

} // namespace CrossKey::Ui
