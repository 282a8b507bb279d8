// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customergrant/vaultpage.h"

#include "azure/keyvaultmanagementclient.h"
#include "azure/tenantconnection.h"
#include "ui/customergrant/customergrantsession.h"
#include "ui/flow/pagewidgets.h"
#include "ui/flow/retrybanner.h"
#include "wizard/ensurevaultstep.h"
#include "wizard/vaultnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QVBoxLayout>

namespace CrossKey::Ui {

using Wizard::ContextField;

VaultPage::VaultPage(CustomerGrantSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_error(new RetryBanner(this))
    , m_existing(new QRadioButton(tr("Use an &existing vault"), this))
    , m_vaults(new QComboBox(this))
    , m_properties(PageWidgets::fieldMessage(QStringLiteral("vaultPropertiesLabel"), tr("Vault properties"), this))
    , m_enablePurge(new QCheckBox(tr("Turn &purge protection on (this cannot be undone)"), this))
    , m_create(new QRadioButton(tr("&Create a new vault"), this))
    , m_name(new QLineEdit(this))
    , m_nameMessage(PageWidgets::fieldMessage(QStringLiteral("vaultNameMessageLabel"), tr("About the name"), this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("vaultsBusyBar"), tr("Loading vaults"), this))
{
    setObjectName(QStringLiteral("vaultPage"));
    setTitle(tr("Key Vault"));
    setSubTitle(tr("The vault holds the key. It needs soft delete and purge protection, so the key cannot be lost "
                   "while the ISV's storage depends on it."));
    m_error->setObjectName(QStringLiteral("vaultRetryBanner"));
    m_existing->setObjectName(QStringLiteral("existingVaultRadioButton"));
    m_existing->setAccessibleName(tr("Use an existing vault"));
    m_vaults->setObjectName(QStringLiteral("vaultComboBox"));
    m_vaults->setAccessibleName(tr("Existing vault"));
    m_enablePurge->setObjectName(QStringLiteral("enablePurgeProtectionCheckBox"));
    m_enablePurge->setAccessibleName(tr("Turn purge protection on; cannot be undone"));
    m_create->setObjectName(QStringLiteral("createVaultRadioButton"));
    m_create->setAccessibleName(tr("Create a new vault"));
    m_create->setChecked(true);
    m_name->setObjectName(QStringLiteral("vaultNameLineEdit"));
    m_name->setAccessibleName(tr("New vault name"));
    m_name->setPlaceholderText(tr("3–24 letters, digits and hyphens, globally unique"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_create);
    auto *createForm = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Vault &name:"), this);
    nameLabel->setBuddy(m_name);
    createForm->addRow(nameLabel, m_name);
    createForm->addRow(QString(), m_nameMessage);
    layout->addLayout(createForm);
    layout->addWidget(m_existing);
    auto *existingForm = new QFormLayout;
    auto *vaultLabel = new QLabel(tr("&Vault:"), this);
    vaultLabel->setBuddy(m_vaults);
    existingForm->addRow(vaultLabel, m_vaults);
    existingForm->addRow(QString(), m_properties);
    existingForm->addRow(QString(), m_enablePurge);
    layout->addLayout(existingForm);
    layout->addStretch(1);
    setTabOrder(m_create, m_name);
    setTabOrder(m_name, m_nameMessage);
    setTabOrder(m_nameMessage, m_existing);
    setTabOrder(m_existing, m_vaults);
    setTabOrder(m_vaults, m_properties);
    setTabOrder(m_properties, m_enablePurge);

    connect(m_error, &RetryBanner::retryRequested, this, &VaultPage::reload);
    connect(m_existing, &QRadioButton::toggled, this, &VaultPage::updateState);
    connect(m_vaults, &QComboBox::currentIndexChanged, this, &VaultPage::updateState);
    connect(m_enablePurge, &QCheckBox::toggled, this, &VaultPage::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &VaultPage::updateState);
}

VaultPage::~VaultPage()
{
    PageWidgets::stop(m_job);
}

void VaultPage::initializePage()
{
    if (m_name->text().isEmpty()) {
        m_name->setText(QStringLiteral("kv-crosskey-cmk"));
    }
    reload();
}

void VaultPage::cleanupPage()
{
    PageWidgets::stop(m_job);
}

bool VaultPage::isComplete() const
{
    return m_valid && !m_job;
}

void VaultPage::reload()
{
    PageWidgets::stop(m_job);
    m_error->setError(std::nullopt);
    const Wizard::RunContext &inputs = m_session->inputs();
    Azure::TenantConnection *connection = m_session->connection();
    if (!connection || !inputs.subscriptionId || !inputs.resourceGroup) {
        updateState();
        return;
    }
    m_busy->setVisible(true);
    m_job = Azure::KeyVaultManagementClient(connection->pipeline())
                .listVaults(*inputs.subscriptionId, *inputs.resourceGroup);
    connect(m_job, &Azure::PagerJob::finished, this, &VaultPage::readVaults);
    m_job->start();
    updateState();
}

void VaultPage::readVaults(const Azure::JsonArrayResult &result)
{
    m_job = nullptr;
    m_busy->setVisible(false);
    const QString current = m_vaults->currentText();
    m_found.clear();
    m_vaults->clear();
    if (!result) {
        // A group that does not exist yet, or a subscription where Microsoft.KeyVault is not registered yet (the
        // run does both), has no vaults; anything else is shown.
        if (result.error().httpStatus() != 404 &&
            result.error().code() != QLatin1String("MissingSubscriptionRegistration")) {
            m_error->setError(result.error());
        }
    } else {
        for (const QJsonValue &item : result.value()) {
            const Azure::Result<Azure::KeyVaultInfo> vault = Azure::KeyVaultInfo::fromJson(item.toObject());
            if (vault) {
                m_found.append(vault.value());
                m_vaults->addItem(vault.value().name);
            }
        }
    }
    m_vaults->setCurrentIndex(qMax(0, m_vaults->findText(current)));
    updateState();
}

void VaultPage::updateState()
{
    const bool haveExisting = !m_found.isEmpty();
    m_existing->setEnabled(haveExisting);
    if (!haveExisting && m_existing->isChecked()) {
        m_create->setChecked(true);
    }
    const bool existing = m_existing->isChecked();
    m_vaults->setEnabled(existing);
    m_name->setEnabled(!existing);
    QString name;
    if (existing) {
        const int index = m_vaults->currentIndex();
        const Azure::KeyVaultInfo *vault = index >= 0 && index < m_found.size() ? &m_found.at(index) : nullptr;
        const bool needsPurge = vault && !(vault->enablePurgeProtection && vault->enableSoftDelete);
        m_properties->setText(vault ? Wizard::EnsureVaultStep::describe(*vault).join(QLatin1Char('\n')) : QString());
        m_enablePurge->setVisible(needsPurge);
        m_valid = vault && (!needsPurge || m_enablePurge->isChecked());
        name = vault ? vault->name : QString();
        m_nameMessage->clear();
    } else {
        m_properties->setText(haveExisting ? QString() : tr("The resource group has no vault yet."));
        m_enablePurge->setVisible(false);
        const QString typed = m_name->text().trimmed();
        const Azure::Result<void> check = Wizard::VaultNames::checkVaultName(typed);
        m_valid = bool(check);
        m_nameMessage->setText(check ? tr("A new vault: Azure RBAC permissions, soft delete (90 days) and purge "
                                          "protection on. An existing vault of this name is reused.")
                                     : check.error().message());
        name = typed;
    }
    m_session->setInput(ContextField::VaultName, m_valid ? name : QString());
    Q_EMIT completeChanged();
}

} // namespace CrossKey::Ui
