// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace CrossKey::Ui {

class ErrorBanner;
class IsvBindSession;

// Page 1: the customer's key grant, opened from its file or pasted from the customer's message, read strictly
// (KeyGrant::load / fromText) and shown for review: cloud, customer tenant, vault, key, version, app. A malformed
// grant is refused with the reason in the banner. Sets the session's grant.
class KeyGrantPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyGrantPage)

public:
    explicit KeyGrantPage(IsvBindSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;

public Q_SLOTS:
    void chooseFile();
    void loadFile(const QString &path);
    void readPasted();

private:
    void showGrant(const QString &source);

    IsvBindSession *m_session;
    ErrorBanner *m_error;
    QPushButton *m_open;
    QPlainTextEdit *m_text;
    QPushButton *m_read;
    QLabel *m_review;
};

} // namespace CrossKey::Ui
