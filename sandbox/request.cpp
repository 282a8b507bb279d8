// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/request.h"

#include "sandbox/ids.h"

#include <QHttpServerRequest>

namespace CrossKey::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

void fillDerived(Request &request, const QUrl &url)
{
    request.path = url.path(QUrl::FullyDecoded);
    if (!request.path.startsWith(QLatin1Char('/'))) {
        request.path.prepend(QLatin1Char('/'));
    }
    // Split before decoding, so an encoded '/' (%2F) stays inside its segment.
    request.segments.clear();
    for (const QString &segment : url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        request.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    }
    request.query = FormBody::parse(url.query(QUrl::FullyEncoded).toLatin1());
}

} // namespace

Request Request::fromHttp(const QHttpServerRequest &http, const QDateTime &now)
{
    Request request;
    request.method = methodName(http.method());
    fillDerived(request, http.url());
    request.headers = http.headers();
    request.body = http.body();
    request.requestId = Ids::random();
    request.clientRequestId = QString::fromLatin1(request.header("x-ms-client-request-id"));
    if (request.clientRequestId.isEmpty()) {
        request.clientRequestId = QString::fromLatin1(request.header("client-request-id"));
    }
    request.receivedAt = now;
    return request;
}

Request Request::make(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
{
    Request request;
    request.method = method;
    fillDerived(request, QUrl(QStringLiteral("http://sandbox") + pathAndQuery));
    request.body = body;
    request.requestId = Ids::random();
    request.receivedAt = QDateTime::currentDateTimeUtc();
    return request;
}

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

} // namespace CrossKey::Sandbox
