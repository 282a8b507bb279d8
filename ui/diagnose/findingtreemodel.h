// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/statusicons.h"
#include "wizard/finding.h"

#include <QList>
#include <QStandardItemModel>

namespace CrossKey::Ui {

// FindingTreeModel holds Diagnose's findings as they arrive, grouped by link of the chain: one top row per link
// (its worst status), the findings below it. Links and findings are ordered failures first, then warnings, then
// not checked, then passed; ties keep the chain's order. Every row says its status in words beside an icon whose
// shape differs per status, so nothing rests on colour.
class FindingTreeModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingTreeModel)

public:
    enum Role
    {
        FindingIndexRole = Qt::UserRole + 1, // index into findings(); -1 on a link row
        LinkRole,
        StatusRole, // Wizard::Finding::Status as int
    };

    explicit FindingTreeModel(QObject *parent = nullptr);

    void addFinding(const Wizard::Finding &finding);
    void clearFindings();
    const QList<Wizard::Finding> &findings() const { return m_findings; }
    // The finding behind a row, or null on a link row.
    const Wizard::Finding *finding(const QModelIndex &index) const;

    // Worst first: Fail, Warning, NotChecked, Pass.
    static int severity(Wizard::Finding::Status status);
    static Wizard::StepStatus iconStatus(Wizard::Finding::Status status);
    // Worst status among `findings` on any of `links`; nullopt when none arrived yet.
    static std::optional<Wizard::Finding::Status> worst(const QList<Wizard::Finding> &findings,
                                                        const QStringList &links);

private:
    void rebuild();

    QList<Wizard::Finding> m_findings;
    StatusIcons m_icons;
};

} // namespace CrossKey::Ui
