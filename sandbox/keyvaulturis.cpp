// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/keyvaulturis.h"

#include <QStringList>

namespace CrossKey::Sandbox {

namespace {

QString origin(const QUrl &base)
{
    return base.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
}

bool is(const QString &segment, const char *literal)
{
    return segment.compare(QLatin1String(literal), Qt::CaseInsensitive) == 0;
}

} // namespace

QString KeyVaultUris::vaultUri(const QUrl &base, const QString &vaultName)
{
    return origin(base) + QStringLiteral("/vaults/") + vaultName + QLatin1Char('/');
}

QString KeyVaultUris::hsmUri(const QUrl &base, const QString &hsmName)
{
    return origin(base) + QStringLiteral("/managedhsms/") + hsmName + QLatin1Char('/');
}

QString KeyVaultUris::dnsSuffix(const QUrl &base)
{
    const QString host = base.host().toLower();
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == host.size() - 1) {
        return QStringLiteral("vault.azure.net");
    }
    return host.mid(dot + 1);
}

KeyVaultUri KeyVaultUris::parse(const QUrl &base, const QString &uri)
{
    KeyVaultUri parsed;
    const QUrl url(uri);
    if (!url.isValid() || url.host().compare(base.host(), Qt::CaseInsensitive) != 0 ||
        url.port(url.scheme() == QLatin1String("https") ? 443 : 80) != base.port()) {
        return parsed;
    }
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 2 || (!is(segments.at(0), "vaults") && !is(segments.at(0), "managedhsms"))) {
        return parsed;
    }
    parsed.managedHsm = is(segments.at(0), "managedhsms");
    parsed.vaultName = segments.at(1);
    if (segments.size() == 2) {
        parsed.valid = true;
        return parsed;
    }
    if (segments.size() > 5 || !is(segments.at(2), "keys") || segments.size() < 4) {
        return parsed;
    }
    parsed.keyName = segments.at(3);
    parsed.version = segments.value(4);
    parsed.valid = true;
    return parsed;
}

} // namespace CrossKey::Sandbox
