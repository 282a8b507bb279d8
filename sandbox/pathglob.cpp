// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/pathglob.h"

namespace CrossKey::Sandbox {

namespace {

QString withoutTrailingSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    return path;
}

QString toRegex(const QString &glob)
{
    QString out = QStringLiteral("^");
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < glob.size() && glob.at(i + 1) == QLatin1Char('*')) {
                ++i;
                // "/**" also matches the bare parent ("/a/**" matches "/a").
                if (out.endsWith(QStringLiteral("\\/"))) {
                    out.chop(2);
                    out += QStringLiteral("(?:/.*)?");
                } else {
                    out += QStringLiteral(".*");
                }
            } else {
                out += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            out += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('{')) {
            const qsizetype close = glob.indexOf(QLatin1Char('}'), i);
            if (close < 0) {
                out += QRegularExpression::escape(QString(c));
                continue;
            }
            out += glob.at(i + 1) == QLatin1Char('*') ? QStringLiteral(".+") : QStringLiteral("[^/]+");
            i = close;
        } else {
            out += QRegularExpression::escape(QString(c));
        }
    }
    return out + QLatin1Char('$');
}

} // namespace

PathGlob::PathGlob(const QString &glob)
    : m_glob(glob)
{
    QString normalised = withoutTrailingSlash(glob.trimmed());
    if (!normalised.startsWith(QLatin1Char('/')) && !normalised.startsWith(QLatin1Char('*'))) {
        normalised.prepend(QLatin1Char('/'));
    }
    m_regex = QRegularExpression(toRegex(normalised), QRegularExpression::CaseInsensitiveOption);
}

bool PathGlob::match(const QString &path) const
{
    return m_regex.match(withoutTrailingSlash(path)).hasMatch();
}

} // namespace CrossKey::Sandbox
