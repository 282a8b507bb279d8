// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/devicecodeprompt.h"
#include "azure/signinrequest.h"
#include "azure/tokenresponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

namespace CrossKey::Azure {

class Clock;
class IdentityRequestJob;

// DeviceCodeSignInJob owns one device code sign-in (CONTRACTS.md §1.5), for remote sessions, headless diagnose
// and machines without a browser. Qt has no device flow before 6.9, so it is ours. It asks for a code, shows
// it (codeReady), then polls the token endpoint every `interval` seconds: authorization_pending keeps polling,
// slow_down adds 5 seconds to the interval (RFC 8628 §3.5), authorization_declined, expired_token and
// bad_verification_code end it. Waits are timers, never sleeps; the code's expiry is measured on the injected
// Clock. Finishes exactly once — tokens, an error or Cancelled — and deletes itself.
class DeviceCodeSignInJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeSignInJob)

public:
    static constexpr int kSlowDownSeconds = 5;

    DeviceCodeSignInJob(QNetworkAccessManager *network, const Clock &clock, SignInRequest request,
                        QObject *parent = nullptr);
    ~DeviceCodeSignInJob() override;

    // How long one second of the server's `interval` lasts on the event loop. One second, except in tests
    // that move the Clock themselves.
    void setSecondLength(std::chrono::milliseconds length) { m_second = length; }

    void start();
    void cancel();

    // The current polling interval in seconds (grows with slow_down).
    int interval() const { return m_interval; }

Q_SIGNALS:
    void codeReady(const CrossKey::Azure::DeviceCodePrompt &prompt);
    // The next poll is sent in `seconds` seconds.
    void nextPollIn(int seconds);
    void finished(const CrossKey::Azure::TokenResult &result);

private:
    void readDeviceCode(const QJsonObject &object);
    void schedulePoll();
    void poll();
    void readPoll(const Result<QJsonObject> &result);
    void finish(const TokenResult &result);

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    SignInRequest m_request;
    QPointer<IdentityRequestJob> m_job;
    QTimer m_pollTimer;
    QString m_deviceCode;
    QDateTime m_expiresAt;
    int m_interval = 5;
    std::chrono::milliseconds m_second{1000};
    bool m_started = false;
    bool m_finished = false;
};

} // namespace CrossKey::Azure
