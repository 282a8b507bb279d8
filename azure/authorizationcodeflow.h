// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QOAuth2AuthorizationCodeFlow>

namespace CrossKey::Azure {

// AuthorizationCodeFlow is the part of Qt's authorization-code flow that works in Qt 6.4: it builds the
// authorize URL (client_id, redirect_uri, scope, state, response_type) with our PKCE challenge and extra
// parameters added (no PKCE before Qt 6.8, PLATFORM.md §3), emits authorizeWithBrowser(), and passes the
// loopback redirect on through authorizationCallbackReceived(). It never redeems the code itself: Qt 6.4's
// token request double-encodes the code and loses the body of a 400, so BrowserSignInJob sends its own.
class AuthorizationCodeFlow final : public QOAuth2AuthorizationCodeFlow
{
public:
    explicit AuthorizationCodeFlow(QObject *parent = nullptr);

    // code_challenge + code_challenge_method=S256, and any extra authorize parameters (prompt, login_hint).
    void setAuthorizeParameters(const QByteArray &codeChallenge, const QMultiMap<QString, QVariant> &extra);

protected:
    // Qt's own version also wires the redirect to its token request; this one only builds the URL (which
    // connects the reply handler to authorizationCallbackReceived()) and asks for the browser.
    void resourceOwnerAuthorization(const QUrl &url, const QMultiMap<QString, QVariant> &parameters) override;

private:
    QByteArray m_codeChallenge;
    QMultiMap<QString, QVariant> m_extra;
};

} // namespace CrossKey::Azure
