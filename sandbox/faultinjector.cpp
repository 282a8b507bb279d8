// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultinjector.h"

#include "sandbox/request.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace CrossKey::Sandbox {

int FaultInjector::add(FaultRule rule)
{
    rule.id = m_nextId++;
    rule.method = rule.method.toUpper();
    if (rule.method.isEmpty()) {
        rule.method = "*";
    }
    PathGlob glob(rule.path);
    m_rules.push_back(Entry{std::move(rule), std::move(glob)});
    return m_rules.back().rule.id;
}

int FaultInjector::throttleNext(int count, int retryAfterSeconds, const QString &path)
{
    return add(FaultRule::throttle(retryAfterSeconds).on("*", path).times(count));
}

int FaultInjector::failNext(int count, int status, const QString &path)
{
    return add(FaultRule::error(status).on("*", path).times(count));
}

bool FaultInjector::remove(int id)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (it->rule.id == id) {
            m_rules.erase(it);
            return true;
        }
    }
    return false;
}

void FaultInjector::clear()
{
    m_rules.clear();
}

QList<FaultRule> FaultInjector::rules() const
{
    QList<FaultRule> out;
    for (const Entry &entry : m_rules) {
        out.append(entry.rule);
    }
    return out;
}

std::optional<FaultRule> FaultInjector::take(const Request &request, const QString &serviceName)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        const FaultRule &rule = it->rule;
        if (rule.method != "*" && rule.method != request.method) {
            continue;
        }
        if (!rule.service.isEmpty() && rule.service.compare(serviceName, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (!it->glob.match(request.path)) {
            continue;
        }
        FaultRule hit = rule;
        if (it->rule.count > 0 && --it->rule.count == 0) {
            m_rules.erase(it);
        }
        return hit;
    }
    return std::nullopt;
}

bool FaultInjector::addJson(const QJsonValue &json, QList<FaultRule> *added, QString *error)
{
    QJsonArray list;
    if (json.isArray()) {
        list = json.toArray();
    } else if (json.isObject()) {
        list.append(json);
    } else {
        *error = QStringLiteral("expected a fault rule (JSON object) or a list of them");
        return false;
    }
    QList<FaultRule> parsed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            *error = QStringLiteral("rule %1: expected a JSON object").arg(i + 1);
            return false;
        }
        QString why;
        const std::optional<FaultRule> rule = FaultRule::fromJson(list.at(i).toObject(), &why);
        if (!rule) {
            *error = list.size() == 1 ? why : QStringLiteral("rule %1: %2").arg(i + 1).arg(why);
            return false;
        }
        parsed.append(*rule);
    }
    for (FaultRule &rule : parsed) {
        rule.id = add(rule);
        if (added) {
            added->append(rule);
        }
    }
    return true;
}

bool FaultInjector::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read fault file %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("fault file %1 is not JSON: %2 at offset %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    QString why;
    if (!addJson(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), nullptr, &why)) {
        *error = QStringLiteral("fault file %1: %2").arg(path, why);
        return false;
    }
    return true;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Entry &entry : m_rules) {
        array.append(entry.rule.toJson());
    }
    return array;
}

} // namespace CrossKey::Sandbox
