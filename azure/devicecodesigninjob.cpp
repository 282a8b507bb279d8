// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/devicecodesigninjob.h"

#include "azure/clock.h"
#include "azure/identityendpoints.h"
#include "azure/identityrequestjob.h"
#include "azure/scopes.h"
#include "azure/signinlog.h"

#include <QJsonObject>

namespace CrossKey::Azure {

namespace {

const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

// The OAuth `error` of a token-endpoint error: ServiceError keeps it as the inner code under an AADSTS code.
QString oauthError(const AzureError &error)
{
    return error.innerCode().isEmpty() ? error.code() : error.innerCode();
}

// A positive number of seconds given as a number or a numeric string; 0 when absent or unusable.
qint64 seconds(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number > 0 && number < 1e9 ? static_cast<qint64>(number) : 0;
    }
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    return ok && number > 0 ? number : 0;
}

AzureError badAnswer(const QString &field)
{
    return AzureError(
        AzureError::Kind::InvalidResponse,
        DeviceCodeSignInJob::tr("The sign-in service's device code answer has no usable field “%1”.").arg(field),
        DeviceCodeSignInJob::tr("Try again, or sign in with the browser instead."));
}

} // namespace

DeviceCodeSignInJob::DeviceCodeSignInJob(QNetworkAccessManager *network, const Clock &clock, SignInRequest request,
                                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_request(std::move(request))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeSignInJob::poll);
}

DeviceCodeSignInJob::~DeviceCodeSignInJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void DeviceCodeSignInJob::start()
{
    if (m_started || m_finished) {
        return;
    }
    m_started = true;
    m_job = new IdentityRequestJob(m_network, IdentityEndpoints::deviceCode(m_request.cloud, m_request.tenant),
                                   {{QStringLiteral("client_id"), m_request.clientId},
                                    {QStringLiteral("scope"), Scopes::withOpenId(m_request.resourceScope())}},
                                   this);
    connect(m_job, &IdentityRequestJob::finished, this, [this](const JsonObjectResult &result) {
        if (!result) {
            finish(result.error());
            return;
        }
        readDeviceCode(result.value());
    });
    qCInfo(lcSignIn).noquote() << "device code sign-in to" << m_request.tenant;
    m_job->start();
}

void DeviceCodeSignInJob::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    finish(AzureError::cancelled());
}

void DeviceCodeSignInJob::readDeviceCode(const QJsonObject &object)
{
    const QJsonValue deviceCode = object.value(QStringLiteral("device_code"));
    const QJsonValue userCode = object.value(QStringLiteral("user_code"));
    // v1 endpoints and some clouds spell it verification_url.
    QJsonValue uri = object.value(QStringLiteral("verification_uri"));
    if (uri.isUndefined()) {
        uri = object.value(QStringLiteral("verification_url"));
    }
    const QUrl verificationUri(uri.toString(), QUrl::StrictMode);
    const qint64 expiresIn = seconds(object.value(QStringLiteral("expires_in")));
    const QJsonValue message = object.value(QStringLiteral("message"));
    if (!deviceCode.isString() || deviceCode.toString().isEmpty()) {
        finish(badAnswer(QStringLiteral("device_code")));
        return;
    }
    if (!userCode.isString() || userCode.toString().isEmpty()) {
        finish(badAnswer(QStringLiteral("user_code")));
        return;
    }
    if (!verificationUri.isValid() ||
        (verificationUri.scheme() != QLatin1String("https") && verificationUri.scheme() != QLatin1String("http"))) {
        finish(badAnswer(QStringLiteral("verification_uri")));
        return;
    }
    if (expiresIn == 0) {
        finish(badAnswer(QStringLiteral("expires_in")));
        return;
    }
    if (!message.isUndefined() && !message.isString()) {
        finish(badAnswer(QStringLiteral("message")));
        return;
    }
    const QJsonValue interval = object.value(QStringLiteral("interval"));
    m_interval = interval.isUndefined() ? 5 : int(qBound(qint64(1), seconds(interval), qint64(300)));
    m_deviceCode = deviceCode.toString();
    m_expiresAt = m_clock.now().addSecs(expiresIn);
    qCInfo(lcSignIn).noquote() << "device code" << SignInLog::redacted(m_deviceCode) << "valid for" << expiresIn
                               << "s, interval" << m_interval << "s";
    Q_EMIT codeReady(DeviceCodePrompt{userCode.toString(), verificationUri, message.toString(), m_expiresAt});
    if (!m_finished) {
        schedulePoll();
    }
}

void DeviceCodeSignInJob::schedulePoll()
{
    if (m_clock.now() >= m_expiresAt) {
        AzureError error(AzureError::Kind::SignIn, tr("The device code has expired."),
                         tr("Start the sign-in again and enter the new code in time."));
        error.setCode(QStringLiteral("expired_token"));
        finish(error);
        return;
    }
    Q_EMIT nextPollIn(m_interval);
    if (!m_finished) {
        m_pollTimer.start(m_second * m_interval);
    }
}

void DeviceCodeSignInJob::poll()
{
    if (m_finished) {
        return;
    }
    m_job = new IdentityRequestJob(m_network, IdentityEndpoints::token(m_request.cloud, m_request.tenant),
                                   {{QStringLiteral("grant_type"), kDeviceCodeGrant},
                                    {QStringLiteral("client_id"), m_request.clientId},
                                    {QStringLiteral("device_code"), m_deviceCode}},
                                   this);
    connect(m_job, &IdentityRequestJob::finished, this, &DeviceCodeSignInJob::readPoll);
    m_job->start();
}

void DeviceCodeSignInJob::readPoll(const Result<QJsonObject> &result)
{
    if (result) {
        finish(TokenResponse::fromJson(result.value()));
        return;
    }
    const AzureError &error = result.error();
    const QString code = oauthError(error);
    if (code == QLatin1String("authorization_pending")) {
        schedulePoll();
        return;
    }
    if (code == QLatin1String("slow_down")) {
        m_interval += kSlowDownSeconds;
        qCInfo(lcSignIn) << "slow_down: polling every" << m_interval << "s";
        schedulePoll();
        return;
    }
    // A dropped connection or a lost answer must not lose a code the user may be typing right now.
    if (error.kind() == AzureError::Kind::Network || error.kind() == AzureError::Kind::Timeout) {
        schedulePoll();
        return;
    }
    // authorization_declined, expired_token, bad_verification_code and anything else end the sign-in.
    finish(error);
}

void DeviceCodeSignInJob::finish(const TokenResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_pollTimer.stop();
    if (m_job) {
        m_job->disconnect(this);
    }
    if (result) {
        qCInfo(lcSignIn).noquote() << "device code sign-in done; access token"
                                   << SignInLog::redacted(result.value().accessToken);
    } else {
        qCInfo(lcSignIn).noquote() << "device code sign-in ended:" << result.error().summary();
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace CrossKey::Azure
