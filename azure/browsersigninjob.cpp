// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/browsersigninjob.h"

#include "azure/authorizationcodeflow.h"
#include "azure/identityendpoints.h"
#include "azure/identityrequestjob.h"
#include "azure/loopbackreplyhandler.h"
#include "azure/oauthstate.h"
#include "azure/pkce.h"
#include "azure/scopes.h"
#include "azure/serviceerror.h"
#include "azure/signinlog.h"
#include "azure/urlopener.h"

#include <QUrlQuery>

namespace CrossKey::Azure {

namespace {

// Redirect parameters are form-encoded; Qt's reply handler leaves them percent-encoded ('+' is a space).
QString formDecoded(const QVariant &value)
{
    QByteArray text = value.toString().toUtf8();
    text.replace('+', ' ');
    return QUrl::fromPercentEncoding(text);
}

AzureError signInError(const QString &code, const QString &message, const QString &hint)
{
    AzureError error(AzureError::Kind::SignIn, message, hint);
    error.setCode(code);
    return error;
}

} // namespace

BrowserSignInJob::BrowserSignInJob(QNetworkAccessManager *network, UrlOpener *opener, SignInRequest request,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_opener(opener)
    , m_request(std::move(request))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_redeemJob) {
            m_redeemJob->disconnect(this);
            m_redeemJob->cancel();
        }
        AzureError error = AzureError::timeout(tr("the sign-in in the browser"));
        error.setHint(tr("Sign in again and finish in the browser, or use a device code instead."));
        finish(error);
    });
}

BrowserSignInJob::~BrowserSignInJob()
{
    if (m_redeemJob) {
        m_redeemJob->disconnect(this);
        m_redeemJob->cancel();
    }
}

void BrowserSignInJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    const QUrl authorizeUrl = IdentityEndpoints::authorize(m_request.cloud, m_request.tenant);
    if (!m_request.cloud.isValid() || !Cloud::isAcceptableEndpoint(authorizeUrl) || m_request.clientId.isEmpty()) {
        finishLater(AzureError(AzureError::Kind::InvalidInput, tr("The sign-in is missing its cloud or client id."),
                               tr("Choose a cloud and a client id, then sign in again.")));
        return;
    }
    m_handler = new LoopbackReplyHandler(m_redirectHost, this);
    if (!m_handler->isListening()) {
        finishLater(signInError(QStringLiteral("LoopbackUnavailable"),
                                tr("Could not listen on this computer for the browser's answer."),
                                tr("Use the device code sign-in instead.")));
        return;
    }
    m_redirectUri = m_handler->redirectUri();
    // Shown in the browser after the redirect; the same text whatever the outcome, the app shows the result.
    m_handler->setCallbackText(tr("CrossKey has received the answer of the sign-in page. You may close this "
                                  "window and return to CrossKey."));

    m_verifier = Pkce::generateVerifier();
    m_state = OAuthState::generate();
    QMultiMap<QString, QVariant> extra;
    if (!m_request.prompt.isEmpty()) {
        extra.insert(QStringLiteral("prompt"), m_request.prompt);
    }
    if (!m_request.loginHint.isEmpty()) {
        extra.insert(QStringLiteral("login_hint"), m_request.loginHint);
    }

    m_flow = new AuthorizationCodeFlow(this);
    m_flow->setAuthorizeParameters(Pkce::challengeS256(m_verifier), extra);
    m_flow->setAuthorizationUrl(authorizeUrl);
    m_flow->setAccessTokenUrl(IdentityEndpoints::token(m_request.cloud, m_request.tenant));
    m_flow->setClientIdentifier(m_request.clientId);
    m_flow->setScope(Scopes::withOpenId(m_request.resourceScope()));
    m_flow->setState(QString::fromLatin1(m_state));
    m_flow->setReplyHandler(m_handler);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &BrowserSignInJob::openBrowser);
    connect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, this, &BrowserSignInJob::handleRedirect);
    qCInfo(lcSignIn).noquote() << "browser sign-in to" << m_request.tenant << "listening on"
                               << m_redirectUri.toDisplayString() << "state" << SignInLog::redacted(m_flow->state());
    m_timer.start(m_timeout);
    m_flow->grant();
}

void BrowserSignInJob::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_redeemJob) {
        m_redeemJob->disconnect(this);
        m_redeemJob->cancel();
    }
    finish(AzureError::cancelled());
}

void BrowserSignInJob::openBrowser(const QUrl &url)
{
    if (m_finished) {
        return;
    }
    if (!m_opener || !m_opener->openUrl(url)) {
        finishLater(signInError(QStringLiteral("BrowserUnavailable"), tr("No web browser could be opened."),
                                tr("Use the device code sign-in instead.")));
        return;
    }
    Q_EMIT browserOpened(url);
}

void BrowserSignInJob::handleRedirect(const QVariantMap &values)
{
    // Called from inside Qt's listener while it answers the browser: only decide here, never delete it.
    if (m_finished || m_redirected) {
        return;
    }
    const QString code = formDecoded(values.value(QStringLiteral("code")));
    const QString oauthError = formDecoded(values.value(QStringLiteral("error")));
    if (code.isEmpty() && oauthError.isEmpty()) {
        qCDebug(lcSignIn) << "ignored a request to the loopback listener without code or error";
        return;
    }
    const QByteArray state = formDecoded(values.value(QStringLiteral("state"))).toUtf8();
    if (!OAuthState::matches(m_state, state)) {
        // §1.2: a redirect we did not ask for (CSRF, a stale tab). Its code is never redeemed.
        qCWarning(lcSignIn).noquote() << "refused a redirect with the wrong state" << SignInLog::redacted(state);
        m_redirected = true;
        stopListening();
        finishLater(signInError(QStringLiteral("StateMismatch"),
                                tr("The browser returned an answer that does not belong to this sign-in."),
                                tr("Close other sign-in pages and sign in again.")));
        return;
    }
    m_redirected = true;
    stopListening();
    if (!oauthError.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("error"), QString::fromUtf8(QUrl::toPercentEncoding(oauthError)));
        query.addQueryItem(
            QStringLiteral("error_description"),
            QString::fromUtf8(QUrl::toPercentEncoding(formDecoded(values.value(QStringLiteral("error_description"))))));
        finishLater(ServiceError::fromRedirect(query));
        return;
    }
    qCInfo(lcSignIn).noquote() << "received the authorization code" << SignInLog::redacted(code);
    redeem(code);
}

void BrowserSignInJob::redeem(const QString &code)
{
    // §1.3: the same redirect_uri as in the authorize request, the PKCE verifier, no secret (public client).
    m_redeemJob = new IdentityRequestJob(m_network, IdentityEndpoints::token(m_request.cloud, m_request.tenant),
                                         {{QStringLiteral("client_id"), m_request.clientId},
                                          {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("code"), code},
                                          {QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)},
                                          {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)},
                                          {QStringLiteral("scope"), Scopes::withOpenId(m_request.resourceScope())}},
                                         this);
    connect(m_redeemJob, &IdentityRequestJob::finished, this, [this](const JsonObjectResult &result) {
        if (!result) {
            finish(result.error());
            return;
        }
        finish(TokenResponse::fromJson(result.value()));
    });
    m_redeemJob->start();
}

void BrowserSignInJob::stopListening()
{
    // Deferred: Qt's listener is still writing the page to the browser when it tells us about the redirect.
    QTimer::singleShot(0, this, [this] {
        if (m_handler) {
            m_handler->close();
        }
    });
}

void BrowserSignInJob::finishLater(const AzureError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void BrowserSignInJob::finish(const TokenResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    if (m_flow) {
        m_flow->disconnect(this);
    }
    if (m_handler) {
        m_handler->disconnect(this);
    }
    if (result) {
        qCInfo(lcSignIn).noquote() << "browser sign-in done; access token"
                                   << SignInLog::redacted(result.value().accessToken) << "refresh token"
                                   << SignInLog::redacted(result.value().refreshToken);
    } else {
        qCInfo(lcSignIn).noquote() << "browser sign-in ended:" << result.error().summary();
    }
    Q_EMIT finished(result);
    // Later, so Qt's listener (our child) is never deleted while it answers the browser.
    deleteLater();
}

} // namespace CrossKey::Azure
