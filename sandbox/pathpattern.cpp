// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/pathpattern.h"

namespace CrossKey::Sandbox {

namespace {

bool isCapture(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

} // namespace

PathPattern::PathPattern(const QString &pattern)
    : m_segments(pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts))
{}

bool PathPattern::match(const QStringList &segments, QHash<QString, QString> *captures) const
{
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const QString &expected = m_segments.at(i);
        if (isCapture(expected) && expected.at(1) == QLatin1Char('*')) {
            if (i != m_segments.size() - 1 || segments.size() <= i) {
                return false;
            }
            found.insert(expected.mid(2, expected.size() - 3), segments.mid(i).join(QLatin1Char('/')));
            if (captures) {
                *captures = found;
            }
            return true;
        }
        if (i >= segments.size()) {
            return false;
        }
        if (isCapture(expected)) {
            found.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        } else if (expected.compare(segments.at(i), Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    if (segments.size() != m_segments.size()) {
        return false;
    }
    if (captures) {
        *captures = found;
    }
    return true;
}

} // namespace CrossKey::Sandbox
