// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/identityendpoints.h"

namespace CrossKey::Azure {

namespace {

QUrl endpoint(const Cloud &cloud, const QString &tenant, const QString &name)
{
    QUrl url = cloud.authorityHost();
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    // The tenant is one path segment: a domain or id never holds '/', but encode it anyway.
    const QString segment = QString::fromUtf8(QUrl::toPercentEncoding(tenant.trimmed()));
    url.setPath(path + QLatin1Char('/') + segment + QStringLiteral("/oauth2/v2.0/") + name, QUrl::TolerantMode);
    return url;
}

} // namespace

QUrl IdentityEndpoints::authorize(const Cloud &cloud, const QString &tenant)
{
    return endpoint(cloud, tenant, QStringLiteral("authorize"));
}

QUrl IdentityEndpoints::token(const Cloud &cloud, const QString &tenant)
{
    return endpoint(cloud, tenant, QStringLiteral("token"));
}

QUrl IdentityEndpoints::deviceCode(const Cloud &cloud, const QString &tenant)
{
    return endpoint(cloud, tenant, QStringLiteral("devicecode"));
}

} // namespace CrossKey::Azure
