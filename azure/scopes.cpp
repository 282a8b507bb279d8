// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/scopes.h"

namespace CrossKey::Azure {

namespace {

const QLatin1String kDefaultSuffix("/.default");

} // namespace

QString Scopes::forResource(const QString &resource)
{
    return resource + kDefaultSuffix;
}

QString Scopes::forHost(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
               .toString(QUrl::FullyEncoded) +
           kDefaultSuffix;
}

QString Scopes::resourceOf(const QString &scope)
{
    if (!scope.endsWith(kDefaultSuffix) || scope.size() == kDefaultSuffix.size()) {
        return {};
    }
    return scope.chopped(kDefaultSuffix.size());
}

QString Scopes::withOpenId(const QString &resourceScope)
{
    return QStringLiteral("openid profile offline_access ") + resourceScope;
}

} // namespace CrossKey::Azure
