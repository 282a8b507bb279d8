// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/isvbind/accountpage.h"

#include "azure/resourcemanagerclient.h"
#include "azure/tenantconnection.h"
#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"
#include "ui/isvbind/explainederror.h"
#include "ui/isvbind/isvbindsession.h"
#include "ui/searchablecombobox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace CrossKey::Ui {

using PageWidgets::stop;
using Wizard::ContextField;

AccountPage::AccountPage(IsvBindSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new RetryBanner(this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("accountBusyBar"), tr("Loading"), this))
    , m_loading(PageWidgets::note(QStringLiteral("accountLoadingLabel"), this))
    , m_subscription(new SearchableComboBox(this))
    , m_group(new SearchableComboBox(this))
    , m_account(new QLineEdit(this))
    , m_accountMessage(
          PageWidgets::fieldMessage(QStringLiteral("accountMessageLabel"), tr("About the storage account"), this))
    , m_location(new SearchableComboBox(this))
    , m_identity(new QLineEdit(this))
    , m_identityMessage(
          PageWidgets::fieldMessage(QStringLiteral("identityMessageLabel"), tr("About the identity"), this))
    , m_pin(new QCheckBox(tr("&Pin the key's current version (else Storage follows rotations)"), this))
{
    setObjectName(QStringLiteral("accountPage"));
    setTitle(tr("Storage account and identity"));
    setSubTitle(tr("Choose the storage account to encrypt with the customer's key — an existing one, or a new "
                   "name and its region — and the managed identity that reaches the key."));
    m_subscription->setObjectName(QStringLiteral("subscriptionComboBox"));
    m_subscription->setAccessibleName(tr("Subscription"));
    m_group->setObjectName(QStringLiteral("resourceGroupComboBox"));
    m_group->setAccessibleName(tr("Resource group"));
    m_account->setObjectName(QStringLiteral("storageAccountEdit"));
    m_account->setAccessibleName(tr("Storage account name"));
    m_account->setPlaceholderText(tr("3–24 lower-case letters and digits"));
    m_location->setObjectName(QStringLiteral("regionComboBox"));
    m_location->setAccessibleName(tr("Region for a new account"));
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    m_identity->setAccessibleName(tr("Managed identity"));
    m_identity->setPlaceholderText(tr("Name in the resource group, or its resource id"));
    m_pin->setObjectName(QStringLiteral("pinVersionCheckBox"));
    m_pin->setAccessibleName(tr("Pin the key's current version"));

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *field, QLabel *message = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        if (!message) {
            form->addRow(label, field);
            return;
        }
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field);
        cell->addWidget(message);
        form->addRow(label, cell);
    };
    addRow(tr("&Subscription:"), m_subscription);
    addRow(tr("Resource &group:"), m_group);
    addRow(tr("Storage &account:"), m_account, m_accountMessage);
    addRow(tr("&Region (new account):"), m_location);
    addRow(tr("Managed &identity:"), m_identity, m_identityMessage);
    form->addRow(QString(), m_pin);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_loading);
    layout->addWidget(m_busy);
    layout->addLayout(form);
    layout->addStretch(1);
    setTabOrder(m_error->retryButton(), m_subscription);
    setTabOrder(m_subscription, m_group);
    setTabOrder(m_group, m_account);
    setTabOrder(m_account, m_accountMessage);
    setTabOrder(m_accountMessage, m_location);
    setTabOrder(m_location, m_identity);
    setTabOrder(m_identity, m_identityMessage);
    setTabOrder(m_identityMessage, m_pin);

    connect(m_error, &RetryBanner::retryRequested, this, &AccountPage::reload);
    connect(m_subscription, &SearchableComboBox::currentValueChanged, this, [this](const QString &id) {
        m_session->setInput(ContextField::SubscriptionId, id);
        loadLists(id);
        resolveIdentity();
        Q_EMIT completeChanged();
    });
    connect(m_group, &SearchableComboBox::currentValueChanged, this, [this](const QString &name) {
        m_session->setInput(ContextField::ResourceGroup, name);
        Q_EMIT completeChanged();
    });
    connect(m_account, &QLineEdit::textChanged, this, &AccountPage::updateAccount);
    connect(m_location, &SearchableComboBox::currentValueChanged, this, [this](const QString &location) {
        m_session->setInput(ContextField::Location, location);
        updateAccount();
    });
    connect(m_identity, &QLineEdit::textChanged, this, &AccountPage::updateIdentity);
    connect(m_pin, &QCheckBox::toggled, this, [this](bool pinned) {
        m_session->setInput(ContextField::PinVersion, pinned ? QStringLiteral("true") : QString());
    });
    updateAccount();
    updateIdentity();
}

QString AccountPage::checkAccountName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9]{3,24}$"));
    if (rule.match(name).hasMatch()) {
        return {};
    }
    return tr("A storage account name has 3 to 24 characters, lower-case letters and digits only.");
}

void AccountPage::initializePage()
{
    const auto *connection = m_session->connection();
    const QString tenant = connection ? connection->tenantId() : QString();
    if (tenant != m_loadedFor || m_subscription->count() == 0) {
        m_loadedFor = tenant;
        reload();
    }
    if (const auto &grant = m_session->grant(); grant && grant->keyUri().toString() != m_pinDefaultFor) {
        // A new grant's own choice is the starting point; the ISV's later choice is kept on Back and Next.
        m_pinDefaultFor = grant->keyUri().toString();
        m_pin->setChecked(!grant->keyVersion.isEmpty());
    }
    resolveIdentity();
}

bool AccountPage::isComplete() const
{
    return !m_subscription->currentValue().isEmpty() && !m_group->currentValue().isEmpty() &&
           checkAccountName(m_account->text().trimmed()).isEmpty() && !m_identity->text().trimmed().isEmpty();
}

void AccountPage::reload()
{
    m_error->setError(std::nullopt);
    auto *connection = m_session->connection();
    if (!connection) {
        return;
    }
    if (!m_subscription->currentValue().isEmpty()) {
        loadLists(m_subscription->currentValue());
        return;
    }
    stop(m_subscriptionsJob);
    m_subscriptionsJob = connection->arm().listSubscriptions();
    connect(m_subscriptionsJob, &Azure::PagerJob::finished, this, [this](const Azure::JsonArrayResult &result) {
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
            items.append({tr("%1 (%2)", "subscription: name (id)")
                              .arg(subscription.value(QLatin1String("displayName")).toString(), id),
                          id});
        }
        m_subscription->setItems(items);
        if (!items.isEmpty() && m_subscription->currentValue().isEmpty()) {
            m_subscription->selectValue(items.first().second);
        }
    });
    m_subscriptionsJob->start();
    updateBusy();
}

void AccountPage::loadLists(const QString &subscriptionId)
{
    stop(m_groupsJob);
    stop(m_locationsJob);
    auto *connection = m_session->connection();
    if (!connection || subscriptionId.isEmpty()) {
        updateBusy();
        return;
    }
    m_groupsJob = connection->arm().listResourceGroups(subscriptionId);
    connect(m_groupsJob, &Azure::PagerJob::finished, this, [this](const Azure::JsonArrayResult &result) {
        m_groupsJob = nullptr;
        updateBusy();
        if (!result) {
            showError(result.error());
            return;
        }
        QList<std::pair<QString, QString>> items;
        for (const auto &value : result.value()) {
            const QString name = value.toObject().value(QLatin1String("name")).toString();
            items.append({name, name});
        }
        m_group->setItems(items);
    });
    m_locationsJob = connection->arm().listLocations(subscriptionId);
    connect(m_locationsJob, &Azure::PagerJob::finished, this, [this](const Azure::JsonArrayResult &result) {
        m_locationsJob = nullptr;
        updateBusy();
        if (!result) {
            showError(result.error());
            return;
        }
        QList<std::pair<QString, QString>> items{{tr("(an existing account: no region)"), QString()}};
        for (const auto &value : result.value()) {
            const QJsonObject location = value.toObject();
            const QString name = location.value(QLatin1String("name")).toString();
            items.append({tr("%1 (%2)", "region: display name (name)")
                              .arg(location.value(QLatin1String("displayName")).toString(), name),
                          name});
        }
        m_location->setItems(items);
    });
    m_groupsJob->start();
    m_locationsJob->start();
    updateBusy();
}

void AccountPage::resolveIdentity()
{
    auto *connection = m_session->connection();
    const QString subscription = m_subscription->currentValue();
    const QString appId = m_session->grant() ? m_session->grant()->appId : QString();
    const QString key = subscription + QLatin1Char('/') + appId;
    if (!connection || subscription.isEmpty() || appId.isEmpty() || key == m_resolvedFor ||
        !m_identity->text().isEmpty()) {
        return;
    }
    m_resolvedFor = key;
    stop(m_resolver);
    Wizard::RunContext context;
    context.subscriptionId = subscription;
    context.appId = appId;
    m_resolver = new Wizard::BindIdentityResolver(connection, context, this);
    connect(m_resolver, &Wizard::StepJob::finished, this, &AccountPage::readIdentity);
    m_identityMessage->setText(tr("Looking for the identity application %1's federated credential names…").arg(appId));
    m_resolver->start();
    updateBusy();
}

void AccountPage::readIdentity(const Wizard::StepOutcome &outcome)
{
    m_resolver = nullptr;
    updateBusy();
    const std::optional<QString> id = outcome.outputs.identityResourceId;
    if (id && m_identity->text().isEmpty()) {
        m_identity->setText(*id);
        m_identityMessage->setText(outcome.evidence.join(QLatin1Char(' ')));
        return;
    }
    m_identityMessage->setText(outcome.kind == Wizard::StepOutcome::Kind::Failed
                                   ? outcome.error.summary()
                                   : tr("No identity found: type the identity's name or resource id."));
}

void AccountPage::showError(const Azure::AzureError &error)
{
    if (!error.isCancelled()) {
        m_error->setError(explainedError(error));
    }
}

void AccountPage::updateBusy()
{
    const bool busy = m_subscriptionsJob || m_groupsJob || m_locationsJob || m_resolver;
    m_busy->setVisible(busy);
    m_loading->setVisible(busy);
    m_loading->setText(busy ? tr("Loading subscriptions, resource groups, regions and the identity…") : QString());
    Q_EMIT completeChanged();
}

void AccountPage::updateAccount()
{
    const QString name = m_account->text().trimmed();
    const QString problem = checkAccountName(name);
    if (name.isEmpty()) {
        m_accountMessage->setText(tr("Type the account's name."));
    } else if (!problem.isEmpty()) {
        m_accountMessage->setText(problem);
    } else if (m_location->currentValue().isEmpty()) {
        m_accountMessage->setText(tr("It must exist; to create it, choose its region below."));
    } else {
        m_accountMessage->setText(tr("Created in %1 if it does not exist; an existing account is used as it is.")
                                      .arg(m_location->currentValue()));
    }
    m_session->setInput(ContextField::StorageAccountName, problem.isEmpty() ? name : QString());
    Q_EMIT completeChanged();
}

void AccountPage::updateIdentity()
{
    const QString identity = m_identity->text().trimmed();
    const bool isId = identity.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive);
    m_session->setInput(ContextField::IdentityResourceId, isId ? identity : QString());
    m_session->setInput(ContextField::IdentityName, isId ? QString() : identity);
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
