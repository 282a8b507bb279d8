// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace CrossKey::Wizard {

// What a Diagnosis found, in chain order, with what was asked and when. toJson() is the stable JSON report
// (docs/diagnose-report.schema.json, schemaVersion below); DiagnoseReportFormat renders the other formats.
struct DiagnosisReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisReport)

public:
    static constexpr int kSchemaVersion = 1;

    QString targetKind;  // "storage-account", "app" or "key"
    QString target;      // the resource id, app id or key URI as given
    QString cloud;       // the cloud's name
    QString isvTenantId; // as known after the run (given, or learnt from the chain)
    QString customerTenantId;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<Finding> findings;

    int count(Finding::Status status) const;
    // 0 every finding passed; 1 warnings or checks that could not run; 2 a failure; 3 nothing could be checked.
    int exitCode() const;
    // "3 passed, 1 failed, 2 not checked".
    QString summary() const;
    // The worst status of the findings on one link; NotChecked when none.
    Finding::Status linkStatus(const QString &link) const;
    QJsonObject toJson() const;
};

} // namespace CrossKey::Wizard

Q_DECLARE_METATYPE(CrossKey::Wizard::DiagnosisReport)
