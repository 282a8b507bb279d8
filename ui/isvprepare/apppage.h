// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/pagerjob.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QRadioButton;

namespace CrossKey::Ui {

class IsvPrepareSession;
class RetryBanner;

// Page 3: a new multitenant app (name checked by Azure's rules) or an existing app of the tenant, picked from a
// searchable list. A single-tenant app is offered to be made multitenant, with what that changes. Writes AppName,
// and AppId for an existing app.
class AppPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPage)

public:
    explicit AppPage(IsvPrepareSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

public Q_SLOTS:
    void reload();

private:
    void readApps(const Azure::JsonArrayResult &result);
    void filter();
    void update();

    IsvPrepareSession *m_session;
    QRadioButton *m_new;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QRadioButton *m_existing;
    QLineEdit *m_search;
    QProgressBar *m_busy;
    QListWidget *m_apps;
    QCheckBox *m_makeMultitenant;
    QLabel *m_multitenantNote;
    RetryBanner *m_error;
    QPointer<Azure::PagerJob> m_job;
    QString m_loadedFor;
    bool m_complete = false;
};

} // namespace CrossKey::Ui
