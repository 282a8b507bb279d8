// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace CrossKey::Sandbox {

// RedirectUri applies the identity platform's redirect URI rules (CONTRACTS.md §1.2) and builds
// the redirects back to the client.
class RedirectUri final
{
public:
    // True when `requested` matches one of `registered`: exact match, or, for http loopback
    // (localhost / 127.0.0.1; never [::1]), the same host and path with any port.
    static bool matches(const QString &requested, const QStringList &registered);
    // Appends form-encoded parameters to the URI's query.
    static QUrl withParameters(const QUrl &uri, const QList<QPair<QString, QString>> &parameters);
};

} // namespace CrossKey::Sandbox
