// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/pagerjob.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace CrossKey::Ui {

class FlowSession;
class RetryBanner;
class SearchableComboBox;

// Page 2: the subscription, the resource group (existing, or a new name checked by Azure's rules) and the
// region, from live lists loaded in the background. Writes SubscriptionId, ResourceGroup and Location.
class ScopePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopePage)

public:
    explicit ScopePage(FlowSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

public Q_SLOTS:
    void reload();

private:
    void loadSubscriptions();
    void loadSubscriptionLists(const QString &subscriptionId);
    void readSubscriptions(const Azure::JsonArrayResult &result);
    void readGroups(const Azure::JsonArrayResult &result);
    void readLocations(const Azure::JsonArrayResult &result);
    void showError(const Azure::AzureError &error);
    void updateBusy();
    void updateGroup();
    void updateLocation();

    FlowSession *m_session;
    RetryBanner *m_error;
    QProgressBar *m_busy;
    QLabel *m_loading;
    SearchableComboBox *m_subscription;
    SearchableComboBox *m_group;
    QLabel *m_groupMessage;
    SearchableComboBox *m_location;
    QHash<QString, QString> m_groupLocations; // lower-case name → location
    QPointer<Azure::PagerJob> m_subscriptionsJob;
    QPointer<Azure::PagerJob> m_groupsJob;
    QPointer<Azure::PagerJob> m_locationsJob;
    QString m_loadedFor; // the connection's tenant the subscriptions were loaded for
    bool m_groupValid = false;
};

} // namespace CrossKey::Ui
