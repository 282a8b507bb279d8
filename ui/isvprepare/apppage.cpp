// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvprepare/apppage.h"

#include "azure/graphclient.h"
#include "azure/tenantconnection.h"
#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"
#include "ui/isvprepare/isvpreparesession.h"
#include "wizard/azurenames.h"
#include "wizard/ensuremultitenantappstep.h"

#include <QCheckBox>
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

namespace {

enum Role
{
    AppIdRole = Qt::UserRole + 1,
    NameRole,
    MultitenantRole,
};

} // namespace

AppPage::AppPage(IsvPrepareSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_new(new QRadioButton(tr("Create a &new multitenant app"), this))
    , m_name(new QLineEdit(QStringLiteral("CrossKey CMK"), this))
    , m_nameMessage(PageWidgets::fieldMessage(QStringLiteral("appNameMessageLabel"), tr("About the app name"), this))
    , m_existing(new QRadioButton(tr("Use an &existing app"), this))
    , m_search(new QLineEdit(this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("appsBusyBar"), tr("Loading apps"), this))
    , m_apps(new QListWidget(this))
    , m_makeMultitenant(new QCheckBox(tr("&Make this app multitenant"), this))
    , m_multitenantNote(PageWidgets::note(QStringLiteral("multitenantNoteLabel"), this))
    , m_error(new RetryBanner(this))
{
    setObjectName(QStringLiteral("appPage"));
    setTitle(tr("Application"));
    setSubTitle(tr("The customer installs this app registration in their tenant and grants it access to their key."));

    m_new->setObjectName(QStringLiteral("newAppRadioButton"));
    m_new->setAccessibleName(tr("Create a new multitenant app"));
    m_new->setChecked(true);
    m_name->setObjectName(QStringLiteral("appNameLineEdit"));
    m_name->setAccessibleName(tr("App name"));
    m_existing->setObjectName(QStringLiteral("existingAppRadioButton"));
    m_existing->setAccessibleName(tr("Use an existing app"));
    m_search->setObjectName(QStringLiteral("appSearchLineEdit"));
    m_search->setAccessibleName(tr("Search apps"));
    m_search->setPlaceholderText(tr("Name or app id"));
    m_search->setClearButtonEnabled(true);
    m_apps->setObjectName(QStringLiteral("appListWidget"));
    m_apps->setAccessibleName(tr("Apps of the tenant"));
    m_makeMultitenant->setObjectName(QStringLiteral("makeMultitenantCheckBox"));
    m_makeMultitenant->setAccessibleName(tr("Make this app multitenant"));
    m_multitenantNote->setText(
        tr("This app accepts sign-ins from your tenant only. To be installed by the customer it must become "
           "multitenant (sign-in audience \"Accounts in any organizational directory\"). Nothing else changes: its "
           "permissions, secrets and users stay as they are, and other tenants can use it only after one of their "
           "administrators consents."));

    auto *nameForm = new QFormLayout;
    auto *nameLabel = new QLabel(tr("App n&ame:"), this);
    nameLabel->setBuddy(m_name);
    auto *nameCell = new QVBoxLayout;
    nameCell->setSpacing(2);
    nameCell->addWidget(m_name);
    nameCell->addWidget(m_nameMessage);
    nameForm->addRow(nameLabel, nameCell);
    auto *searchForm = new QFormLayout;
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    searchForm->addRow(searchLabel, m_search);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_new);
    layout->addLayout(nameForm);
    layout->addWidget(m_existing);
    layout->addLayout(searchForm);
    layout->addWidget(m_busy);
    layout->addWidget(m_apps, 1);
    layout->addWidget(m_makeMultitenant);
    layout->addWidget(m_multitenantNote);
    setTabOrder(m_error->retryButton(), m_new);
    setTabOrder(m_new, m_name);
    setTabOrder(m_name, m_nameMessage);
    setTabOrder(m_nameMessage, m_existing);
    setTabOrder(m_existing, m_search);
    setTabOrder(m_search, m_apps);
    setTabOrder(m_apps, m_makeMultitenant);

    connect(m_error, &RetryBanner::retryRequested, this, &AppPage::reload);
    connect(m_new, &QRadioButton::toggled, this, &AppPage::update);
    connect(m_name, &QLineEdit::textChanged, this, &AppPage::update);
    connect(m_search, &QLineEdit::textChanged, this, &AppPage::filter);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_existing->setChecked(true); });
    connect(m_apps, &QListWidget::currentRowChanged, this, [this] {
        m_existing->setChecked(true);
        update();
    });
    connect(m_makeMultitenant, &QCheckBox::toggled, this, &AppPage::update);
    update();
}

void AppPage::initializePage()
{
    const auto *connection = m_session->connection();
    const QString tenant = connection ? connection->tenantId() : QString();
    if (tenant != m_loadedFor) {
        m_loadedFor = tenant;
        reload();
    }
    update();
}

bool AppPage::isComplete() const
{
    return m_complete;
}

void AppPage::reload()
{
    PageWidgets::stop(m_job);
    m_error->setError(std::nullopt);
    m_apps->clear();
    auto *connection = m_session->connection();
    if (!connection) {
        return;
    }
    m_job = connection->graph().listApplications();
    connect(m_job, &Azure::PagerJob::finished, this, &AppPage::readApps);
    m_job->start();
    m_busy->setVisible(true);
}

void AppPage::readApps(const Azure::JsonArrayResult &result)
{
    m_job = nullptr;
    m_busy->setVisible(false);
    if (!result) {
        if (!result.error().isCancelled()) {
            m_error->setError(result.error());
        }
        return;
    }
    for (const auto &value : result.value()) {
        const QJsonObject app = value.toObject();
        const QString name = app.value(QLatin1String("displayName")).toString();
        const QString appId = app.value(QLatin1String("appId")).toString();
        const bool multitenant =
            Wizard::EnsureMultitenantAppStep::isMultitenant(app.value(QLatin1String("signInAudience")).toString());
        auto *item = new QListWidgetItem(multitenant ? tr("%1 — %2", "app: name — app id").arg(name, appId)
                                                     : tr("%1 — %2 (single tenant)").arg(name, appId),
                                         m_apps);
        item->setData(AppIdRole, appId);
        item->setData(NameRole, name);
        item->setData(MultitenantRole, multitenant);
    }
    if (m_apps->count() == 0) {
        auto *item = new QListWidgetItem(tr("This tenant has no app registrations yet."), m_apps);
        item->setFlags(Qt::NoItemFlags);
    }
    filter();
}

void AppPage::filter()
{
    const QString text = m_search->text().trimmed();
    for (int row = 0; row < m_apps->count(); ++row) {
        QListWidgetItem *item = m_apps->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void AppPage::update()
{
    const bool creating = m_new->isChecked();
    const QListWidgetItem *picked = m_apps->currentItem();
    const bool pickedApp = picked && !picked->data(AppIdRole).toString().isEmpty();
    const bool singleTenant = !creating && pickedApp && !picked->data(MultitenantRole).toBool();
    m_makeMultitenant->setVisible(singleTenant);
    m_multitenantNote->setVisible(singleTenant);

    const Azure::Result<void> valid = Wizard::AzureNames::checkAppDisplayName(m_name->text());
    m_nameMessage->setVisible(creating);
    m_nameMessage->setText(valid ? tr("A new app registration with this name is created, or an app of this tenant "
                                      "with exactly this name is reused.")
                                 : valid.error().message());
    if (creating) {
        m_complete = bool(valid);
        m_session->clearInput(ContextField::AppId);
        m_session->setInput(ContextField::AppName, valid ? m_name->text().trimmed() : QString());
    } else {
        m_complete = pickedApp && (!singleTenant || m_makeMultitenant->isChecked());
        m_session->setInput(ContextField::AppId, pickedApp ? picked->data(AppIdRole).toString() : QString());
        m_session->setInput(ContextField::AppName, pickedApp ? picked->data(NameRole).toString() : QString());
    }
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
