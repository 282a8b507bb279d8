// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/requestlog.h"

#include "sandbox/request.h"
#include "sandbox/response.h"

#include <QJsonObject>
#include <QUrl>

namespace CrossKey::Sandbox {

namespace {

bool isSecret(const QString &key)
{
    static const QStringList secrets = {
        QStringLiteral("code"),          QStringLiteral("code_verifier"), QStringLiteral("refresh_token"),
        QStringLiteral("access_token"),  QStringLiteral("id_token"),      QStringLiteral("client_assertion"),
        QStringLiteral("client_secret"), QStringLiteral("device_code"),   QStringLiteral("assertion"),
        QStringLiteral("password"),      QStringLiteral("sig"),           QStringLiteral("code_challenge"),
    };
    return secrets.contains(key.toLower());
}

} // namespace

void RequestLog::record(const Request &request, const QString &service, const Response &response, qint64 latencyMs,
                        const QString &fault)
{
    ++m_total;
    m_entries.append(Entry{request.receivedAt, QString::fromLatin1(request.method), redactedPathAndQuery(request),
                           service, response.status, response.errorCode, request.requestId, request.clientRequestId,
                           latencyMs, fault});
    while (m_entries.size() > m_capacity) {
        m_entries.removeFirst();
    }
}

void RequestLog::clear()
{
    m_entries.clear();
    m_total = 0;
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray array;
    for (const Entry &entry : m_entries) {
        QJsonObject object{{QStringLiteral("time"), entry.at.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("method"), entry.method},
                           {QStringLiteral("path"), entry.path},
                           {QStringLiteral("service"), entry.service},
                           {QStringLiteral("status"), entry.status},
                           {QStringLiteral("errorCode"), entry.errorCode},
                           {QStringLiteral("requestId"), entry.requestId},
                           {QStringLiteral("clientRequestId"), entry.clientRequestId},
                           {QStringLiteral("latencyMs"), entry.latencyMs}};
        if (!entry.fault.isEmpty()) {
            object.insert(QStringLiteral("fault"), entry.fault);
        }
        array.append(object);
    }
    return array;
}

QString RequestLog::redactedPathAndQuery(const Request &request)
{
    QString out = request.path;
    QStringList parts;
    for (const auto &item : request.query.items()) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=') +
                     (isSecret(item.first) ? QStringLiteral("REDACTED")
                                           : QString::fromLatin1(QUrl::toPercentEncoding(item.second))));
    }
    if (!parts.isEmpty()) {
        out += QLatin1Char('?') + parts.join(QLatin1Char('&'));
    }
    return out;
}

} // namespace CrossKey::Sandbox
