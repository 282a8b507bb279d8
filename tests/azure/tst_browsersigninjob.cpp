// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/browsersigninjob.h"
#include "azure/jwtclaims.h"
#include "azure/pkce.h"
#include "sandbox/knownids.h"
#include "sandbox/requestlog.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "tests/azure/sandboxbrowser.h"
#include "tests/azure/sandboxcloud.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace CrossKey;
using Azure::AzureError;
using Azure::BrowserSignInJob;
using Azure::TokenResult;

namespace {

QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

// ctest turns crosskey.*.debug off through QT_LOGGING_RULES, which beats setFilterRules(); a filter does not.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void enableDebug(QLoggingCategory *category)
{
    if (g_previousFilter) {
        g_previousFilter(category);
    }
    const QByteArray name = category->categoryName();
    if (name.startsWith("crosskey.") || name.startsWith("qt.networkauth")) {
        category->setEnabled(QtDebugMsg, true);
    }
}

// For messages: QVERIFY2 evaluates its message even when the check passes.
QString summaryOf(const TokenResult &result)
{
    return result.hasValue() ? QString() : result.error().summary();
}

QUrl withQueryValue(QUrl url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

} // namespace

class tst_BrowserSignInJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signIn_redeemsCodeWithPkceAndTellsBrowserToClose();
    void wrongState_isRefusedAndCodeNeverRedeemed();
    void wrongVerifier_isRejectedWithTheServiceError();
    void junkRequests_neitherCrashNorFinish();
    void errorRedirect_isSignInError();
    void cancel_finishesOnceAndStopsListening();
    void noAnswer_timesOut();
    void noBrowser_isBrowserUnavailable();
    void logs_neverContainTokensOrCodes();

private:
    Azure::SignInRequest request(const QString &tenant = QStringLiteral("contosoisv.onmicrosoft.com")) const;
    BrowserSignInJob *newJob(Tests::SandboxBrowser *browser, const Azure::SignInRequest &request);
    int tokenRequests() const;
    static TokenResult resultOf(const QSignalSpy &spy) { return spy.first().first().value<TokenResult>(); }

    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::Server> m_sandbox;
    Azure::Cloud m_cloud;
};

void tst_BrowserSignInJob::initTestCase()
{
    qRegisterMetaType<TokenResult>();
    Sandbox::ServerOptions options;
    options.autoApprove = {QStringLiteral("admin")};
    m_sandbox = std::make_unique<Sandbox::Server>(options);
    QVERIFY(m_sandbox->listen(0));
    m_cloud = Tests::sandboxCloud(&m_network, m_sandbox->baseUrl());
    QVERIFY(m_cloud.isValid());
}

Azure::SignInRequest tst_BrowserSignInJob::request(const QString &tenant) const
{
    Azure::SignInRequest request;
    request.cloud = m_cloud;
    request.tenant = tenant;
    request.clientId = Sandbox::KnownIds::azureCliClientId;
    return request;
}

BrowserSignInJob *tst_BrowserSignInJob::newJob(Tests::SandboxBrowser *browser, const Azure::SignInRequest &request)
{
    auto *job = new BrowserSignInJob(&m_network, browser, request);
    job->setTimeout(std::chrono::seconds(20));
    return job;
}

int tst_BrowserSignInJob::tokenRequests() const
{
    int count = 0;
    for (const auto &entry : m_sandbox->requestLog().entries()) {
        count += entry.path.contains(QLatin1String("/oauth2/v2.0/token")) ? 1 : 0;
    }
    return count;
}

void tst_BrowserSignInJob::signIn_redeemsCodeWithPkceAndTellsBrowserToClose()
{
    Tests::SandboxBrowser browser(&m_network);
    auto *job = newJob(&browser, request());
    QSignalSpy finished(job, &BrowserSignInJob::finished);
    QSignalSpy opened(job, &BrowserSignInJob::browserOpened);
    const int before = tokenRequests();
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    const TokenResult result = resultOf(finished);
    QVERIFY2(result.hasValue(), qPrintable(summaryOf(result)));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(tokenRequests(), before + 1);

    // The authorize request carried PKCE S256, state and the loopback redirect on localhost (§1.2).
    const QUrlQuery authorize(browser.authorizeUrl);
    QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(!authorize.queryItemValue(QStringLiteral("state")).isEmpty());
    const QUrl redirectUri(authorize.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirectUri.host(), QStringLiteral("localhost"));
    QVERIFY(redirectUri.port() > 0);

    QTRY_COMPARE(browser.pageStatus, 200);
    QVERIFY(browser.page.contains("close this window"));

    const auto claims = Azure::JwtClaims::parse(result.value().accessToken.toUtf8());
    QVERIFY(claims.hasValue());
    QCOMPARE(claims.value().audience(), QStringLiteral("https://management.core.windows.net/"));
    QCOMPARE(claims.value().tenantId(), Sandbox::Scenarios::tenantId(QStringLiteral("contosoisv")));
    QVERIFY(!result.value().refreshToken.isEmpty());
    QVERIFY(!result.value().idToken.isEmpty());
    QVERIFY(result.value().expiresIn > 0);
}

void tst_BrowserSignInJob::wrongState_isRefusedAndCodeNeverRedeemed()
{
    Tests::SandboxBrowser browser(&m_network);
    browser.rewriteRedirect = [](const QUrl &url) { return withQueryValue(url, QStringLiteral("state"), "forged"); };
    auto *job = newJob(&browser, request());
    QSignalSpy finished(job, &BrowserSignInJob::finished);
    const int before = tokenRequests();
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    const TokenResult result = resultOf(finished);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::SignIn);
    QCOMPARE(result.error().code(), QStringLiteral("StateMismatch"));
    QCOMPARE(tokenRequests(), before);
}

void tst_BrowserSignInJob::wrongVerifier_isRejectedWithTheServiceError()
{
    // The page is asked for another verifier's challenge, so our verifier cannot match at redemption.
    Tests::SandboxBrowser browser(&m_network);
    browser.rewriteAuthorize = [](const QUrl &url) {
        const QByteArray other = Azure::Pkce::challengeS256(Azure::Pkce::generateVerifier());
        return withQueryValue(url, QStringLiteral("code_challenge"), QString::fromLatin1(other));
    };
    auto *job = newJob(&browser, request());
    QSignalSpy finished(job, &BrowserSignInJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    const TokenResult result = resultOf(finished);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().httpStatus(), 400);
    QCOMPARE(result.error().code(), QStringLiteral("AADSTS501481"));
    QCOMPARE(result.error().innerCode(), QStringLiteral("invalid_grant"));
}

void tst_BrowserSignInJob::junkRequests_neitherCrashNorFinish()
{
    Tests::SandboxBrowser browser(&m_network);
    browser.follow = false;
    auto *job = newJob(&browser, request());
    QSignalSpy finished(job, &BrowserSignInJob::finished);
    job->start();
    QTRY_COMPARE(browser.opened, 1);
    const quint16 port = quint16(job->redirectUri().port());

    int answered = 0;
    QObject context; // dies with `answered`, so no late answer writes into a finished test
    for (const char *path : {"/favicon.ico", "/?foo=bar", "/robots.txt?state=x"}) {
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);
        url = url.resolved(QUrl::fromEncoded(path));
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, &context, [reply, &answered] {
            ++answered;
            reply->deleteLater();
        });
    }
    for (const QByteArray &garbage :
         {QByteArray("\x16\x03\x01\x02\x00 not http\r\n\r\n"), QByteArray("GET\r\n\r\n"), QByteArray(70000, 'A')}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(garbage);
        socket.waitForBytesWritten(5000);
        socket.waitForReadyRead(200);
    }
    QTRY_COMPARE(answered, 3);
    QCOMPARE(finished.count(), 0);

    // The real redirect still completes the sign-in afterwards.
    browser.follow = true;
    browser.openUrl(browser.authorizeUrl);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(resultOf(finished).hasValue(), qPrintable(summaryOf(resultOf(finished))));
}

void tst_BrowserSignInJob::errorRedirect_isSignInError()
{
    // prompt=none for a user the sandbox does not auto-approve: the page redirects with login_required (§1.2).
    Tests::SandboxBrowser browser(&m_network);
    Azure::SignInRequest signIn = request();
    signIn.prompt = QStringLiteral("none");
    signIn.loginHint = QStringLiteral("nobody@contosoisv.onmicrosoft.com");
    signIn.tenant = QStringLiteral("fabrikam.onmicrosoft.com");
    Sandbox::ServerOptions options;
    Sandbox::Server quiet(options);
    QVERIFY(quiet.listen(0));
    signIn.cloud = Tests::sandboxCloud(&m_network, quiet.baseUrl());
    auto *job = newJob(&browser, signIn);
    QSignalSpy finished(job, &BrowserSignInJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    const TokenResult result = resultOf(finished);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind(), AzureError::Kind::SignIn);
    QVERIFY2(result.error().innerCode() == QLatin1String("login_required") ||
                 result.error().code() == QLatin1String("login_required"),
             qPrintable(summaryOf(result)));
}

void tst_BrowserSignInJob::cancel_finishesOnceAndStopsListening()
{
    Tests::SandboxBrowser browser(&m_network);
    browser.follow = false;
    auto *job = newJob(&browser, request());
    QSignalSpy finished(job, &BrowserSignInJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    job->start();
    QTRY_COMPARE(browser.opened, 1);
    const quint16 port = quint16(job->redirectUri().port());
    job->cancel();
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(resultOf(finished).error().isCancelled());
    QTRY_COMPARE(destroyed.count(), 1);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!socket.waitForConnected(2000));
}

void tst_BrowserSignInJob::noAnswer_timesOut()
{
    Tests::SandboxBrowser browser(&m_network);
    browser.follow = false;
    auto *job = newJob(&browser, request());
    job->setTimeout(std::chrono::milliseconds(50));
    QSignalSpy finished(job, &BrowserSignInJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(resultOf(finished).error().kind(), AzureError::Kind::Timeout);
}

void tst_BrowserSignInJob::noBrowser_isBrowserUnavailable()
{
    Tests::SandboxBrowser browser(&m_network);
    browser.refuse = true;
    auto *job = newJob(&browser, request());
    QSignalSpy finished(job, &BrowserSignInJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(resultOf(finished).error().code(), QStringLiteral("BrowserUnavailable"));
}

void tst_BrowserSignInJob::logs_neverContainTokensOrCodes()
{
    g_previousFilter = QLoggingCategory::installFilter(enableDebug);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    Tests::SandboxBrowser browser(&m_network);
    auto *job = newJob(&browser, request());
    QSignalSpy finished(job, &BrowserSignInJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(g_previousFilter);

    const TokenResult result = resultOf(finished);
    QVERIFY(result.hasValue());
    QVERIFY(!g_messages.isEmpty());
    const QString all = g_messages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("grant_type=authorization_code"))); // debug lines were captured too
    const QString code = browser.redirectValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    for (const QString &secret :
         {result.value().accessToken, result.value().refreshToken, result.value().idToken, code}) {
        QVERIFY(!all.contains(secret));
        QVERIFY(!all.contains(secret.left(24)));
    }
}

QTEST_GUILESS_MAIN(tst_BrowserSignInJob)
#include "tst_browsersigninjob.moc"
