// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customergrant/customergrantwizard.h"

#include "azure/signinservice.h"
#include "ui/customergrant/customergrantsession.h"
#include "ui/customergrant/grantreviewpage.h"
#include "ui/customergrant/installapppage.h"
#include "ui/customergrant/keygrantresultpage.h"
#include "ui/customergrant/keypage.h"
#include "ui/customergrant/openinvitationpage.h"
#include "ui/customergrant/vaultpage.h"
#include "ui/flow/runpage.h"
#include "ui/flow/signinpage.h"
#include "ui/isvprepare/scopepage.h"

#include <QAbstractButton>

namespace CrossKey::Ui {

CustomerGrantWizard::CustomerGrantWizard(const Azure::Clock &clock, const QString &progressDirectory, QWidget *parent)
    : QWizard(parent, Qt::Widget)
    , m_session(new CustomerGrantSession(clock, progressDirectory, this))
    , m_invitation(new OpenInvitationPage(m_session, this))
    , m_signIn(new SignInPage(m_session, tr("Sign in to your (customer) tenant"),
                              tr("Use an account of the tenant that will hold the key, one that may create a Key "
                                 "Vault and assign roles on it (for example Owner). Installing the ISV's app also "
                                 "needs an administrator; if you are not one, the run asks one to consent."),
                              this))
    , m_install(new InstallAppPage(m_session, this))
    , m_scope(new ScopePage(m_session, this))
    , m_vault(new VaultPage(m_session, this))
    , m_key(new KeyPage(m_session, this))
    , m_review(new GrantReviewPage(m_session, this))
    , m_run(new RunPage(m_session, clock, this))
    , m_keyGrant(new KeyGrantResultPage(m_session, this))
{
    setObjectName(QStringLiteral("customerGrantWizard"));
    setWindowTitle(tr("Customer: grant"));
    m_scope->setSubTitle(tr("Choose the subscription, the resource group and the region for the Key Vault."));
    m_run->setDoneText(tr("Done. Choose Next for the key grant to send to your ISV."));
    // Classic style: the page title and subtitle as text, no banner images, the same on every platform.
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage);
    setSizeGripEnabled(false);
    setPage(InvitationPageId, m_invitation);
    setPage(SignInPageId, m_signIn);
    setPage(InstallPageId, m_install);
    setPage(ScopePageId, m_scope);
    setPage(VaultPageId, m_vault);
    setPage(KeyPageId, m_key);
    setPage(ReviewPageId, m_review);
    setPage(RunPageId, m_run);
    setPage(KeyGrantPageId, m_keyGrant);
    setStartId(InvitationPageId);

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

void CustomerGrantWizard::setSignInService(Azure::SignInService *service)
{
    m_signIn->setSignInService(service);
    if (service && service->opener()) {
        m_session->setUrlOpener(service->opener());
    }
}

void CustomerGrantWizard::setUrlOpener(Azure::UrlOpener *opener)
{
    m_session->setUrlOpener(opener);
}

void CustomerGrantWizard::presetCloud(const QString &label, const QUrl &resourceManager)
{
    m_signIn->presetCloud(label, resourceManager);
}

void CustomerGrantWizard::selectCloud(const QString &nameOrUrl)
{
    m_signIn->selectCloud(nameOrUrl);
}

void CustomerGrantWizard::reject()
{
    // Embedded in the window: Esc must not hide the flow. "Back to modes" leaves it.
}

void CustomerGrantWizard::done(int result)
{
    Q_UNUSED(result)
    // Opened again, the flow starts over (still signed in) instead of showing the old key grant.
    restart();
    Q_EMIT flowFinished();
}

} // namespace CrossKey::Ui
