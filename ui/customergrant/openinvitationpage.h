// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace CrossKey::Ui {

class CustomerGrantSession;
class ErrorBanner;

// Page 1: the ISV's invitation, from a file or pasted (the mail's text or the bare JSON), read strictly
// (Wizard::Invitation): a tampered or malformed one is refused with the reason and Next stays disabled. A good
// one is shown for review — who asks, the app id, their tenant — before anything is signed in to.
class OpenInvitationPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenInvitationPage)

public:
    explicit OpenInvitationPage(CustomerGrantSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;

public Q_SLOTS:
    void openFile();
    // Reads the text in the paste box.
    void readPasted();
    void readFile(const QString &path);

private:
    void show(const QString &source);

    CustomerGrantSession *m_session;
    ErrorBanner *m_error;
    QPushButton *m_open;
    QPlainTextEdit *m_paste;
    QPushButton *m_read;
    QLabel *m_review;
};

} // namespace CrossKey::Ui
