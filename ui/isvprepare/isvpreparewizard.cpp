// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvprepare/isvpreparewizard.h"

#include "ui/flow/runpage.h"
#include "ui/flow/signinpage.h"
#include "ui/isvprepare/apppage.h"
#include "ui/isvprepare/identitypage.h"
#include "ui/isvprepare/invitationpage.h"
#include "ui/isvprepare/isvpreparesession.h"
#include "ui/isvprepare/reviewpage.h"
#include "ui/isvprepare/scopepage.h"

#include <QAbstractButton>

namespace CrossKey::Ui {

IsvPrepareWizard::IsvPrepareWizard(const Azure::Clock &clock, const QString &progressDirectory, QWidget *parent)
    : QWizard(parent, Qt::Widget)
    , m_session(new IsvPrepareSession(clock, progressDirectory, this))
    , m_signIn(new SignInPage(m_session, tr("Sign in to your (ISV) tenant"),
                              tr("Use an account that may register apps in the tenant and create resources in the "
                                 "subscription (for example Owner, or Application Developer with Contributor)."),
                              this))
    , m_scope(new ScopePage(m_session, this))
    , m_app(new AppPage(m_session, this))
    , m_identity(new IdentityPage(m_session, this))
    , m_review(new ReviewPage(m_session, this))
    , m_run(new RunPage(m_session, clock, this))
    , m_invitation(new InvitationPage(m_session, this))
{
    setObjectName(QStringLiteral("isvPrepareWizard"));
    m_run->setDoneText(tr("Done. Choose Next for the invitation to send to your customer."));
    setWindowTitle(tr("ISV: prepare"));
    // Classic style: the page title and subtitle as text, no banner images, the same on every platform.
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage);
    setSizeGripEnabled(false);
    setPage(SignInPageId, m_signIn);
    setPage(ScopePageId, m_scope);
    setPage(AppPageId, m_app);
    setPage(IdentityPageId, m_identity);
    setPage(ReviewPageId, m_review);
    setPage(RunPageId, m_run);
    setPage(InvitationPageId, m_invitation);
    setStartId(SignInPageId);

    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Create"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    const QList<std::pair<WizardButton, QString>> names{{QWizard::BackButton, tr("Back")},
                                                        {QWizard::NextButton, tr("Next")},
                                                        {QWizard::CommitButton, tr("Create")},
                                                        {QWizard::FinishButton, tr("Finish")}};
    for (const auto &[which, name] : names) {
        button(which)->setAccessibleName(name);
    }
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
}

void IsvPrepareWizard::setSignInService(Azure::SignInService *service)
{
    m_signIn->setSignInService(service);
}

void IsvPrepareWizard::presetCloud(const QString &label, const QUrl &resourceManager)
{
    m_signIn->presetCloud(label, resourceManager);
}

void IsvPrepareWizard::selectCloud(const QString &nameOrUrl)
{
    m_signIn->selectCloud(nameOrUrl);
}

void IsvPrepareWizard::reject()
{
    // Embedded in the window: Esc must not hide the flow. "Back to modes" leaves it.
}

void IsvPrepareWizard::done(int result)
{
    Q_UNUSED(result)
    // Opened again, the flow starts over (still signed in) instead of showing the old invitation.
    restart();
    Q_EMIT flowFinished();
}

} // namespace CrossKey::Ui
