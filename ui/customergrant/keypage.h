// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace CrossKey::Ui {

class CustomerGrantSession;

// Page 6: the key — its name (an existing key of that name in the vault is reused, if usable), RSA size (2048,
// 3072 or 4096) and an optional expiry, each checked by VaultNames before anything is sent.
class KeyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyPage)

public:
    explicit KeyPage(CustomerGrantSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;

private:
    void updateState();

    CustomerGrantSession *m_session;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QComboBox *m_size;
    QLineEdit *m_expiry;
    QLabel *m_expiryMessage;
    bool m_valid = false;
};

} // namespace CrossKey::Ui
