// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/faultrule.h"
#include "sandbox/pathglob.h"

#include <QJsonArray>
#include <QList>

#include <optional>
#include <vector>

namespace CrossKey::Sandbox {

struct Request;

// FaultInjector keeps the fault rules (Server::faults(), /sandbox/faults, --faults FILE). The first
// rule, in the order added, that matches a request faults it and uses up one of its count; a rule
// whose count runs out is dropped. Control endpoints (/sandbox/) are never faulted.
class FaultInjector final
{
public:
    // Returns the rule's id (from 1 on).
    int add(FaultRule rule);
    // The next `count` matching requests get 429 with Retry-After.
    int throttleNext(int count, int retryAfterSeconds = 1, const QString &path = QStringLiteral("**"));
    // The next `count` matching requests get `status` (500, 502, 503, 504).
    int failNext(int count, int status = 503, const QString &path = QStringLiteral("**"));
    bool remove(int id);
    void clear();
    QList<FaultRule> rules() const;
    bool isEmpty() const { return m_rules.empty(); }

    // Finds the fault for a request and counts it; nullopt when no rule matches.
    std::optional<FaultRule> take(const Request &request, const QString &serviceName);

    // A rule object or a list of them; adds nothing unless all are valid.
    bool addJson(const QJsonValue &json, QList<FaultRule> *added, QString *error);
    // A JSON list of rules (an object with one rule is accepted too).
    bool loadFile(const QString &path, QString *error);
    QJsonArray toJson() const;

private:
    struct Entry
    {
        FaultRule rule;
        PathGlob glob;
    };
    std::vector<Entry> m_rules;
    int m_nextId = 1;
};

} // namespace CrossKey::Sandbox
