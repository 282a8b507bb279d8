// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/response.h"

#include <QJsonDocument>

namespace CrossKey::Sandbox {

Response Response::json(const QJsonObject &object, int status)
{
    Response response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8";
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

Response Response::json(const QJsonArray &array, int status)
{
    Response response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8";
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

Response Response::html(const QString &page, int status)
{
    Response response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = page.toUtf8();
    return response;
}

Response Response::redirect(const QUrl &location)
{
    Response response;
    response.status = 302;
    response.setHeader("Location", location.toEncoded());
    return response;
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    return response;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

} // namespace CrossKey::Sandbox
