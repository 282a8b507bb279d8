// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/invitation.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace CrossKey::Ui {

class ErrorBanner;
class IsvPrepareSession;

// Page 7: the invitation the run produced — app name, app (client) id, ISV tenant id, admin-consent link and
// what the customer will be asked to do — saved as a JSON file or copied as text for mail.
class InvitationPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationPage)

public:
    explicit InvitationPage(IsvPrepareSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    std::optional<Wizard::Invitation> invitation() const { return m_invitation; }

public Q_SLOTS:
    // Opens a save dialog (window-modal, never a nested event loop); saveTo() writes the file.
    void save();
    void saveTo(const QString &path);
    void copyText();

private:
    IsvPrepareSession *m_session;
    ErrorBanner *m_error;
    QLineEdit *m_appName;
    QLineEdit *m_appId;
    QLineEdit *m_tenantId;
    QLineEdit *m_consentUrl;
    QPlainTextEdit *m_text;
    QPushButton *m_save;
    QPushButton *m_copy;
    QLabel *m_status;
    std::optional<Wizard::Invitation> m_invitation;
};

} // namespace CrossKey::Ui
