// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvprepare/scopepage.h"

#include "azure/resourcemanagerclient.h"
#include "azure/tenantconnection.h"
#include "ui/flow/flowsession.h"
#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"
#include "ui/searchablecombobox.h"
#include "wizard/azurenames.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

using Wizard::ContextField;

using PageWidgets::stop;

ScopePage::ScopePage(FlowSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new RetryBanner(this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("scopeBusyBar"), tr("Loading"), this))
    , m_loading(PageWidgets::note(QStringLiteral("scopeLoadingLabel"), this))
    , m_subscription(new SearchableComboBox(this))
    , m_group(new SearchableComboBox(this))
    , m_groupMessage(
          PageWidgets::fieldMessage(QStringLiteral("groupMessageLabel"), tr("About the resource group"), this))
    , m_location(new SearchableComboBox(this))
{
    setObjectName(QStringLiteral("scopePage"));
    setTitle(tr("Where to create the resources"));
    setSubTitle(tr("Choose the subscription, the resource group and the region for the managed identity. "
                   "Type to search the lists."));

    m_subscription->setObjectName(QStringLiteral("subscriptionComboBox"));
    m_subscription->setAccessibleName(tr("Subscription"));
    m_group->setObjectName(QStringLiteral("resourceGroupComboBox"));
    m_group->setAccessibleName(tr("Resource group"));
    m_group->setAccessibleDescription(tr("Pick an existing group or type the name of a new one."));
    m_group->lineEdit()->setPlaceholderText(tr("Existing group, or a new name"));
    m_location->setObjectName(QStringLiteral("regionComboBox"));
    m_location->setAccessibleName(tr("Region"));

    auto *form = new QFormLayout;
    auto *subscriptionLabel = new QLabel(tr("&Subscription:"), this);
    subscriptionLabel->setBuddy(m_subscription);
    form->addRow(subscriptionLabel, m_subscription);
    auto *groupLabel = new QLabel(tr("Resource &group:"), this);
    groupLabel->setBuddy(m_group);
    auto *groupCell = new QVBoxLayout;
    groupCell->setSpacing(2);
    groupCell->addWidget(m_group);
    groupCell->addWidget(m_groupMessage);
    form->addRow(groupLabel, groupCell);
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_location);
    form->addRow(regionLabel, m_location);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_loading);
    layout->addWidget(m_busy);
    layout->addLayout(form);
    layout->addStretch(1);
    setTabOrder(m_error->retryButton(), m_subscription);
    setTabOrder(m_subscription, m_group);
    setTabOrder(m_group, m_groupMessage);
    setTabOrder(m_groupMessage, m_location);

    connect(m_error, &RetryBanner::retryRequested, this, &ScopePage::reload);
    connect(m_subscription, &SearchableComboBox::currentValueChanged, this, [this](const QString &id) {
        m_session->setInput(ContextField::SubscriptionId, id);
        loadSubscriptionLists(id);
        Q_EMIT completeChanged();
    });
    connect(m_group, &QComboBox::editTextChanged, this, &ScopePage::updateGroup);
    connect(m_group, &SearchableComboBox::currentValueChanged, this, [this](const QString &name) {
        // An existing group brings its region along; the user may still change it (the review stops a mismatch).
        const QString location = m_groupLocations.value(name.toLower());
        if (!location.isEmpty()) {
            m_location->selectValue(location);
        }
    });
    connect(m_location, &SearchableComboBox::currentValueChanged, this, &ScopePage::updateLocation);
    updateGroup();
}

void ScopePage::initializePage()
{
    const auto *connection = m_session->connection();
    const QString tenant = connection ? connection->tenantId() : QString();
    if (tenant != m_loadedFor || m_subscription->count() == 0) {
        m_loadedFor = tenant;
        reload();
    }
}

bool ScopePage::isComplete() const
{
    return !m_subscription->currentValue().isEmpty() && m_groupValid && !m_location->currentValue().isEmpty();
}

void ScopePage::reload()
{
    m_error->setError(std::nullopt);
    if (m_subscription->currentValue().isEmpty()) {
        loadSubscriptions();
    } else {
        loadSubscriptionLists(m_subscription->currentValue());
    }
}

void ScopePage::loadSubscriptions()
{
    stop(m_subscriptionsJob);
    auto *connection = m_session->connection();
    if (!connection) {
        return;
    }
    m_subscriptionsJob = connection->arm().listSubscriptions();
    connect(m_subscriptionsJob, &Azure::PagerJob::finished, this, &ScopePage::readSubscriptions);
    m_subscriptionsJob->start();
    updateBusy();
}

void ScopePage::loadSubscriptionLists(const QString &subscriptionId)
{
    stop(m_groupsJob);
    stop(m_locationsJob);
    auto *connection = m_session->connection();
    if (!connection || subscriptionId.isEmpty()) {
        updateBusy();
        return;
    }
    m_groupsJob = connection->arm().listResourceGroups(subscriptionId);
    connect(m_groupsJob, &Azure::PagerJob::finished, this, &ScopePage::readGroups);
    m_locationsJob = connection->arm().listLocations(subscriptionId);
    connect(m_locationsJob, &Azure::PagerJob::finished, this, &ScopePage::readLocations);
    m_groupsJob->start();
    m_locationsJob->start();
    updateBusy();
}

void ScopePage::readSubscriptions(const Azure::JsonArrayResult &result)
{
    m_subscriptionsJob = nullptr;
    updateBusy();
    if (!result) {
        showError(result.error());
        return;
    }
    QList<std::pair<QString, QString>> items;
    for (const auto &value : result.value()) {
        const QJsonObject subscription = value.toObject();
        const QString id = subscription.value(QLatin1String("subscriptionId")).toString();
        const QString name = subscription.value(QLatin1String("displayName")).toString();
        items.append({tr("%1 (%2)", "subscription: name (id)").arg(name, id), id});
    }
    m_subscription->setItems(items);
    if (items.isEmpty()) {
        showError(Azure::AzureError(Azure::AzureError::Kind::InvalidInput,
                                    tr("This account sees no subscription in the tenant."),
                                    tr("Ask an owner of a subscription to give you the Owner or Contributor role "
                                       "on it, then retry.")));
    } else if (items.size() == 1 || m_subscription->currentValue().isEmpty()) {
        m_subscription->selectValue(items.first().second);
    }
}

void ScopePage::readGroups(const Azure::JsonArrayResult &result)
{
    m_groupsJob = nullptr;
    updateBusy();
    if (!result) {
        showError(result.error());
        return;
    }
    QList<std::pair<QString, QString>> items;
    m_groupLocations.clear();
    for (const auto &value : result.value()) {
        const QJsonObject group = value.toObject();
        const QString name = group.value(QLatin1String("name")).toString();
        m_groupLocations.insert(name.toLower(), group.value(QLatin1String("location")).toString());
        items.append({name, name});
    }
    const QString typed = m_group->currentText();
    m_group->setItems(items);
    if (!typed.isEmpty() && m_group->currentText() != typed) {
        m_group->setEditText(typed);
    }
    updateGroup();
}

void ScopePage::readLocations(const Azure::JsonArrayResult &result)
{
    m_locationsJob = nullptr;
    updateBusy();
    if (!result) {
        showError(result.error());
        return;
    }
    QList<std::pair<QString, QString>> items;
    for (const auto &value : result.value()) {
        const QJsonObject location = value.toObject();
        const QString name = location.value(QLatin1String("name")).toString();
        const QString display = location.value(QLatin1String("displayName")).toString();
        items.append(
            {tr("%1 (%2)", "region: display name (name)").arg(display.isEmpty() ? name : display, name), name});
    }
    m_location->setItems(items);
    updateGroup();
    updateLocation();
}

void ScopePage::showError(const Azure::AzureError &error)
{
    if (!error.isCancelled()) {
        m_error->setError(error);
    }
}

void ScopePage::updateBusy()
{
    const bool busy = m_subscriptionsJob || m_groupsJob || m_locationsJob;
    m_busy->setVisible(busy);
    m_loading->setVisible(busy);
    m_loading->setText(busy ? tr("Loading subscriptions, resource groups and regions…") : QString());
    Q_EMIT completeChanged();
}

void ScopePage::updateGroup()
{
    const QString name = m_group->currentText().trimmed();
    const Azure::Result<void> valid = Wizard::AzureNames::checkResourceGroup(name);
    m_groupValid = bool(valid);
    if (name.isEmpty()) {
        m_groupMessage->setText(tr("Pick a group or type a new name."));
    } else if (!valid) {
        m_groupMessage->setText(valid.error().message());
    } else if (const QString location = m_groupLocations.value(name.toLower()); !location.isEmpty()) {
        m_groupMessage->setText(tr("Existing group in %1: it will be reused.").arg(location));
    } else {
        m_groupMessage->setText(tr("New group: it will be created in the region below."));
    }
    m_session->setInput(ContextField::ResourceGroup, m_groupValid ? name : QString());
    Q_EMIT completeChanged();
}

void ScopePage::updateLocation()
{
    m_session->setInput(ContextField::Location, m_location->currentValue());
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
