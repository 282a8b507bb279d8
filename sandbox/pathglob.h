// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

namespace CrossKey::Sandbox {

// PathGlob matches a decoded request path (no query) case-insensitively against a glob: `*` is any
// text within one segment, `**` any text across segments (also none), `?` one character other than
// '/'. PathPattern's `{name}` (one segment) and `{*name}` (the rest) are accepted too, so a fault can
// name a route the way the services do. A trailing '/' on either side is ignored.
class PathGlob final
{
public:
    explicit PathGlob(const QString &glob = QStringLiteral("**"));
    bool isValid() const { return m_regex.isValid(); }
    bool match(const QString &path) const;
    QString glob() const { return m_glob; }

private:
    QString m_glob;
    QRegularExpression m_regex;
};

} // namespace CrossKey::Sandbox
