// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/keygrant.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace CrossKey::Ui {

class CustomerGrantSession;
class ErrorBanner;

// Page 9: the key grant to send the ISV (Wizard::KeyGrant from the finished run): the vault URI, key name,
// customer tenant id and app id, optionally the key's version pinned; "Save key grant…" and "Copy as text".
class KeyGrantResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyGrantResultPage)

public:
    explicit KeyGrantResultPage(CustomerGrantSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    const std::optional<Wizard::KeyGrant> &keyGrant() const { return m_grant; }

public Q_SLOTS:
    void save();
    void saveTo(const QString &path);
    void copyText();

private:
    void rebuild();
    QLineEdit *field(const char *objectName, const QString &accessibleName);

    CustomerGrantSession *m_session;
    ErrorBanner *m_error;
    QLineEdit *m_vaultUri;
    QLineEdit *m_keyName;
    QLineEdit *m_tenantId;
    QLineEdit *m_appId;
    QLineEdit *m_version;
    QCheckBox *m_pin;
    QPushButton *m_save;
    QPushButton *m_copy;
    QLabel *m_status;
    QPlainTextEdit *m_text;
    std::optional<Wizard::KeyGrant> m_grant;
};

} // namespace CrossKey::Ui
