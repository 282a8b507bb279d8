// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customergrant/installapppage.h"

#include "azure/graphclient.h"
#include "azure/graphobjectjob.h"
#include "azure/tenantconnection.h"
#include "ui/customergrant/customergrantsession.h"
#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace CrossKey::Ui {

InstallAppPage::InstallAppPage(CustomerGrantSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new RetryBanner(this))
    , m_explain(PageWidgets::fieldMessage(QStringLiteral("installExplainLabel"), tr("What installing means"), this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("installBusyBar"), tr("Looking for the app"), this))
    , m_state(PageWidgets::fieldMessage(QStringLiteral("installStateLabel"), tr("Whether the app is installed"), this))
{
    setObjectName(QStringLiteral("installAppPage"));
    setTitle(tr("Install the ISV's application"));
    setSubTitle(tr("The run installs the app in your tenant as an enterprise application (a service principal)."));
    m_error->setObjectName(QStringLiteral("installRetryBanner"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_explain);
    layout->addWidget(m_busy);
    layout->addWidget(m_state);
    layout->addStretch(1);
    setTabOrder(m_explain, m_state);
    connect(m_error, &RetryBanner::retryRequested, this, &InstallAppPage::recheck);
}

InstallAppPage::~InstallAppPage()
{
    PageWidgets::stop(m_job);
}

void InstallAppPage::initializePage()
{
    const auto &invitation = m_session->invitation();
    const QString name = invitation ? invitation->appName : QString();
    const QString appId = invitation ? invitation->appId : QString();
    m_explain->setText(
        tr("\"%1\" (app id %2) gets no access by being installed: it may use nothing but the one key you grant it on "
           "the next pages, and only to wrap and unwrap its storage account's key. You can remove the grant at any "
           "time.\n\nIf your account may install apps, the run creates the service principal. If not, it opens the "
           "admin-consent page for an administrator and waits until they have consented; the run page shows the "
           "waiting and the link.")
            .arg(name, appId));
    recheck();
}

void InstallAppPage::cleanupPage()
{
    PageWidgets::stop(m_job);
}

void InstallAppPage::recheck()
{
    PageWidgets::stop(m_job);
    m_error->setError(std::nullopt);
    const auto &invitation = m_session->invitation();
    Azure::TenantConnection *connection = m_session->connection();
    if (!invitation || !connection) {
        m_state->setText(tr("Sign in first."));
        return;
    }
    m_state->setText(tr("Looking for the app in your tenant…"));
    m_busy->setVisible(true);
    m_job = connection->graph().servicePrincipalByAppId(invitation->appId);
    connect(m_job, &Azure::GraphObjectJob::finished, this, &InstallAppPage::read);
    m_job->start();
}

void InstallAppPage::read(const Azure::GraphObjectResult &result)
{
    m_job = nullptr;
    m_busy->setVisible(false);
    if (result) {
        m_state->setText(tr("Installed already: the run reuses it."));
    } else if (result.error().httpStatus() == 404) {
        m_state->setText(tr("Not installed yet: the run installs it."));
    } else {
        m_state->setText(tr("Could not find out whether the app is installed; the run will check again."));
        m_error->setError(result.error());
    }
}

} // namespace CrossKey::Ui
