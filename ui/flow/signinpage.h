// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/devicecodeprompt.h"
#include "azure/signinoperation.h"

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace CrossKey::Azure {
class AccountSession;
class CloudResolveJob;
class SignInService;
} // namespace CrossKey::Azure

namespace CrossKey::Ui {

class ErrorBanner;
class FlowSession;

// The sign-in page every flow shares: which tenant it is (title and explanation) is the flow's. The cloud (public, US
// Government, China, or a Resource Manager URL such as the sandbox's), the tenant (optional), and the method: the
// browser, or a device code shown large with its page, both cancellable. Shows who is signed in where, and offers to
// switch account. Sets the session's connection. The flow may preset the tenant field (setTenant).
class SignInPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPage)

public:
    SignInPage(FlowSession *session, const QString &title, const QString &subTitle, QWidget *parent = nullptr);

    // Null until the app's services are ready (the keychain may take a moment); sign-in waits for it.
    void setSignInService(Azure::SignInService *service);
    // Adds a cloud choice for a Resource Manager URL (the sandbox) and selects it.
    void presetCloud(const QString &label, const QUrl &resourceManager);
    // Selects a built-in cloud by name, or "Other cloud" with this Resource Manager URL.
    void selectCloud(const QString &nameOrUrl);

    // Prefills the optional tenant field (a domain or id), e.g. the customer tenant.
    void setTenant(const QString &tenant);

    bool isComplete() const override;

public Q_SLOTS:
    void signIn();
    void switchAccount();
    void cancelSignIn();
    void copyCode();

private:
    void startSignIn(const QString &prompt);
    // Quietly reuses the sign-in saved for the chosen cloud by an earlier run, if there is one.
    void restoreSaved();
    void readCloud(const Azure::CloudResult &result);
    void showDeviceCode(const Azure::DeviceCodePrompt &prompt);
    void showBrowserOpened(const QUrl &url);
    void readSession(const Azure::SessionResult &result);
    void updateState();
    QString cloudText() const;

    FlowSession *m_session;
    QPointer<Azure::SignInService> m_service;
    ErrorBanner *m_error;
    QComboBox *m_cloud;
    QLineEdit *m_customCloud;
    QLineEdit *m_tenant;
    QRadioButton *m_browser;
    QRadioButton *m_deviceCode;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_progress;
    QGroupBox *m_codeBox;
    QLabel *m_code;
    QLabel *m_codeUrl;
    QPushButton *m_copyCode;
    QLabel *m_account;
    QPushButton *m_switch;
    QPointer<Azure::CloudResolveJob> m_resolve;
    QPointer<Azure::SignInOperation> m_operation;
    QPointer<Azure::AccountSession> m_signedIn;
    QString m_prompt;
    bool m_restoring = false;
    bool m_restoreTried = false;
};

} // namespace CrossKey::Ui
