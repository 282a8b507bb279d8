// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/diagnosisreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace CrossKey::Wizard {

// DiagnoseReportFormat renders a DiagnosisReport for people and scripts: plain text (a terminal), JSON (the stable
// schema in docs/diagnose-report.schema.json), Markdown (pastes into a ticket) and HTML (one self-contained,
// well-formed XHTML file with the chain drawn in inline SVG, no scripts, every value escaped). Reports hold what the
// findings hold: values and request ids, never a token.
class DiagnoseReportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseReportFormat)

public:
    enum Format
    {
        Text,
        Json,
        Markdown,
        Html,
    };

    DiagnoseReportFormat() = delete;

    // "text", "json", "markdown", "html"; false for anything else.
    static bool parseFormat(const QString &name, Format *format);
    static QByteArray render(const DiagnosisReport &report, Format format);

    static QString text(const DiagnosisReport &report);
    static QByteArray json(const DiagnosisReport &report);
    static QString markdown(const DiagnosisReport &report);
    static QString html(const DiagnosisReport &report);
};

} // namespace CrossKey::Wizard
