// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultrule.h"

#include "sandbox/pathglob.h"

#include <QJsonValue>
#include <QStringList>

namespace CrossKey::Sandbox {

namespace {

const QStringList kKeys = {QStringLiteral("method"),  QStringLiteral("path"),   QStringLiteral("service"),
                           QStringLiteral("action"),  QStringLiteral("status"), QStringLiteral("retryAfter"),
                           QStringLiteral("delayMs"), QStringLiteral("count"),  QStringLiteral("id"),
                           QStringLiteral("fault")};

std::optional<int> integer(const QJsonObject &json, const QString &key, int min, int max, QString *error)
{
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != double(int(number)) || number < min || number > max) {
        *error = QStringLiteral("'%1' must be a whole number from %2 to %3").arg(key).arg(min).arg(max);
        return std::nullopt;
    }
    return int(number);
}

} // namespace

FaultRule FaultRule::throttle(int retryAfterSeconds)
{
    FaultRule rule;
    rule.action = Action::Throttle;
    rule.status = 429;
    rule.retryAfterSeconds = retryAfterSeconds;
    return rule;
}

FaultRule FaultRule::error(int status)
{
    FaultRule rule;
    rule.action = Action::Error;
    rule.status = status;
    rule.retryAfterSeconds = 0;
    return rule;
}

FaultRule FaultRule::reset(int afterMs)
{
    FaultRule rule;
    rule.action = Action::Reset;
    rule.delayMs = afterMs;
    return rule;
}

FaultRule FaultRule::delay(int ms)
{
    FaultRule rule;
    rule.action = Action::Delay;
    rule.delayMs = ms;
    return rule;
}

FaultRule FaultRule::hang()
{
    FaultRule rule;
    rule.action = Action::Hang;
    return rule;
}

FaultRule FaultRule::on(const QByteArray &method, const QString &pathGlob) const
{
    FaultRule rule = *this;
    rule.method = method;
    rule.path = pathGlob;
    return rule;
}

FaultRule FaultRule::onService(const QString &serviceName) const
{
    FaultRule rule = *this;
    rule.service = serviceName;
    return rule;
}

FaultRule FaultRule::times(int n) const
{
    FaultRule rule = *this;
    rule.count = n;
    return rule;
}

QString FaultRule::actionName(Action action)
{
    switch (action) {
    case Action::Throttle:
        return QStringLiteral("throttle");
    case Action::Error:
        return QStringLiteral("error");
    case Action::Reset:
        return QStringLiteral("reset");
    case Action::Delay:
        return QStringLiteral("delay");
    case Action::Hang:
        return QStringLiteral("hang");
    }
    return {};
}

int FaultRule::effectiveStatus() const
{
    if (action == Action::Throttle) {
        return 429;
    }
    if (action == Action::Error) {
        return status == 0 ? 503 : status;
    }
    return 0;
}

QString FaultRule::describe() const
{
    switch (action) {
    case Action::Throttle:
    case Action::Error:
        return actionName(action) + QLatin1Char(' ') + QString::number(effectiveStatus());
    case Action::Delay:
        return QStringLiteral("delay %1ms").arg(delayMs);
    case Action::Reset:
        return delayMs > 0 ? QStringLiteral("reset after %1ms").arg(delayMs) : QStringLiteral("reset");
    case Action::Hang:
        return QStringLiteral("hang");
    }
    return {};
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("method"), QString::fromLatin1(method)},
                     {QStringLiteral("path"), path},
                     {QStringLiteral("action"), actionName(action)}};
    if (!service.isEmpty()) {
        json.insert(QStringLiteral("service"), service);
    }
    if (action == Action::Throttle || action == Action::Error) {
        json.insert(QStringLiteral("status"), effectiveStatus());
        if (action == Action::Throttle || retryAfterSeconds > 0) {
            json.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
        }
    }
    if (action == Action::Delay || (action == Action::Reset && delayMs > 0)) {
        json.insert(QStringLiteral("delayMs"), delayMs);
    }
    json.insert(QStringLiteral("count"), count < 0 ? QJsonValue(QStringLiteral("always")) : QJsonValue(count));
    return json;
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &json, QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kKeys.contains(it.key())) {
            *error = QStringLiteral("unknown key '%1' (known: %2)")
                         .arg(it.key(), kKeys.mid(0, 8).join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    FaultRule rule;
    const QString action =
        json.value(QStringLiteral("action")).toString(json.value(QStringLiteral("fault")).toString());
    bool known = false;
    for (Action candidate : {Action::Throttle, Action::Error, Action::Reset, Action::Delay, Action::Hang}) {
        if (action.compare(actionName(candidate), Qt::CaseInsensitive) == 0) {
            rule.action = candidate;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("'action' must be one of throttle, error, reset, delay, hang");
        return std::nullopt;
    }
    if (json.contains(QStringLiteral("method"))) {
        const QString method = json.value(QStringLiteral("method")).toString().trimmed().toUpper();
        if (method.isEmpty() || (method != QLatin1String("*") &&
                                 !QRegularExpression(QStringLiteral("^[A-Z]+$")).match(method).hasMatch())) {
            *error = QStringLiteral("'method' must be an HTTP method or \"*\"");
            return std::nullopt;
        }
        rule.method = method.toLatin1();
    }
    if (json.contains(QStringLiteral("path"))) {
        rule.path = json.value(QStringLiteral("path")).toString();
        if (rule.path.trimmed().isEmpty() || !PathGlob(rule.path).isValid()) {
            *error = QStringLiteral("'path' must be a non-empty path glob such as /subscriptions/*/resourcegroups/**");
            return std::nullopt;
        }
    }
    rule.service = json.value(QStringLiteral("service")).toString();
    if (json.contains(QStringLiteral("status"))) {
        const std::optional<int> status = integer(json, QStringLiteral("status"), 100, 599, error);
        if (!status) {
            return std::nullopt;
        }
        rule.status = *status;
    }
    if (rule.action == Action::Throttle && rule.status != 0 && rule.status != 429) {
        *error = QStringLiteral("a throttle answers 429; use action \"error\" for %1").arg(rule.status);
        return std::nullopt;
    }
    if (rule.action == Action::Error && rule.status != 0 && !QList<int>{500, 502, 503, 504}.contains(rule.status)) {
        *error = QStringLiteral("'status' of an error must be 500, 502, 503 or 504");
        return std::nullopt;
    }
    rule.retryAfterSeconds = rule.action == Action::Throttle ? 1 : 0;
    if (json.contains(QStringLiteral("retryAfter"))) {
        const std::optional<int> seconds = integer(json, QStringLiteral("retryAfter"), 0, 3600, error);
        if (!seconds) {
            return std::nullopt;
        }
        rule.retryAfterSeconds = *seconds;
    }
    if (rule.action == Action::Delay && !json.contains(QStringLiteral("delayMs"))) {
        *error = QStringLiteral("a delay needs 'delayMs'");
        return std::nullopt;
    }
    if (json.contains(QStringLiteral("delayMs"))) {
        const std::optional<int> delay = integer(json, QStringLiteral("delayMs"), 0, maxDelayMs, error);
        if (!delay) {
            return std::nullopt;
        }
        rule.delayMs = *delay;
    }
    const QJsonValue count = json.value(QStringLiteral("count"));
    if (!count.isUndefined() && !(count.isString() && count.toString() == QLatin1String("always"))) {
        const std::optional<int> n = integer(json, QStringLiteral("count"), 1, 1000000, error);
        if (!n) {
            *error += QStringLiteral(", or \"always\"");
            return std::nullopt;
        }
        rule.count = *n;
    }
    return rule;
}

} // namespace CrossKey::Sandbox
