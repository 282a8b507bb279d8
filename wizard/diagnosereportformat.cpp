// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/diagnosereportformat.h"

#include <QJsonDocument>

namespace CrossKey::Wizard {

namespace {

QString symbol(Finding::Status status)
{
    switch (status) {
    case Finding::Pass:
        return QStringLiteral("PASS");
    case Finding::Warning:
        return QStringLiteral("WARN");
    case Finding::Fail:
        return QStringLiteral("FAIL");
    case Finding::NotChecked:
        break;
    }
    return QStringLiteral("----");
}

QString colour(Finding::Status status)
{
    switch (status) {
    case Finding::Pass:
        return QStringLiteral("#1a7f37");
    case Finding::Warning:
        return QStringLiteral("#9a6700");
    case Finding::Fail:
        return QStringLiteral("#cf222e");
    case Finding::NotChecked:
        break;
    }
    return QStringLiteral("#6e7781");
}

QString esc(const QString &value)
{
    return value.toHtmlEscaped();
}

// Markdown: values go in code spans, whose content Markdown does not interpret; backticks inside are replaced.
QString code(const QString &value)
{
    QString safe = value;
    safe.replace(u'`', u'\'').replace(u'\n', u' ');
    return safe.isEmpty() ? QString() : QStringLiteral("`%1`").arg(safe);
}

QString plain(const QString &value)
{
    QString safe = value;
    // Keep Azure's text from opening HTML or links in a ticket system that renders Markdown.
    safe.replace(u'<', QStringLiteral("&lt;")).replace(u'>', QStringLiteral("&gt;")).replace(u'\n', u' ');
    return safe;
}

} // namespace

bool DiagnoseReportFormat::parseFormat(const QString &name, Format *format)
{
    static const QStringList names = {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
                                      QStringLiteral("html")};
    const qsizetype index = names.indexOf(name.toLower());
    if (index < 0) {
        return false;
    }
    *format = Format(index);
    return true;
}

QByteArray DiagnoseReportFormat::render(const DiagnosisReport &report, Format format)
{
    switch (format) {
    case Text:
        return text(report).toUtf8();
    case Json:
        return json(report);
    case Markdown:
        return markdown(report).toUtf8();
    case Html:
        break;
    }
    return html(report).toUtf8();
}

QString DiagnoseReportFormat::text(const DiagnosisReport &report)
{
    QString out;
    out += tr("CrossKey diagnosis of %1 %2").arg(report.targetKind, report.target) + u'\n';
    out += tr("Cloud: %1  ISV tenant: %2  Customer tenant: %3")
               .arg(report.cloud, report.isvTenantId, report.customerTenantId) +
           u'\n';
    out += report.summary() + u'\n';
    QString link;
    for (const Finding &finding : report.findings) {
        if (finding.link != link) {
            link = finding.link;
            out += u'\n' + Finding::linkTitle(link) + u'\n';
        }
        out += QStringLiteral("  [%1] %2\n").arg(symbol(finding.status), finding.title);
        if (!finding.cause.isEmpty()) {
            out += QStringLiteral("         %1\n").arg(finding.cause);
        }
        if (finding.status != Finding::Pass && !finding.fix.isEmpty()) {
            out += QStringLiteral("         ") + tr("Fix: %1").arg(finding.fix) + u'\n';
        }
        for (const QString &line : finding.evidence) {
            out += QStringLiteral("         - %1\n").arg(line);
        }
        if (finding.status != Finding::Pass && !finding.cli.isEmpty()) {
            for (const QString &line : finding.cli.split(u'\n')) {
                out += QStringLiteral("         $ %1\n").arg(line);
            }
        }
    }
    out += u'\n' + tr("Exit code: %1").arg(report.exitCode()) + u'\n';
    return out;
}

QByteArray DiagnoseReportFormat::json(const DiagnosisReport &report)
{
    return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
}

QString DiagnoseReportFormat::markdown(const DiagnosisReport &report)
{
    QString out;
    out += QStringLiteral("## ") + tr("CrossKey diagnosis") + u'\n' + u'\n';
    out += QStringLiteral("- ") + tr("Target: %1 %2").arg(report.targetKind, code(report.target)) + u'\n';
    out += QStringLiteral("- ") + tr("Cloud: %1").arg(code(report.cloud)) + u'\n';
    out += QStringLiteral("- ") + tr("ISV tenant: %1").arg(code(report.isvTenantId)) + u'\n';
    out += QStringLiteral("- ") + tr("Customer tenant: %1").arg(code(report.customerTenantId)) + u'\n';
    out += QStringLiteral("- ") + tr("Result: %1 (exit code %2)").arg(report.summary()).arg(report.exitCode()) + u'\n';
    out += u'\n' + QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                       .arg(tr("Link"), tr("Status"), tr("Check"), tr("Cause"));
    for (const Finding &finding : report.findings) {
        out += QStringLiteral("| %1 | **%2** | %3 | %4 |\n")
                   .arg(Finding::linkTitle(finding.link), Finding::statusTitle(finding.status), plain(finding.title),
                        plain(finding.cause).replace(u'|', QStringLiteral("\\|")));
    }
    for (const Finding &finding : report.findings) {
        if (finding.status == Finding::Pass) {
            continue;
        }
        out += u'\n' + QStringLiteral("### %1: %2\n\n").arg(Finding::statusTitle(finding.status), plain(finding.title));
        out += plain(finding.cause) + u'\n';
        if (!finding.fix.isEmpty()) {
            out += u'\n' + tr("Fix: %1").arg(plain(finding.fix)) + u'\n';
        }
        for (const QString &line : finding.evidence) {
            out += QStringLiteral("- %1\n").arg(code(line));
        }
        if (!finding.cli.isEmpty()) {
            QString cli = finding.cli;
            cli.replace(QStringLiteral("```"), QStringLiteral("'''"));
            out += QStringLiteral("\n```sh\n%1\n```\n").arg(cli);
        }
    }
    return out;
}

QString DiagnoseReportFormat::html(const DiagnosisReport &report)
{
    QString out;
    out += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                          "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                          "<meta charset=\"UTF-8\" />\n");
    out += QStringLiteral("<title>%1</title>\n").arg(esc(tr("CrossKey diagnosis")));
    out += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em;max-width:60em}"
        "table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.3em .5em;vertical-align:top}"
        ".pass{color:#1a7f37}.warning{color:#9a6700}.fail{color:#cf222e}.not-checked{color:#6e7781}"
        "pre{background:#f6f8fa;padding:.5em;white-space:pre-wrap}</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("CrossKey diagnosis")));
    out +=
        QStringLiteral("<p>%1 <code>%2</code><br />%3 <code>%4</code>, %5 <code>%6</code>, %7 <code>%8</code><br />"
                       "%9</p>\n")
            .arg(esc(report.targetKind), esc(report.target), esc(tr("Cloud")), esc(report.cloud), esc(tr("ISV tenant")),
                 esc(report.isvTenantId), esc(tr("customer tenant")), esc(report.customerTenantId),
                 esc(tr("%1 — exit code %2").arg(report.summary()).arg(report.exitCode())));

    // The chain, each link coloured and labelled with its state (never colour alone).
    const QStringList chain = {QStringLiteral("isv-tenant"),
                               QStringLiteral("identity"),
                               QStringLiteral("app"),
                               QStringLiteral("credential"),
                               QStringLiteral("customer-tenant"),
                               QStringLiteral("service-principal"),
                               QStringLiteral("vault"),
                               QStringLiteral("key"),
                               QStringLiteral("storage-account"),
                               QStringLiteral("data")};
    const int boxWidth = 118;
    const int gap = 14;
    const int width = int(chain.size()) * (boxWidth + gap);
    out += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"70\" role=\"img\" "
                          "aria-label=\"%2\">\n")
               .arg(width)
               .arg(esc(tr("The key chain and the state of each link")));
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const Finding::Status status = report.linkStatus(chain.at(i));
        const int x = int(i) * (boxWidth + gap);
        out += QStringLiteral("<rect x=\"%1\" y=\"5\" width=\"%2\" height=\"56\" rx=\"6\" fill=\"white\" "
                              "stroke=\"%3\" stroke-width=\"3\" />\n")
                   .arg(x)
                   .arg(boxWidth)
                   .arg(colour(status));
        out += QStringLiteral("<text x=\"%1\" y=\"28\" font-size=\"11\" text-anchor=\"middle\">%2</text>\n")
                   .arg(x + boxWidth / 2)
                   .arg(esc(Finding::linkTitle(chain.at(i))));
        out += QStringLiteral("<text x=\"%1\" y=\"48\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\" "
                              "fill=\"%2\">%3</text>\n")
                   .arg(x + boxWidth / 2)
                   .arg(colour(status), esc(Finding::statusTitle(status)));
        if (i + 1 < chain.size()) {
            out += QStringLiteral("<line x1=\"%1\" y1=\"33\" x2=\"%2\" y2=\"33\" stroke=\"#57606a\" />\n")
                       .arg(x + boxWidth)
                       .arg(x + boxWidth + gap);
        }
    }
    out += QStringLiteral("</svg>\n");

    out += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
               .arg(esc(tr("Link")), esc(tr("Status")), esc(tr("Check")), esc(tr("Details")));
    for (const Finding &finding : report.findings) {
        const QString cls = Finding::statusName(finding.status);
        out += QStringLiteral("<tr id=\"%1\"><td>%2</td><td class=\"%3\">%4</td><td>%5</td><td>")
                   .arg(esc(finding.id), esc(Finding::linkTitle(finding.link)), cls,
                        esc(Finding::statusTitle(finding.status)), esc(finding.title));
        out += QStringLiteral("<p>%1</p>").arg(esc(finding.cause));
        if (finding.status != Finding::Pass && !finding.fix.isEmpty()) {
            out += QStringLiteral("<p>%1</p>").arg(esc(tr("Fix: %1").arg(finding.fix)));
        }
        if (!finding.evidence.isEmpty()) {
            out += QStringLiteral("<ul>");
            for (const QString &line : finding.evidence) {
                out += QStringLiteral("<li><code>%1</code></li>").arg(esc(line));
            }
            out += QStringLiteral("</ul>");
        }
        if (finding.status != Finding::Pass && !finding.cli.isEmpty()) {
            out += QStringLiteral("<pre>%1</pre>").arg(esc(finding.cli));
        }
        out += QStringLiteral("</td></tr>\n");
    }
    out += QStringLiteral("</table>\n</body>\n</html>\n");
    return out;
}

} // namespace CrossKey::Wizard
