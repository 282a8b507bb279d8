// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/diagnosisreport.h"

#include <QJsonArray>

namespace CrossKey::Wizard {

int DiagnosisReport::count(Finding::Status status) const
{
    int n = 0;
    for (const Finding &finding : findings) {
        n += finding.status == status ? 1 : 0;
    }
    return n;
}

int DiagnosisReport::exitCode() const
{
    if (count(Finding::Fail) > 0) {
        return 2;
    }
    if (findings.isEmpty() || count(Finding::NotChecked) == findings.size()) {
        return 3;
    }
    // A check that could not run is not a pass: scripts must not take a half-checked chain for a healthy one.
    return count(Finding::Warning) + count(Finding::NotChecked) > 0 ? 1 : 0;
}

QString DiagnosisReport::summary() const
{
    return tr("%1 passed, %2 warnings, %3 failed, %4 not checked")
        .arg(count(Finding::Pass))
        .arg(count(Finding::Warning))
        .arg(count(Finding::Fail))
        .arg(count(Finding::NotChecked));
}

Finding::Status DiagnosisReport::linkStatus(const QString &link) const
{
    // Worst first: a failure outranks a warning, which outranks a pass; not-checked only when nothing ran.
    bool any = false;
    bool warning = false;
    bool pass = false;
    for (const Finding &finding : findings) {
        if (finding.link != link) {
            continue;
        }
        any = true;
        if (finding.status == Finding::Fail) {
            return Finding::Fail;
        }
        warning = warning || finding.status == Finding::Warning;
        pass = pass || finding.status == Finding::Pass;
    }
    if (!any || (!warning && !pass)) {
        return Finding::NotChecked;
    }
    return warning ? Finding::Warning : Finding::Pass;
}

QJsonObject DiagnosisReport::toJson() const
{
    QJsonArray items;
    for (const Finding &finding : findings) {
        items.append(finding.toJson());
    }
    QJsonObject links;
    for (const QString &link : Finding::links()) {
        links.insert(link, Finding::statusName(linkStatus(link)));
    }
    return {{QStringLiteral("schemaVersion"), kSchemaVersion},
            {QStringLiteral("tool"), QStringLiteral("crosskey")},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("kind"), targetKind}, {QStringLiteral("value"), target}}},
            {QStringLiteral("cloud"), cloud},
            {QStringLiteral("isvTenantId"), isvTenantId},
            {QStringLiteral("customerTenantId"), customerTenantId},
            {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("exitCode"), exitCode()},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("pass"), count(Finding::Pass)},
                                                    {QStringLiteral("warning"), count(Finding::Warning)},
                                                    {QStringLiteral("fail"), count(Finding::Fail)},
                                                    {QStringLiteral("notChecked"), count(Finding::NotChecked)}}},
            {QStringLiteral("links"), links},
            {QStringLiteral("findings"), items}};
}

} // namespace CrossKey::Wizard
