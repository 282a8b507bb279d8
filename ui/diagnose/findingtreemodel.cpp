// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnose/findingtreemodel.h"

#include <algorithm>

namespace CrossKey::Ui {

using Wizard::Finding;

FindingTreeModel::FindingTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Check")});
}

void FindingTreeModel::addFinding(const Finding &finding)
{
    m_findings.append(finding);
    rebuild();
}

void FindingTreeModel::clearFindings()
{
    m_findings.clear();
    rebuild();
}

const Finding *FindingTreeModel::finding(const QModelIndex &index) const
{
    const int at = index.isValid() ? index.data(FindingIndexRole).toInt() : -1;
    return at >= 0 && at < m_findings.size() ? &m_findings.at(at) : nullptr;
}

int FindingTreeModel::severity(Finding::Status status)
{
    switch (status) {
    case Finding::Fail:
        return 0;
    case Finding::Warning:
        return 1;
    case Finding::NotChecked:
        return 2;
    case Finding::Pass:
        break;
    }
    return 3;
}

Wizard::StepStatus FindingTreeModel::iconStatus(Finding::Status status)
{
    switch (status) {
    case Finding::Pass:
        return Wizard::StepStatus::Done;
    case Finding::Warning:
        return Wizard::StepStatus::NeedsYou; // the warning sign
    case Finding::Fail:
        return Wizard::StepStatus::Failed;
    case Finding::NotChecked:
        break;
    }
    return Wizard::StepStatus::Skipped;
}

std::optional<Finding::Status> FindingTreeModel::worst(const QList<Finding> &findings, const QStringList &links)
{
    std::optional<Finding::Status> result;
    for (const Finding &finding : findings) {
        if (links.contains(finding.link) && (!result || severity(finding.status) < severity(*result))) {
            result = finding.status;
        }
    }
    return result;
}

void FindingTreeModel::rebuild()
{
    // Small (a few dozen rows): rebuilding keeps the order rules in one place.
    removeRows(0, rowCount());
    const QStringList chain = Finding::links();
    QStringList links;
    for (const Finding &finding : std::as_const(m_findings)) {
        if (!links.contains(finding.link)) {
            links.append(finding.link);
        }
    }
    const auto linkKey = [&](const QString &link) {
        return std::pair(severity(*worst(m_findings, {link})), chain.indexOf(link));
    };
    std::stable_sort(links.begin(), links.end(),
                     [&](const QString &a, const QString &b) { return linkKey(a) < linkKey(b); });
    for (const QString &link : std::as_const(links)) {
        const Finding::Status status = *worst(m_findings, {link});
        auto *linkItem = new QStandardItem(m_icons.icon(iconStatus(status)),
                                           tr("%1 — %2").arg(Finding::linkTitle(link), Finding::statusTitle(status)));
        linkItem->setEditable(false);
        linkItem->setData(-1, FindingIndexRole);
        linkItem->setData(link, LinkRole);
        linkItem->setData(int(status), StatusRole);
        QList<int> rows;
        for (int i = 0; i < m_findings.size(); ++i) {
            if (m_findings.at(i).link == link) {
                rows.append(i);
            }
        }
        std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
            return severity(m_findings.at(a).status) < severity(m_findings.at(b).status);
        });
        for (const int i : std::as_const(rows)) {
            const Finding &finding = m_findings.at(i);
            auto *item = new QStandardItem(m_icons.icon(iconStatus(finding.status)),
                                           tr("%1: %2").arg(Finding::statusTitle(finding.status), finding.title));
            item->setEditable(false);
            item->setData(i, FindingIndexRole);
            item->setData(link, LinkRole);
            item->setData(int(finding.status), StatusRole);
            item->setToolTip(finding.cause);
            linkItem->appendRow(item);
        }
        appendRow(linkItem);
    }
}

} // namespace CrossKey::Ui
