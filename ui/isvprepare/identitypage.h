// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/pagerjob.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QRadioButton;

namespace CrossKey::Ui {

class IsvPrepareSession;
class RetryBanner;

// Page 4: a new user-assigned managed identity (name checked by Azure's rules) or one that already exists in
// the chosen resource group. Writes IdentityName.
class IdentityPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityPage)

public:
    explicit IdentityPage(IsvPrepareSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

public Q_SLOTS:
    void reload();

private:
    void readIdentities(const Azure::JsonArrayResult &result);
    void update();

    IsvPrepareSession *m_session;
    RetryBanner *m_error;
    QRadioButton *m_new;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QRadioButton *m_existing;
    QProgressBar *m_busy;
    QLabel *m_listNote;
    QListWidget *m_identities;
    QPointer<Azure::PagerJob> m_job;
    bool m_complete = false;
};

} // namespace CrossKey::Ui
