// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/loopbackredirect.h"

namespace CrossKey::Azure {

namespace {

QString normalisedPath(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

QUrl LoopbackRedirect::uri(quint16 port, Host host, const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host == Host::Localhost ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    return url;
}

Result<void> LoopbackRedirect::validate(const QUrl &uri)
{
    const auto invalid = [&uri](const QString &why) {
        return AzureError(AzureError::Kind::InvalidInput,
                          tr("The redirect address %1 cannot be used: %2.").arg(uri.toDisplayString(), why));
    };
    if (!uri.isValid() || uri.scheme() != QLatin1String("http")) {
        return invalid(tr("a desktop sign-in redirects to http on this computer"));
    }
    const QString host = uri.host().toLower();
    if (host == QLatin1String("::1")) {
        return invalid(tr("Entra does not accept [::1]; use localhost or 127.0.0.1"));
    }
    if (host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1")) {
        return invalid(tr("plain http is allowed only to localhost or 127.0.0.1"));
    }
    if (uri.port() <= 0) {
        return invalid(tr("it names no port"));
    }
    if (!uri.userInfo().isEmpty() || uri.hasFragment()) {
        return invalid(tr("it has user information or a fragment"));
    }
    return {};
}

bool LoopbackRedirect::matchesRegistered(const QUrl &registered, const QUrl &sent)
{
    return registered.scheme().compare(sent.scheme(), Qt::CaseInsensitive) == 0 &&
           registered.host().compare(sent.host(), Qt::CaseInsensitive) == 0 &&
           normalisedPath(registered) == normalisedPath(sent);
}

bool LoopbackRedirect::isRedirectRequest(const QUrl &redirectUri, const QUrl &request)
{
    return normalisedPath(redirectUri) == normalisedPath(request);
}

} // namespace CrossKey::Azure
