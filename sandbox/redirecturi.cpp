// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/redirecturi.h"

#include "sandbox/formbody.h"

namespace CrossKey::Sandbox {

namespace {

QString normalPath(const QUrl &url)
{
    const QString path = url.path();
    return path.isEmpty() ? QStringLiteral("/") : path;
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1");
}

} // namespace

bool RedirectUri::matches(const QString &requested, const QStringList &registered)
{
    const QUrl url(requested, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasFragment()) {
        return false;
    }
    const bool http = url.scheme() == QLatin1String("http");
    if (http && !isLoopbackHost(url.host())) {
        return false; // http is allowed only for loopback
    }
    for (const QString &candidate : registered) {
        if (candidate == requested) {
            return true;
        }
        const QUrl other(candidate);
        if (http && other.scheme() == QLatin1String("http") && other.host() == url.host() &&
            normalPath(other) == normalPath(url) && !url.hasQuery()) {
            return true; // the port of a loopback redirect URI is ignored
        }
    }
    return false;
}

QUrl RedirectUri::withParameters(const QUrl &uri, const QList<QPair<QString, QString>> &parameters)
{
    QUrl url = uri;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray extra = FormBody::encode(parameters);
    if (!query.isEmpty() && !extra.isEmpty()) {
        query += '&';
    }
    query += extra;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace CrossKey::Sandbox
