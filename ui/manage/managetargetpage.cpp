// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/manage/managetargetpage.h"

#include "azure/keyvaultclient.h"
#include "azure/resourcemanagerclient.h"
#include "azure/storageaccountclient.h"
#include "azure/storageaccountinfo.h"
#include "azure/tenantconnection.h"
#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"
#include "ui/isvbind/explainederror.h"
#include "ui/manage/managesession.h"
#include "ui/searchablecombobox.h"
#include "wizard/manageplans.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace CrossKey::Ui {

using PageWidgets::stop;
using Wizard::ContextField;

ManageTargetPage::ManageTargetPage(ManageSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new RetryBanner(this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("manageBusyBar"), tr("Loading"), this))
    , m_isvBox(new QGroupBox(tr("Storage account"), this))
    , m_subscription(new SearchableComboBox(m_isvBox))
    , m_group(new SearchableComboBox(m_isvBox))
    , m_account(new QLineEdit(m_isvBox))
    , m_customerBox(new QGroupBox(tr("Key"), this))
    , m_vault(new QLineEdit(m_customerBox))
    , m_key(new QLineEdit(m_customerBox))
    , m_show(new QPushButton(tr("&Show current state"), this))
    , m_current(PageWidgets::fieldMessage(QStringLiteral("currentStateLabel"), tr("Current state"), this))
{
    setObjectName(QStringLiteral("manageTargetPage"));
    setTitle(tr("Current state and actions"));
    setSubTitle(tr("Choose what to manage and show its current state. Each action asks you to confirm first."));
    m_subscription->setObjectName(QStringLiteral("subscriptionComboBox"));
    m_subscription->setAccessibleName(tr("Subscription"));
    m_group->setObjectName(QStringLiteral("resourceGroupComboBox"));
    m_group->setAccessibleName(tr("Resource group"));
    m_account->setObjectName(QStringLiteral("storageAccountEdit"));
    m_account->setAccessibleName(tr("Storage account name"));
    m_vault->setObjectName(QStringLiteral("vaultUriEdit"));
    m_vault->setAccessibleName(tr("Key vault URI"));
    m_vault->setPlaceholderText(tr("https://{vault}.vault.azure.net/"));
    m_key->setObjectName(QStringLiteral("keyNameEdit"));
    m_key->setAccessibleName(tr("Key name"));
    m_show->setObjectName(QStringLiteral("showCurrentButton"));
    m_show->setAccessibleName(tr("Show current state"));
    m_current->setText(tr("Not read yet."));

    auto *isvForm = new QFormLayout(m_isvBox);
    isvForm->addRow(tr("Subscription:"), m_subscription);
    isvForm->addRow(tr("Resource group:"), m_group);
    isvForm->addRow(tr("Account:"), m_account);
    auto *customerForm = new QFormLayout(m_customerBox);
    customerForm->addRow(tr("Vault URI:"), m_vault);
    customerForm->addRow(tr("Key name:"), m_key);

    auto *actions = new QHBoxLayout;
    QStringList all = Wizard::Manage::isvActions();
    all += Wizard::Manage::customerActions();
    for (const QString &action : all) {
        auto *button = new QPushButton(labelOf(action), this);
        button->setObjectName(action + QStringLiteral("Button"));
        button->setAccessibleName(labelOf(action).remove(u'&'));
        button->setAccessibleDescription(effectOf(action));
        connect(button, &QPushButton::clicked, this, [this, action] { requestAction(action); });
        actions->addWidget(button);
        m_actions.insert(action, button);
    }
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_isvBox);
    layout->addWidget(m_customerBox);
    layout->addWidget(m_show, 0, Qt::AlignLeft);
    layout->addWidget(m_current);
    layout->addLayout(actions);
    layout->addStretch(1);

    connect(m_error, &RetryBanner::retryRequested, this, &ManageTargetPage::initializePage);
    connect(m_show, &QPushButton::clicked, this, &ManageTargetPage::showCurrent);
    connect(m_subscription, &SearchableComboBox::currentValueChanged, this, [this](const QString &id) {
        loadGroups(id);
        updateTarget();
    });
    connect(m_group, &SearchableComboBox::currentValueChanged, this, &ManageTargetPage::updateTarget);
    for (QLineEdit *edit : {m_account, m_vault, m_key}) {
        connect(edit, &QLineEdit::textChanged, this, &ManageTargetPage::updateTarget);
    }
}

QString ManageTargetPage::labelOf(const QString &action)
{
    if (action == Wizard::Manage::kSwitchToMicrosoftKeys) {
        return tr("Switch to &Microsoft-managed keys");
    }
    if (action == Wizard::Manage::kPinKeyVersion) {
        return tr("&Pin current version");
    }
    if (action == Wizard::Manage::kFollowKeyVersion) {
        return tr("&Follow newest version");
    }
    if (action == Wizard::Manage::kRotateKey) {
        return tr("&Rotate key");
    }
    if (action == Wizard::Manage::kDisableKey) {
        return tr("&Disable key (revoke)");
    }
    if (action == Wizard::Manage::kEnableKey) {
        return tr("&Enable key");
    }
    return action;
}

QString ManageTargetPage::effectOf(const QString &action)
{
    if (action == Wizard::Manage::kSwitchToMicrosoftKeys) {
        return tr("The account stops using the customer's key and is encrypted with Microsoft-managed keys again, "
                  "at once. The customer can no longer revoke your access to the data by disabling their key.");
    }
    if (action == Wizard::Manage::kPinKeyVersion) {
        return tr("Storage keeps using the key's current version; a rotation by the customer is not picked up until "
                  "you change the version.");
    }
    if (action == Wizard::Manage::kFollowKeyVersion) {
        return tr("Storage follows the key's newest version and picks up a rotation by itself within a day.");
    }
    if (action == Wizard::Manage::kRotateKey) {
        return tr("A new key version is made. Accounts that follow the newest version pick it up within a day; "
                  "pinned accounts keep the old version.");
    }
    if (action == Wizard::Manage::kDisableKey) {
        return tr("The key is disabled: every storage account encrypted with it becomes unreadable once the service's "
                  "key cache expires (up to an hour), until you enable the key again.");
    }
    if (action == Wizard::Manage::kEnableKey) {
        return tr("The key is enabled again; the accounts encrypted with it become readable again.");
    }
    return {};
}

void ManageTargetPage::initializePage()
{
    m_confirmed = false;
    const bool isv = m_session->side() == ManageSession::Side::Isv;
    m_isvBox->setVisible(isv);
    m_customerBox->setVisible(!isv);
    const QStringList shown = isv ? Wizard::Manage::isvActions() : Wizard::Manage::customerActions();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        it.value()->setVisible(shown.contains(it.key()));
    }
    m_error->setError(std::nullopt);
    const auto *connection = m_session->connection();
    const QString tenant = connection ? connection->tenantId() : QString();
    if (isv && (tenant != m_loadedFor || m_subscription->count() == 0)) {
        m_loadedFor = tenant;
        loadSubscriptions();
    }
    updateTarget();
}

bool ManageTargetPage::isComplete() const
{
    return m_confirmed;
}

void ManageTargetPage::loadSubscriptions()
{
    stop(m_subscriptionsJob);
    auto *connection = m_session->connection();
    if (!connection) {
        return;
    }
    m_subscriptionsJob = connection->arm().listSubscriptions();
    connect(m_subscriptionsJob, &Azure::PagerJob::finished, this, [this](const Azure::JsonArrayResult &result) {
        m_subscriptionsJob = nullptr;
        setBusy(false);
        if (!result) {
            m_error->setError(explainedError(result.error()));
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
    setBusy(true);
}

void ManageTargetPage::loadGroups(const QString &subscriptionId)
{
    stop(m_groupsJob);
    auto *connection = m_session->connection();
    if (!connection || subscriptionId.isEmpty()) {
        return;
    }
    m_groupsJob = connection->arm().listResourceGroups(subscriptionId);
    connect(m_groupsJob, &Azure::PagerJob::finished, this, [this](const Azure::JsonArrayResult &result) {
        m_groupsJob = nullptr;
        setBusy(false);
        if (!result) {
            m_error->setError(explainedError(result.error()));
            return;
        }
        QList<std::pair<QString, QString>> items;
        for (const auto &value : result.value()) {
            const QString name = value.toObject().value(QLatin1String("name")).toString();
            items.append({name, name});
        }
        m_group->setItems(items);
    });
    m_groupsJob->start();
    setBusy(true);
}

void ManageTargetPage::showCurrent()
{
    stop(m_read);
    m_error->setError(std::nullopt);
    auto *connection = m_session->connection();
    if (!connection) {
        return;
    }
    if (m_session->side() == ManageSession::Side::Isv) {
        m_read = Azure::StorageAccountClient(connection->pipeline())
                     .getAccount(m_subscription->currentValue(), m_group->currentValue(), m_account->text().trimmed());
        connect(m_read, &Azure::RestJob::finished, this, &ManageTargetPage::readAccount);
    } else {
        m_read = connection->keyVault(QUrl(m_vault->text().trimmed())).getKey(m_key->text().trimmed());
        connect(m_read, &Azure::RestJob::finished, this, &ManageTargetPage::readKey);
    }
    m_current->setText(tr("Reading…"));
    m_read->start();
    setBusy(true);
}

void ManageTargetPage::readAccount(const Azure::RestResult &result)
{
    m_read = nullptr;
    setBusy(false);
    const Azure::StorageAccountResult info =
        result ? Azure::StorageAccountInfo::fromJson(result.value().json) : Azure::StorageAccountResult(result.error());
    if (!info) {
        m_error->setError(explainedError(info.error()));
        m_current->setText(tr("Could not be read; see above."));
        return;
    }
    const Azure::StorageAccountInfo &account = info.value();
    m_currentKeyVersion = account.currentKeyVersion();
    if (!account.usesCustomerKey()) {
        m_current->setText(tr("%1 is encrypted with Microsoft-managed keys.").arg(account.name));
        return;
    }
    QString keyUri = account.keyVaultUri;
    if (!keyUri.endsWith(u'/')) {
        keyUri += u'/';
    }
    keyUri += QStringLiteral("keys/") + account.keyName;
    m_current->setText(
        tr("%1 is encrypted with the customer's key.\nKey URI: %2\nVersion: %3\nCurrent versioned key: %4\n"
           "Last rotation: %5\nIdentity: %6\nApplication (federated client) id: %7")
            .arg(account.name, keyUri,
                 account.keyVersion.isEmpty() ? tr("follows the newest version")
                                              : tr("pinned to %1").arg(account.keyVersion),
                 account.currentVersionedKeyIdentifier,
                 account.lastKeyRotationTimestamp.isEmpty() ? tr("none yet") : account.lastKeyRotationTimestamp,
                 account.encryptionIdentity, account.federatedIdentityClientId));
}

void ManageTargetPage::readKey(const Azure::RestResult &result)
{
    m_read = nullptr;
    setBusy(false);
    if (!result) {
        m_error->setError(explainedError(result.error()));
        m_current->setText(tr("Could not be read; see above."));
        return;
    }
    const QJsonObject json = result.value().json;
    const QString kid = json.value(QLatin1String("key")).toObject().value(QLatin1String("kid")).toString();
    const QJsonObject attributes = json.value(QLatin1String("attributes")).toObject();
    const bool enabled = attributes.value(QLatin1String("enabled")).toBool(true);
    m_current->setText(tr("Current version: %1\nState: %2")
                           .arg(kid, enabled ? tr("enabled") : tr("disabled: accounts using it cannot read data")));
}

void ManageTargetPage::requestAction(const QString &action)
{
    // Pinning keeps the version the account uses now (read by Show current state; else the plan reads it).
    m_session->setInput(ContextField::KeyVersion,
                        action == Wizard::Manage::kPinKeyVersion ? m_currentKeyVersion : QString());
    m_session->setAction(action);
    Wizard::Plan *plan = m_session->rebuildPlan();
    auto *box =
        new QMessageBox(QMessageBox::Warning, labelOf(action).remove(u'&'), tr("%1\n\nContinue?").arg(effectOf(action)),
                        QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmActionMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Ok)->setText(labelOf(action));
    box->button(QMessageBox::Ok)->setObjectName(QStringLiteral("confirmActionButton"));
    box->button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelActionButton"));
    if (plan) {
        box->setDetailedText(tr("Equivalent Azure CLI:\n%1").arg(Wizard::Manage::equivalentScript(*plan)));
    }
    connect(box, &QMessageBox::finished, this, [this, action](int result) {
        if (result == QMessageBox::Ok) {
            confirmed(action);
        }
    });
    box->open();
}

void ManageTargetPage::confirmed(const QString &action)
{
    m_session->setAction(action);
    m_session->rebuildPlan();
    m_confirmed = true;
    Q_EMIT completeChanged();
    wizard()->next();
}

void ManageTargetPage::setBusy(bool busy)
{
    m_busy->setVisible(busy || m_subscriptionsJob || m_groupsJob || m_read);
}

void ManageTargetPage::updateTarget()
{
    const bool isv = m_session->side() == ManageSession::Side::Isv;
    if (isv) {
        m_session->setInput(ContextField::SubscriptionId, m_subscription->currentValue());
        m_session->setInput(ContextField::ResourceGroup, m_group->currentValue());
        m_session->setInput(ContextField::StorageAccountName, m_account->text().trimmed());
    } else {
        m_session->setInput(ContextField::VaultUri, m_vault->text().trimmed());
        m_session->setInput(ContextField::KeyName, m_key->text().trimmed());
    }
    const bool ready = isv ? !m_subscription->currentValue().isEmpty() && !m_group->currentValue().isEmpty() &&
                                 !m_account->text().trimmed().isEmpty()
                           : !m_vault->text().trimmed().isEmpty() && !m_key->text().trimmed().isEmpty();
    m_show->setEnabled(ready);
    for (QPushButton *button : std::as_const(m_actions)) {
        button->setEnabled(ready);
    }
}

} // namespace CrossKey::Ui
