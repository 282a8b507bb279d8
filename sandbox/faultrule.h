// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace CrossKey::Sandbox {

// FaultRule is one injected fault: which requests it hits (method, path glob, optional service) and
// what they get instead of their answer. A value; FaultInjector keeps the list.
//   sandbox.faults().add(FaultRule::error(503).on("GET", "/v1.0/applications/**").times(2));
struct FaultRule
{
    enum class Action
    {
        Throttle, // 429 + Retry-After in the service's error shape
        Error,    // 500, 502, 503 or 504 in the service's error shape
        Reset,    // close the connection without an answer (after delayMs)
        Delay,    // answer normally, delayMs later
        Hang,     // never answer; the client gives up
    };

    QByteArray method = "*";             // or GET, PUT, ... (case-insensitive)
    QString path = QStringLiteral("**"); // PathGlob, query ignored
    QString service;                     // empty: any; else "identity", "graph", "resourcemanager", ...
    Action action = Action::Throttle;
    int status = 0;            // Error: 500/502/503/504 (default 503); Throttle: 429
    int retryAfterSeconds = 1; // Throttle (and Error when > 0)
    int delayMs = 0;           // Delay, Reset
    int count = -1;            // answers left to fault; -1: always
    int id = 0;                // given by FaultInjector::add()

    static constexpr int maxDelayMs = 10 * 60 * 1000;

    static FaultRule throttle(int retryAfterSeconds = 1);
    static FaultRule error(int status = 503);
    static FaultRule reset(int afterMs = 0);
    static FaultRule delay(int ms);
    static FaultRule hang();
    FaultRule on(const QByteArray &method, const QString &pathGlob) const;
    FaultRule onService(const QString &serviceName) const;
    FaultRule times(int n) const;

    int effectiveStatus() const;
    // "throttle 429", "error 503", "reset", "delay 200ms", "hang": what the request log shows.
    QString describe() const;
    QJsonObject toJson() const;
    // Validates a rule as POST /sandbox/faults and --faults files give it; unknown keys are errors.
    static std::optional<FaultRule> fromJson(const QJsonObject &json, QString *error);
    static QString actionName(Action action);
};

} // namespace CrossKey::Sandbox
