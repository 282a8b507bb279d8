// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace CrossKey::Sandbox {

// PathPattern matches request segments against a template such as
// "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}": literal segments compare
// case-insensitively (as Resource Manager does), {name} captures one segment, and a final {*name}
// captures the rest (at least one segment), joined with '/'. For services' handles()/handle().
class PathPattern final
{
public:
    explicit PathPattern(const QString &pattern);
    bool match(const QStringList &segments, QHash<QString, QString> *captures = nullptr) const;

private:
    QStringList m_segments;
};

} // namespace CrossKey::Sandbox
