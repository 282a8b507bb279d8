// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/loopbackredirect.h"
#include "azure/signinrequest.h"
#include "azure/tokenresponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <chrono>

class QNetworkAccessManager;

namespace CrossKey::Azure {

class AuthorizationCodeFlow;
class IdentityRequestJob;
class LoopbackReplyHandler;
class UrlOpener;

// BrowserSignInJob owns one interactive sign-in (CONTRACTS.md §1.2, §1.3): authorization code with PKCE (S256)
// and a random `state`, the authorize page opened through the injected UrlOpener, the redirect received on a
// loopback listener (127.0.0.1, free port) that tells the browser it may close the window, and the code
// redeemed by our own token request. Qt NetworkAuth builds the URL and runs the listener; the rest is ours
// (docs/azure.md). A redirect with the wrong state is refused and its code never redeemed; requests to the
// listener without a code or an error (favicon, scanners) are ignored. Finishes exactly once — with the
// tokens, an error, Timeout or Cancelled — and deletes itself.
class BrowserSignInJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignInJob)

public:
    BrowserSignInJob(QNetworkAccessManager *network, UrlOpener *opener, SignInRequest request,
                     QObject *parent = nullptr);
    ~BrowserSignInJob() override;

    // How long the user has to finish in the browser; 5 minutes by default.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRedirectHost(LoopbackRedirect::Host host) { m_redirectHost = host; }

    void start();
    void cancel();

    // The loopback redirect URI once started (http://localhost:PORT/).
    QUrl redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    // The authorize page was handed to the browser; the UI may show the link for copying. It holds no secret.
    void browserOpened(const QUrl &authorizeUrl);
    void finished(const CrossKey::Azure::TokenResult &result);

private:
    void openBrowser(const QUrl &url);
    void handleRedirect(const QVariantMap &values);
    void redeem(const QString &code);
    void finish(const TokenResult &result);
    void finishLater(const AzureError &error);
    void stopListening();

    QNetworkAccessManager *m_network;
    UrlOpener *m_opener;
    SignInRequest m_request;
    LoopbackRedirect::Host m_redirectHost = LoopbackRedirect::Host::Localhost;
    QPointer<LoopbackReplyHandler> m_handler;
    QPointer<AuthorizationCodeFlow> m_flow;
    QPointer<IdentityRequestJob> m_redeemJob;
    QByteArray m_verifier;
    QByteArray m_state;
    QUrl m_redirectUri;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    bool m_started = false;
    bool m_redirected = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
