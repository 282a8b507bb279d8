// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/pagerjob.h"
#include "wizard/bindidentityresolver.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace CrossKey::Ui {

class IsvBindSession;
class RetryBanner;
class SearchableComboBox;

// Page 3: where the storage account is — subscription, resource group, the account's name (an existing account,
// or a new one created in the chosen region; Azure's rule: 3–24 lower-case letters and digits) — the managed
// identity (by default the one the app's federated credential names, found by BindIdentityResolver) and whether
// Storage follows the key's newest version or pins the current one.
class AccountPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    explicit AccountPage(IsvBindSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Azure's storage account name rule; an empty string when `name` follows it, else what is wrong.
    static QString checkAccountName(const QString &name);

public Q_SLOTS:
    void reload();

private:
    void loadLists(const QString &subscriptionId);
    void resolveIdentity();
    void readIdentity(const Wizard::StepOutcome &outcome);
    void showError(const Azure::AzureError &error);
    void updateBusy();
    void updateAccount();
    void updateIdentity();

    IsvBindSession *m_session;
    RetryBanner *m_error;
    QProgressBar *m_busy;
    QLabel *m_loading;
    SearchableComboBox *m_subscription;
    SearchableComboBox *m_group;
    QLineEdit *m_account;
    QLabel *m_accountMessage;
    SearchableComboBox *m_location;
    QLineEdit *m_identity;
    QLabel *m_identityMessage;
    QCheckBox *m_pin;
    QPointer<Azure::PagerJob> m_subscriptionsJob;
    QPointer<Azure::PagerJob> m_groupsJob;
    QPointer<Azure::PagerJob> m_locationsJob;
    QPointer<Wizard::BindIdentityResolver> m_resolver;
    QString m_loadedFor;
    QString m_resolvedFor;
    QString m_pinDefaultFor; // the grant's key the pin choice was last defaulted from
};

} // namespace CrossKey::Ui
