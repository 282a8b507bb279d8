// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace CrossKey::Sandbox {

// Response is what a service answers: status, content type, headers, body, and the service error
// code (if any) for the request log.
struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorCode;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    static Response html(const QString &page, int status = 200);
    static Response redirect(const QUrl &location);
    static Response empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value); // replaces
    QByteArray header(const QByteArray &name) const;
};

} // namespace CrossKey::Sandbox
