// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/graphobject.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace CrossKey::Azure {
class GraphObjectJob;
}

namespace CrossKey::Ui {

class CustomerGrantSession;
class RetryBanner;

// Page 3: installing the ISV's application in the customer tenant, explained: what it may do (nothing but use the
// one key granted to it), and how the run installs it (it creates the service principal, or — when the account
// may not — opens the admin-consent page and waits; the waiting shows on the run page). Here it only says whether
// the app is installed already (a read-only Graph lookup).
class InstallAppPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallAppPage)

public:
    explicit InstallAppPage(CustomerGrantSession *session, QWidget *parent = nullptr);
    ~InstallAppPage() override;

    void initializePage() override;
    void cleanupPage() override;

public Q_SLOTS:
    void recheck();

private:
    void read(const Azure::GraphObjectResult &result);

    CustomerGrantSession *m_session;
    RetryBanner *m_error;
    QLabel *m_explain;
    QProgressBar *m_busy;
    QLabel *m_state;
    QPointer<Azure::GraphObjectJob> m_job;
};

} // namespace CrossKey::Ui
