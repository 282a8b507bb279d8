// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/devicecodesigninjob.h"
#include "azure/jwtclaims.h"
#include "azure/systemclock.h"
#include "sandbox/knownids.h"
#include "sandbox/server.h"
#include "tests/azure/sandboxcloud.h"
#include "tests/azure/twinclock.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace CrossKey;
using Azure::AzureError;
using Azure::DeviceCodePrompt;
using Azure::DeviceCodeSignInJob;
using Azure::TokenResult;

namespace {

QString summaryOf(const TokenResult &result)
{
    return result.hasValue() ? QString() : result.error().summary();
}

QString oauthErrorOf(const TokenResult &result)
{
    return result.hasValue() ? QString() : result.error().innerCode();
}

} // namespace

// Waits run on a shortened second (1 ms), so the whole flow takes milliseconds; the sandbox decides on its
// own clock whether a poll came too soon.
class tst_DeviceCodeSignInJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void approved_showsCodeThenReturnsTokens();
    void slowDown_addsFiveSecondsToTheInterval();
    void declined_endsWithAuthorizationDeclined();
    void expired_endsWithExpiredToken();
    void cancel_finishesOnceAsCancelled();

private:
    std::unique_ptr<Sandbox::Server> newSandbox(QStringList autoApprove, Sandbox::Clock *clock = nullptr);
    DeviceCodeSignInJob *newJob(const Sandbox::Server &sandbox, const Azure::Clock &clock);
    void decline(const Sandbox::Server &sandbox, const QString &userCode);
    static TokenResult resultOf(const QSignalSpy &spy) { return spy.first().first().value<TokenResult>(); }

    QNetworkAccessManager m_network;
    Azure::SystemClock m_systemClock;
};

void tst_DeviceCodeSignInJob::initTestCase()
{
    qRegisterMetaType<TokenResult>();
    qRegisterMetaType<DeviceCodePrompt>();
}

std::unique_ptr<Sandbox::Server> tst_DeviceCodeSignInJob::newSandbox(QStringList autoApprove, Sandbox::Clock *clock)
{
    Sandbox::ServerOptions options;
    options.autoApprove = std::move(autoApprove);
    options.clock = clock;
    auto sandbox = std::make_unique<Sandbox::Server>(options);
    return sandbox->listen(0) ? std::move(sandbox) : nullptr;
}

DeviceCodeSignInJob *tst_DeviceCodeSignInJob::newJob(const Sandbox::Server &sandbox, const Azure::Clock &clock)
{
    Azure::SignInRequest request;
    request.cloud = Tests::sandboxCloud(&m_network, sandbox.baseUrl());
    request.tenant = QStringLiteral("contosoisv.onmicrosoft.com");
    request.clientId = Sandbox::KnownIds::azureCliClientId;
    auto *job = new DeviceCodeSignInJob(&m_network, clock, request);
    job->setSecondLength(std::chrono::milliseconds(1));
    return job;
}

// What the user does on the verification page: enter the code, pick a user, decline.
void tst_DeviceCodeSignInJob::decline(const Sandbox::Server &sandbox, const QString &userCode)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("user_code"), userCode);
    form.addQueryItem(QStringLiteral("sandbox_user"), QStringLiteral("admin@contosoisv.onmicrosoft.com"));
    form.addQueryItem(QStringLiteral("sandbox_consent"), QStringLiteral("decline"));
    QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(QStringLiteral("/devicelogin"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void tst_DeviceCodeSignInJob::approved_showsCodeThenReturnsTokens()
{
    const auto sandbox = newSandbox({QStringLiteral("admin")});
    QVERIFY(sandbox);
    auto *job = newJob(*sandbox, m_systemClock);
    QSignalSpy prompts(job, &DeviceCodeSignInJob::codeReady);
    QSignalSpy finished(job, &DeviceCodeSignInJob::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(resultOf(finished).hasValue(), qPrintable(summaryOf(resultOf(finished))));

    QCOMPARE(prompts.count(), 1);
    const auto prompt = prompts.first().first().value<DeviceCodePrompt>();
    QVERIFY(!prompt.userCode.isEmpty());
    QCOMPARE(prompt.verificationUri, sandbox->baseUrl().resolved(QUrl(QStringLiteral("/devicelogin"))));
    QVERIFY(prompt.message.contains(prompt.userCode));
    QVERIFY(prompt.expiresAt > m_systemClock.now());

    const auto claims = Azure::JwtClaims::parse(resultOf(finished).value().accessToken.toUtf8());
    QVERIFY(claims.hasValue());
    QCOMPARE(claims.value().audience(), QStringLiteral("https://management.core.windows.net/"));
    QVERIFY(!resultOf(finished).value().refreshToken.isEmpty());
}

void tst_DeviceCodeSignInJob::slowDown_addsFiveSecondsToTheInterval()
{
    // Nobody approves; on a 1 ms second the second poll comes far sooner than the sandbox's 5 s interval.
    const auto sandbox = newSandbox({});
    QVERIFY(sandbox);
    auto *job = newJob(*sandbox, m_systemClock);
    QSignalSpy waits(job, &DeviceCodeSignInJob::nextPollIn);
    QSignalSpy finished(job, &DeviceCodeSignInJob::finished);
    job->start();
    QTRY_VERIFY(waits.count() >= 3);
    QCOMPARE(waits.at(0).first().toInt(), 5);  // interval from the device code answer
    QCOMPARE(waits.at(1).first().toInt(), 5);  // authorization_pending: same interval
    QCOMPARE(waits.at(2).first().toInt(), 10); // slow_down: +5 s
    QVERIFY(job->interval() >= 10);
    QCOMPARE(finished.count(), 0);
    job->cancel();
    QCOMPARE(finished.count(), 1);
}

void tst_DeviceCodeSignInJob::declined_endsWithAuthorizationDeclined()
{
    const auto sandbox = newSandbox({});
    QVERIFY(sandbox);
    auto *job = newJob(*sandbox, m_systemClock);
    QSignalSpy finished(job, &DeviceCodeSignInJob::finished);
    connect(job, &DeviceCodeSignInJob::codeReady, this,
            [this, &sandbox](const DeviceCodePrompt &prompt) { decline(*sandbox, prompt.userCode); });
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(oauthErrorOf(resultOf(finished)), QStringLiteral("authorization_declined"));
    QCOMPARE(resultOf(finished).error().kind(), AzureError::Kind::SignIn);
}

void tst_DeviceCodeSignInJob::expired_endsWithExpiredToken()
{
    Tests::TwinClock clock;
    const auto sandbox = newSandbox({}, &clock);
    QVERIFY(sandbox);
    auto *job = newJob(*sandbox, clock);
    QSignalSpy finished(job, &DeviceCodeSignInJob::finished);
    // The user walks away: by the first poll, the code's 15 minutes are over on both clocks.
    connect(job, &DeviceCodeSignInJob::nextPollIn, this, [&clock] { clock.advance(16 * 60); });
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(oauthErrorOf(resultOf(finished)), QStringLiteral("expired_token"));
}

void tst_DeviceCodeSignInJob::cancel_finishesOnceAsCancelled()
{
    const auto sandbox = newSandbox({});
    QVERIFY(sandbox);
    auto *job = newJob(*sandbox, m_systemClock);
    job->setSecondLength(std::chrono::seconds(1));
    QSignalSpy finished(job, &DeviceCodeSignInJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    QSignalSpy prompts(job, &DeviceCodeSignInJob::codeReady);
    job->start();
    QTRY_COMPARE(prompts.count(), 1);
    job->cancel();
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(resultOf(finished).error().isCancelled());
    QTRY_COMPARE(destroyed.count(), 1);
}

QTEST_GUILESS_MAIN(tst_DeviceCodeSignInJob)
#include "tst_devicecodesigninjob.moc"
