// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnose/diagnoseinputpage.h"

#include "ui/diagnose/diagnosesession.h"
#include "ui/diagnose/explainerrorbox.h"
#include "ui/flow/pagewidgets.h"
#include "wizard/diagnosis.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace CrossKey::Ui {

DiagnoseInputPage::DiagnoseInputPage(DiagnoseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_subscriptionLabel(new QLabel(tr("&Subscription id:"), this))
    , m_subscription(new QLineEdit(this))
    , m_message(PageWidgets::fieldMessage(QStringLiteral("targetMessageLabel"), tr("About the target"), this))
    , m_isv(new QCheckBox(tr("Sign in to the &ISV tenant (app, identity, storage account)"), this))
    , m_customer(new QCheckBox(tr("Sign in to the &customer tenant (service principal, vault, key)"), this))
    , m_explain(new ExplainErrorBox(this))
{
    setObjectName(QStringLiteral("diagnoseInputPage"));
    setTitle(tr("What to diagnose"));
    setSubTitle(tr("Diagnose only reads: it never changes anything in either tenant. Give one end of the chain "
                   "and sign in to the tenants you can reach; the other side's checks are marked not checked."));

    m_kind->setObjectName(QStringLiteral("targetKindComboBox"));
    m_kind->setAccessibleName(tr("What to diagnose"));
    m_kind->addItem(tr("Storage account (resource id)"), StorageAccountId);
    m_kind->addItem(tr("Storage account (name and subscription)"), StorageAccountName);
    m_kind->addItem(tr("App (client) id"), AppId);
    m_kind->addItem(tr("Key URI"), KeyUri);
    m_value->setObjectName(QStringLiteral("targetLineEdit"));
    m_value->setAccessibleName(tr("Target"));
    m_value->setClearButtonEnabled(true);
    m_subscription->setObjectName(QStringLiteral("subscriptionLineEdit"));
    m_subscription->setAccessibleName(tr("Subscription id"));
    m_subscriptionLabel->setBuddy(m_subscription);
    m_isv->setObjectName(QStringLiteral("isvTenantCheckBox"));
    m_isv->setAccessibleName(tr("Sign in to the ISV tenant"));
    m_isv->setChecked(true);
    m_customer->setObjectName(QStringLiteral("customerTenantCheckBox"));
    m_customer->setAccessibleName(tr("Sign in to the customer tenant"));
    m_customer->setChecked(true);

    auto *kindLabel = new QLabel(tr("&Diagnose:"), this);
    kindLabel->setBuddy(m_kind);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    auto *form = new QFormLayout;
    form->addRow(kindLabel, m_kind);
    form->addRow(valueLabel, m_value);
    form->addRow(m_subscriptionLabel, m_subscription);
    form->addRow(QString(), m_message);
    auto *tenants = new QGroupBox(tr("Tenants to sign in to"), this);
    auto *tenantLayout = new QVBoxLayout(tenants);
    tenantLayout->addWidget(m_isv);
    tenantLayout->addWidget(m_customer);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tenants);
    layout->addWidget(m_explain, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DiagnoseInputPage::updateState);
    connect(m_value, &QLineEdit::textChanged, this, &DiagnoseInputPage::updateState);
    connect(m_subscription, &QLineEdit::textChanged, this, &DiagnoseInputPage::updateState);
    connect(m_isv, &QCheckBox::toggled, this, &DiagnoseInputPage::updateState);
    connect(m_customer, &QCheckBox::toggled, this, &DiagnoseInputPage::updateState);
    updateState();
}

void DiagnoseInputPage::setTarget(Kind kind, const QString &value, const QString &subscriptionId)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_value->setText(value);
    m_subscription->setText(subscriptionId);
}

void DiagnoseInputPage::setTenants(bool isv, bool customer)
{
    m_isv->setChecked(isv);
    m_customer->setChecked(customer);
}

bool DiagnoseInputPage::isComplete() const
{
    const auto kind = Kind(m_kind->currentData().toInt());
    const QString value = m_value->text().trimmed();
    if (value.isEmpty() || (!m_isv->isChecked() && !m_customer->isChecked())) {
        return false;
    }
    if (kind == StorageAccountName && m_subscription->text().trimmed().isEmpty()) {
        return false;
    }
    if (kind == StorageAccountId) {
        return value.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive) &&
               value.contains(QLatin1String("/storageAccounts/"), Qt::CaseInsensitive);
    }
    if (kind == KeyUri) {
        QString vault;
        QString key;
        QString version;
        return Wizard::Diagnosis::splitKeyUri(value, &vault, &key, &version);
    }
    return true;
}

bool DiagnoseInputPage::validatePage()
{
    Wizard::DiagnoseInput target;
    const QString value = m_value->text().trimmed();
    switch (Kind(m_kind->currentData().toInt())) {
    case StorageAccountId:
        target.storageAccountId = value;
        break;
    case StorageAccountName:
        target.storageAccountName = value;
        target.subscriptionId = m_subscription->text().trimmed();
        break;
    case AppId:
        target.appId = value;
        break;
    case KeyUri:
        target.keyUri = value;
        break;
    }
    m_session->setTarget(target);
    m_session->setWantedTenants(m_isv->isChecked(), m_customer->isChecked());
    return true;
}

void DiagnoseInputPage::updateState()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    const bool byName = kind == StorageAccountName;
    m_subscriptionLabel->setVisible(byName);
    m_subscription->setVisible(byName);
    switch (kind) {
    case StorageAccountId:
        m_value->setPlaceholderText(
            tr("/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…"));
        break;
    case StorageAccountName:
        m_value->setPlaceholderText(tr("Storage account name"));
        break;
    case AppId:
        m_value->setPlaceholderText(tr("00000000-0000-0000-0000-000000000000"));
        break;
    case KeyUri:
        m_value->setPlaceholderText(tr("https://{vault}.vault.azure.net/keys/{key}[/{version}]"));
        break;
    }
    QString message;
    if (!m_isv->isChecked() && !m_customer->isChecked()) {
        message = tr("Choose at least one tenant to sign in to.");
    } else if (!m_value->text().trimmed().isEmpty() && !isComplete()) {
        message = kind == KeyUri             ? tr("This is not a key URI.")
                  : kind == StorageAccountId ? tr("This is not a storage account resource id.")
                                             : tr("Enter the subscription id too.");
    } else if (!m_isv->isChecked()) {
        message = tr("Without the ISV tenant, the app, identity and storage account are not checked.");
    } else if (!m_customer->isChecked()) {
        message = tr("Without the customer tenant, the service principal, vault and key are not checked.");
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
