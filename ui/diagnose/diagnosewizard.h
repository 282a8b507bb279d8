// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"

#include <QUrl>
#include <QWizard>

namespace CrossKey::Azure {
class SignInService;
}

namespace CrossKey::Ui {

class DiagnoseInputPage;
class DiagnoseResultsPage;
class DiagnoseSession;
class SignInPage;

// DiagnoseWizard is the Diagnose mode (issue 10) as a wizard embedded in the workspace: what to diagnose and which
// tenants, sign in to the ISV tenant and/or the customer tenant (each its own sign-in, skipped when not wanted),
// then the findings live with the chain picture and "Save report…". Read-only: nothing in this flow changes
// anything in either tenant. Esc does not close it; Finish asks the workspace to go back to the modes.
class DiagnoseWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseWizard)

public:
    enum PageId
    {
        InputPageId,
        IsvSignInPageId,
        CustomerSignInPageId,
        ResultsPageId,
    };

    explicit DiagnoseWizard(const Azure::Clock &clock, QWidget *parent = nullptr);

    DiagnoseSession *session() const { return m_session; }
    DiagnoseInputPage *inputPage() const { return m_input; }
    SignInPage *isvSignInPage() const { return m_isvSignIn; }
    SignInPage *customerSignInPage() const { return m_customerSignIn; }
    DiagnoseResultsPage *resultsPage() const { return m_results; }

    void setSignInService(Azure::SignInService *service);
    // Offers a Resource Manager URL (the sandbox) as the cloud of both sign-ins and selects it.
    void presetCloud(const QString &label, const QUrl &resourceManager);
    // Selects a built-in cloud by name ("public", "usgov", "china") or a Resource Manager URL (--cloud).
    void selectCloud(const QString &nameOrUrl);

    int nextId() const override;
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    // Finish was chosen on the results page.
    void flowFinished();

private:
    DiagnoseSession *m_session;
    DiagnoseInputPage *m_input;
    SignInPage *m_isvSignIn;
    SignInPage *m_customerSignIn;
    DiagnoseResultsPage *m_results;
};

} // namespace CrossKey::Ui
