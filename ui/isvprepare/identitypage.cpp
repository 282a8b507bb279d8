// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvprepare/identitypage.h"

#include "azure/resourcemanagerclient.h"
#include "azure/tenantconnection.h"
#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"
#include "ui/isvprepare/isvpreparesession.h"
#include "wizard/azurenames.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

using Wizard::ContextField;

IdentityPage::IdentityPage(IsvPrepareSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new RetryBanner(this))
    , m_new(new QRadioButton(tr("Create a &new user-assigned identity"), this))
    , m_name(new QLineEdit(QStringLiteral("id-crosskey-cmk"), this))
    , m_nameMessage(
          PageWidgets::fieldMessage(QStringLiteral("identityNameMessageLabel"), tr("About the identity name"), this))
    , m_existing(new QRadioButton(tr("Use an &existing identity in the group"), this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("identitiesBusyBar"), tr("Loading identities"), this))
    , m_listNote(PageWidgets::note(QStringLiteral("identityListNoteLabel"), this))
    , m_identities(new QListWidget(this))
{
    setObjectName(QStringLiteral("identityPage"));
    setTitle(tr("Managed identity"));
    setSubTitle(tr("Your storage account uses this identity to reach the customer's key, through the app's "
                   "federated credential."));

    m_new->setObjectName(QStringLiteral("newIdentityRadioButton"));
    m_new->setAccessibleName(tr("Create a new user-assigned identity"));
    m_new->setChecked(true);
    m_name->setObjectName(QStringLiteral("identityNameLineEdit"));
    m_name->setAccessibleName(tr("Identity name"));
    m_existing->setObjectName(QStringLiteral("existingIdentityRadioButton"));
    m_existing->setAccessibleName(tr("Use an existing identity in the group"));
    m_identities->setObjectName(QStringLiteral("identityListWidget"));
    m_identities->setAccessibleName(tr("Identities in the group"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Identity n&ame:"), this);
    nameLabel->setBuddy(m_name);
    auto *nameCell = new QVBoxLayout;
    nameCell->setSpacing(2);
    nameCell->addWidget(m_name);
    nameCell->addWidget(m_nameMessage);
    form->addRow(nameLabel, nameCell);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_new);
    layout->addLayout(form);
    layout->addWidget(m_existing);
    layout->addWidget(m_busy);
    layout->addWidget(m_listNote);
    layout->addWidget(m_identities, 1);
    setTabOrder(m_error->retryButton(), m_new);
    setTabOrder(m_new, m_name);
    setTabOrder(m_name, m_nameMessage);
    setTabOrder(m_nameMessage, m_existing);
    setTabOrder(m_existing, m_identities);

    connect(m_error, &RetryBanner::retryRequested, this, &IdentityPage::reload);
    connect(m_new, &QRadioButton::toggled, this, &IdentityPage::update);
    connect(m_name, &QLineEdit::textChanged, this, &IdentityPage::update);
    connect(m_identities, &QListWidget::currentRowChanged, this, [this] {
        m_existing->setChecked(true);
        update();
    });
    update();
}

void IdentityPage::initializePage()
{
    reload();
}

bool IdentityPage::isComplete() const
{
    return m_complete;
}

void IdentityPage::reload()
{
    PageWidgets::stop(m_job);
    m_error->setError(std::nullopt);
    m_identities->clear();
    m_listNote->clear();
    auto *connection = m_session->connection();
    const auto subscription = m_session->inputs().subscriptionId;
    const auto group = m_session->inputs().resourceGroup;
    if (!connection || !subscription || !group) {
        update();
        return;
    }
    // ResourceManagerClient has no list call for identities yet; the same pipeline and api-version.
    const Azure::ResourceManagerClient arm = connection->arm();
    const QString path = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/"
                                        "userAssignedIdentities")
                             .arg(*subscription, *group);
    m_job =
        new Azure::PagerJob(connection->pipeline(),
                            Azure::RestRequest::get(Azure::RestRequest::Service::ResourceManager,
                                                    arm.url(path, Azure::ResourceManagerClient::kManagedIdentityApi)));
    connect(m_job, &Azure::PagerJob::finished, this, &IdentityPage::readIdentities);
    m_job->start();
    m_busy->setVisible(true);
    m_listNote->setText(tr("Loading the identities of %1…").arg(*group));
    update();
}

void IdentityPage::readIdentities(const Azure::JsonArrayResult &result)
{
    m_job = nullptr;
    m_busy->setVisible(false);
    const QString group = m_session->inputs().resourceGroup.value_or(QString());
    if (!result) {
        const Azure::AzureError &error = result.error();
        // Expected on a fresh subscription or a new group: nothing to pick, which is not a problem.
        if (error.code() == QLatin1String("ResourceGroupNotFound")) {
            m_listNote->setText(tr("%1 is a new group, so it has no identities yet.").arg(group));
        } else if (error.code() == QLatin1String("MissingSubscriptionRegistration")) {
            m_listNote->setText(tr("Microsoft.ManagedIdentity is not registered in this subscription yet, so there "
                                   "are no identities. The run registers it."));
        } else if (!error.isCancelled()) {
            m_listNote->clear();
            m_error->setError(error);
        }
        update();
        return;
    }
    for (const auto &value : result.value()) {
        const QJsonObject identity = value.toObject();
        const QString name = identity.value(QLatin1String("name")).toString();
        auto *item = new QListWidgetItem(
            tr("%1 (%2)", "identity: name (region)").arg(name, identity.value(QLatin1String("location")).toString()),
            m_identities);
        item->setData(Qt::UserRole, name);
    }
    m_listNote->setText(m_identities->count() == 0 ? tr("%1 has no user-assigned identities yet.").arg(group)
                                                   : tr("Identities in %1:").arg(group));
    update();
}

void IdentityPage::update()
{
    if (m_identities->count() == 0 && m_existing->isChecked()) {
        m_new->setChecked(true); // toggled() calls update() again
        return;
    }
    const bool creating = m_new->isChecked();
    m_existing->setEnabled(m_identities->count() > 0);
    const QListWidgetItem *picked = m_identities->currentItem();
    const Azure::Result<void> valid = Wizard::AzureNames::checkUserAssignedIdentity(m_name->text());
    m_nameMessage->setVisible(creating);
    m_nameMessage->setText(valid ? tr("Created in the chosen group and region, or reused if it exists.")
                                 : valid.error().message());
    QString name;
    if (creating) {
        name = valid ? m_name->text() : QString();
    } else if (picked) {
        name = picked->data(Qt::UserRole).toString();
    }
    m_complete = !name.isEmpty();
    m_session->setInput(ContextField::IdentityName, name);
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
