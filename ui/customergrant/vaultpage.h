// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/keyvaultinfo.h"
#include "azure/pagerjob.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace CrossKey::Ui {

class CustomerGrantSession;
class RetryBanner;

// Page 5: the Key Vault. Pick one of the resource group's vaults — its soft delete, purge protection and permission
// model shown (EnsureVaultStep::describe); one without purge protection needs the user's consent to turn it on,
// which cannot be undone — or create one (RBAC, purge protection on), its name checked by VaultNames.
class VaultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultPage)

public:
    explicit VaultPage(CustomerGrantSession *session, QWidget *parent = nullptr);
    ~VaultPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

public Q_SLOTS:
    void reload();

private:
    void readVaults(const Azure::JsonArrayResult &result);
    void updateState();

    CustomerGrantSession *m_session;
    RetryBanner *m_error;
    QRadioButton *m_existing;
    QComboBox *m_vaults;
    QLabel *m_properties;
    QCheckBox *m_enablePurge;
    QRadioButton *m_create;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QProgressBar *m_busy;
    QList<Azure::KeyVaultInfo> m_found;
    QPointer<Azure::PagerJob> m_job;
    bool m_valid = false;
};

} // namespace CrossKey::Ui
