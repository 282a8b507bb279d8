// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvbind/isvbindwizard.h"

#include "ui/flow/runpage.h"
#include "ui/flow/signinpage.h"
#include "ui/isvbind/accountpage.h"
#include "ui/isvbind/bindresultpage.h"
#include "ui/isvbind/bindreviewpage.h"
#include "ui/isvbind/isvbindsession.h"
#include "ui/isvbind/keygrantpage.h"

#include <QAbstractButton>

namespace CrossKey::Ui {

IsvBindWizard::IsvBindWizard(const Azure::Clock &clock, const QString &progressDirectory, QWidget *parent)
    : QWizard(parent, Qt::Widget)
    , m_session(new IsvBindSession(clock, progressDirectory, this))
    , m_grant(new KeyGrantPage(m_session, this))
    , m_signIn(new SignInPage(m_session, tr("Sign in to your (ISV) tenant"),
                              tr("Use an account that may change the storage account and attach the managed identity "
                                 "(for example Owner, or Contributor with Managed Identity Operator)."),
                              this))
    , m_account(new AccountPage(m_session, this))
    , m_review(new BindReviewPage(m_session, this))
    , m_run(new RunPage(m_session, clock, this))
    , m_result(new BindResultPage(m_session, this))
{
    setObjectName(QStringLiteral("isvBindWizard"));
    setWindowTitle(tr("ISV: bind"));
    m_run->setDoneText(tr("Done. Choose Next for what was verified."));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage);
    setSizeGripEnabled(false);
    setPage(KeyGrantPageId, m_grant);
    setPage(SignInPageId, m_signIn);
    setPage(AccountPageId, m_account);
    setPage(ReviewPageId, m_review);
    setPage(RunPageId, m_run);
    setPage(ResultPageId, m_result);
    setStartId(KeyGrantPageId);

    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Bind"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    const QList<std::pair<WizardButton, QString>> names{{QWizard::BackButton, tr("Back")},
                                                        {QWizard::NextButton, tr("Next")},
                                                        {QWizard::CommitButton, tr("Bind")},
                                                        {QWizard::FinishButton, tr("Finish")}};
    for (const auto &[which, name] : names) {
        button(which)->setAccessibleName(name);
    }
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
}

void IsvBindWizard::setSignInService(Azure::SignInService *service)
{
    m_signIn->setSignInService(service);
}

void IsvBindWizard::presetCloud(const QString &label, const QUrl &resourceManager)
{
    m_signIn->presetCloud(label, resourceManager);
}

void IsvBindWizard::selectCloud(const QString &nameOrUrl)
{
    m_signIn->selectCloud(nameOrUrl);
}

void IsvBindWizard::reject()
{
    // Embedded in the window: Esc must not hide the flow.
}

void IsvBindWizard::done(int result)
{
    Q_UNUSED(result)
    restart();
    Q_EMIT flowFinished();
}

} // namespace CrossKey::Ui
