// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/manage/managewizard.h"

#include "ui/flow/runpage.h"
#include "ui/flow/signinpage.h"
#include "ui/manage/managesession.h"
#include "ui/manage/managetargetpage.h"
#include "ui/manage/sidepage.h"

#include <QAbstractButton>

namespace CrossKey::Ui {

ManageWizard::ManageWizard(const Azure::Clock &clock, const QString &progressDirectory, QWidget *parent)
    : QWizard(parent, Qt::Widget)
    , m_session(new ManageSession(clock, progressDirectory, this))
    , m_side(new SidePage(m_session, this))
    , m_signIn(new SignInPage(m_session, tr("Sign in"),
                              tr("ISV side: sign in to your tenant with a role that may change the storage account. "
                                 "Customer side: sign in to your tenant with a role that may manage the key "
                                 "(for example Key Vault Crypto Officer)."),
                              this))
    , m_target(new ManageTargetPage(m_session, this))
    , m_run(new RunPage(m_session, clock, this))
{
    setObjectName(QStringLiteral("manageWizard"));
    setWindowTitle(tr("Manage"));
    m_run->setDoneText(tr("Done. Choose Finish to go back to the modes."));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage);
    setSizeGripEnabled(false);
    setPage(SidePageId, m_side);
    setPage(SignInPageId, m_signIn);
    setPage(TargetPageId, m_target);
    setPage(RunPageId, m_run);
    setStartId(SidePageId);
    // After the confirmation the action runs; going back would not undo it.
    m_target->setCommitPage(true);

    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Run"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    const QList<std::pair<WizardButton, QString>> names{{QWizard::BackButton, tr("Back")},
                                                        {QWizard::NextButton, tr("Next")},
                                                        {QWizard::CommitButton, tr("Run")},
                                                        {QWizard::FinishButton, tr("Finish")}};
    for (const auto &[which, name] : names) {
        button(which)->setAccessibleName(name);
    }
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
}

void ManageWizard::setSignInService(Azure::SignInService *service)
{
    m_signIn->setSignInService(service);
}

void ManageWizard::presetCloud(const QString &label, const QUrl &resourceManager)
{
    m_signIn->presetCloud(label, resourceManager);
}

void ManageWizard::selectCloud(const QString &nameOrUrl)
{
    m_signIn->selectCloud(nameOrUrl);
}

void ManageWizard::reject()
{
    // Embedded in the window: Esc must not hide the flow.
}

void ManageWizard::done(int result)
{
    Q_UNUSED(result)
    restart();
    Q_EMIT flowFinished();
}

} // namespace CrossKey::Ui
