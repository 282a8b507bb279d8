// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/pagerjob.h"
#include "azure/restjob.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace CrossKey::Ui {

class ManageSession;
class RetryBanner;
class SearchableComboBox;

// Manage, page 3: the target and its current state, and one button per Manage action. ISV side: subscription,
// group and storage account, with the account's encryption (key URI, followed or pinned, current versioned key,
// last rotation, identity, app id). Customer side: the vault and key, with the key's current version and state.
// Each action asks for confirmation in a dialog that spells out its effect (and shows its Azure CLI); confirmed,
// the page goes on to the shared run page.
class ManageTargetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManageTargetPage)

public:
    explicit ManageTargetPage(ManageSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QPushButton *actionButton(const QString &action) const { return m_actions.value(action); }
    // What the action does, as the confirmation says it.
    static QString effectOf(const QString &action);
    static QString labelOf(const QString &action);

public Q_SLOTS:
    void showCurrent();
    void requestAction(const QString &action);

private:
    void loadSubscriptions();
    void loadGroups(const QString &subscriptionId);
    void readAccount(const Azure::RestResult &result);
    void readKey(const Azure::RestResult &result);
    void setBusy(bool busy);
    void updateTarget();
    void confirmed(const QString &action);

    ManageSession *m_session;
    RetryBanner *m_error;
    QProgressBar *m_busy;
    QGroupBox *m_isvBox;
    SearchableComboBox *m_subscription;
    SearchableComboBox *m_group;
    QLineEdit *m_account;
    QGroupBox *m_customerBox;
    QLineEdit *m_vault;
    QLineEdit *m_key;
    QPushButton *m_show;
    QLabel *m_current;
    QHash<QString, QPushButton *> m_actions;
    QPointer<Azure::PagerJob> m_subscriptionsJob;
    QPointer<Azure::PagerJob> m_groupsJob;
    QPointer<Azure::RestJob> m_read;
    QString m_currentKeyVersion;
    QString m_loadedFor;
    bool m_confirmed = false;
};

} // namespace CrossKey::Ui
