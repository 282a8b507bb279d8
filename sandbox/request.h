// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/formbody.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

class QHttpServerRequest;

namespace CrossKey::Sandbox {

// Request is one HTTP request as the services see it: decoded path and segments, the query as a
// form, headers, body, and the ids the sandbox gave it. It is a value; services never touch Qt's
// server objects.
struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, always starting with '/'
    QStringList segments;
    FormBody query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString requestId;       // generated per request (x-ms-request-id, trace_id)
    QString clientRequestId; // x-ms-client-request-id or client-request-id, if sent
    QDateTime receivedAt;

    static Request fromHttp(const QHttpServerRequest &http, const QDateTime &now);
    static Request make(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {});

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QString queryValue(const QString &key) const { return query.value(key); }
    FormBody form() const { return FormBody::parse(body); }
    bool isMethod(const char *name) const { return method == name; }
};

} // namespace CrossKey::Sandbox
