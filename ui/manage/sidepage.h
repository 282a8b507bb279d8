// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QRadioButton;

namespace CrossKey::Ui {

class ManageSession;

// Manage, page 1: which side is managed — the ISV's storage account (its encryption) or the customer's key.
class SidePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidePage)

public:
    explicit SidePage(ManageSession *session, QWidget *parent = nullptr);

    bool validatePage() override;

private:
    ManageSession *m_session;
    QRadioButton *m_isv;
    QRadioButton *m_customer;
};

} // namespace CrossKey::Ui
