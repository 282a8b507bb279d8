// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnose/diagnosewizard.h"

#include "ui/diagnose/diagnoseinputpage.h"
#include "ui/diagnose/diagnoseresultspage.h"
#include "ui/diagnose/diagnosesession.h"
#include "ui/diagnose/diagnosesigninsession.h"
#include "ui/flow/signinpage.h"

#include <QAbstractButton>

namespace CrossKey::Ui {

DiagnoseWizard::DiagnoseWizard(const Azure::Clock &clock, QWidget *parent)
    : QWizard(parent, Qt::Widget)
    , m_session(new DiagnoseSession(clock, this))
    , m_input(new DiagnoseInputPage(m_session, this))
    , m_isvSignIn(new SignInPage(m_session->isvSignIn(), tr("Sign in to the ISV tenant"),
                                 tr("The tenant with the app, the managed identity and the storage account. Diagnose "
                                    "only reads: an account with Reader on the subscription and the default "
                                    "directory rights is enough."),
                                 this))
    , m_customerSignIn(new SignInPage(m_session->customerSignIn(), tr("Sign in to the customer tenant"),
                                      tr("The tenant with the Key Vault and the key. Enter its domain or id as the "
                                         "tenant so this sign-in is not the ISV's. Diagnose only reads: Reader on "
                                         "the vault's subscription is enough; a Key Vault reader role shows the key."),
                                      this))
    , m_results(new DiagnoseResultsPage(m_session, this))
{
    setObjectName(QStringLiteral("diagnoseWizard"));
    m_isvSignIn->setObjectName(QStringLiteral("isvSignInPage"));
    m_customerSignIn->setObjectName(QStringLiteral("customerSignInPage"));
    setWindowTitle(tr("Diagnose"));
    // Classic style: the page title and subtitle as text, no banner images, the same on every platform.
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage);
    setSizeGripEnabled(false);
    setPage(InputPageId, m_input);
    setPage(IsvSignInPageId, m_isvSignIn);
    setPage(CustomerSignInPageId, m_customerSignIn);
    setPage(ResultsPageId, m_results);
    setStartId(InputPageId);
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    const QList<std::pair<WizardButton, QString>> names{
        {QWizard::BackButton, tr("Back")}, {QWizard::NextButton, tr("Next")}, {QWizard::FinishButton, tr("Finish")}};
    for (const auto &[which, name] : names) {
        button(which)->setAccessibleName(name);
    }
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
}

void DiagnoseWizard::setSignInService(Azure::SignInService *service)
{
    m_isvSignIn->setSignInService(service);
    m_customerSignIn->setSignInService(service);
}

void DiagnoseWizard::presetCloud(const QString &label, const QUrl &resourceManager)
{
    m_isvSignIn->presetCloud(label, resourceManager);
    m_customerSignIn->presetCloud(label, resourceManager);
}

void DiagnoseWizard::selectCloud(const QString &nameOrUrl)
{
    m_isvSignIn->selectCloud(nameOrUrl);
    m_customerSignIn->selectCloud(nameOrUrl);
}

int DiagnoseWizard::nextId() const
{
    // The sign-in of a tenant not chosen on the first page is skipped.
    switch (currentId()) {
    case InputPageId:
        return m_session->wantsIsv()        ? IsvSignInPageId
               : m_session->wantsCustomer() ? CustomerSignInPageId
                                            : ResultsPageId;
    case IsvSignInPageId:
        return m_session->wantsCustomer() ? CustomerSignInPageId : ResultsPageId;
    case CustomerSignInPageId:
        return ResultsPageId;
    default:
        return -1;
    }
}

void DiagnoseWizard::reject()
{
    // Embedded in the window: Esc must not hide the flow. "Back to modes" leaves it.
}

void DiagnoseWizard::done(int result)
{
    Q_UNUSED(result)
    // Opened again, the flow starts over (still signed in) with a fresh diagnosis.
    restart();
    Q_EMIT flowFinished();
}

} // namespace CrossKey::Ui
