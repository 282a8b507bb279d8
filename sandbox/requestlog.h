// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace CrossKey::Sandbox {

struct Request;
struct Response;

// RequestLog remembers the last requests the sandbox answered (GET /sandbox/requests). Query
// values that carry secrets are redacted.
class RequestLog final
{
public:
    struct Entry
    {
        QDateTime at;
        QString method;
        QString path; // with the query, secrets redacted
        QString service;
        int status = 0;
        QString errorCode;
        QString requestId;
        QString clientRequestId;
        qint64 latencyMs = 0;
        QString fault; // FaultRule::describe() of the fault that answered, if any
    };

    explicit RequestLog(int capacity = 1000)
        : m_capacity(capacity)
    {}
    void record(const Request &request, const QString &service, const Response &response, qint64 latencyMs,
                const QString &fault = {});
    const QList<Entry> &entries() const { return m_entries; }
    int count() const { return m_total; }
    void clear();
    QJsonArray toJson() const;

    static QString redactedPathAndQuery(const Request &request);

private:
    QList<Entry> m_entries;
    int m_capacity;
    int m_total = 0;
};

} // namespace CrossKey::Sandbox
