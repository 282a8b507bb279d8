// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/devicecodeprompt.h"
#include "azure/result.h"
#include "azure/signinrequest.h"
#include "azure/signinservice.h"
#include "azure/tokenresponse.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace CrossKey::Azure {

class AccessTokenJob;
class AccountSession;
class BrowserSignInJob;
class DeviceCodeSignInJob;
class TokenStoreJob;

using SessionResult = Result<AccountSession *>;

// SignInOperation is one sign-in or restore that SignInService hands out: the browser or device code job, the
// session built from its tokens, and the wait for the account to be saved; or, for a restore, the index and
// store look-up and one token request that proves the saved sign-in still works. It finishes exactly once —
// with the session (owned by the registry), an error, or Cancelled — after start() returned, then deletes
// itself.
class SignInOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInOperation)

public:
    enum class Kind
    {
        Browser,
        DeviceCode,
        Restore,
    };
    Q_ENUM(Kind)

    ~SignInOperation() override;

    Kind kind() const { return m_kind; }
    const SignInRequest &request() const { return m_request; }

    void start();
    void cancel();

Q_SIGNALS:
    // Device code sign-in: show the code and the page to the user.
    void deviceCodeReady(const CrossKey::Azure::DeviceCodePrompt &prompt);
    // Browser sign-in: the page was handed to the browser (the UI may offer the link to copy).
    void browserOpened(const QUrl &authorizeUrl);
    // A restore found a saved account and is checking it (the username, for "Signing in as …").
    void accountFound(const QString &username);
    void finished(const CrossKey::Azure::SessionResult &result);

private:
    friend class SignInService;
    SignInOperation(SignInService *service, Kind kind, SignInRequest request);

    void startSignIn();
    void adoptTokens(const TokenResult &tokens);
    void startRestore();
    void checkRestored(AccountSession *session);
    void finish(const SessionResult &result);
    void finishLater(const SessionResult &result);

    QPointer<SignInService> m_service;
    Kind m_kind;
    SignInRequest m_request;
    QPointer<BrowserSignInJob> m_browserJob;
    QPointer<DeviceCodeSignInJob> m_deviceJob;
    QPointer<TokenStoreJob> m_storeJob;
    QPointer<AccessTokenJob> m_tokenJob;
    QPointer<AccountSession> m_pending; // built, not yet handed to the registry
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::SessionResult)
