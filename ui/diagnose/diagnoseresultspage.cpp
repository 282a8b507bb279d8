// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnose/diagnoseresultspage.h"

#include "azure/tenantconnection.h"
#include "ui/diagnose/chainwidget.h"
#include "ui/diagnose/diagnosesession.h"
#include "ui/diagnose/findingtreemodel.h"
#include "ui/flow/pagewidgets.h"
#include "wizard/diagnosereportformat.h"
#include "wizard/diagnosis.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace CrossKey::Ui {

using Wizard::Finding;

DiagnoseResultsPage::DiagnoseResultsPage(DiagnoseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_chain(new ChainWidget(this))
    , m_busy(PageWidgets::busyBar(QStringLiteral("diagnoseBusyBar"), tr("Diagnosing"), this))
    , m_summary(PageWidgets::fieldMessage(QStringLiteral("diagnoseSummaryLabel"), tr("Summary"), this))
    , m_tree(new QTreeView(this))
    , m_model(new FindingTreeModel(this))
    , m_details(new QTextBrowser(this))
    , m_cli(new QPlainTextEdit(this))
    , m_copyCli(new QPushButton(tr("Copy C&LI"), this))
    , m_again(new QPushButton(tr("Diagnose &again"), this))
    , m_save(new QPushButton(tr("&Save report…"), this))
    , m_saved(PageWidgets::fieldMessage(QStringLiteral("reportSavedLabel"), tr("Report status"), this))
{
    setObjectName(QStringLiteral("diagnoseResultsPage"));
    setTitle(tr("Findings"));
    setSubTitle(tr("Each check appears as it completes, grouped by link of the chain, failures first. Select one "
                   "for its cause, fix, evidence and the Azure CLI to check or fix it."));
    setFinalPage(true);

    m_tree->setObjectName(QStringLiteral("findingsTreeView"));
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_details->setObjectName(QStringLiteral("findingDetailsView"));
    m_details->setAccessibleName(tr("Finding details"));
    m_details->setTabChangesFocus(true);
    m_cli->setObjectName(QStringLiteral("findingCliPlainTextEdit"));
    m_cli->setAccessibleName(tr("Azure CLI for this finding"));
    m_cli->setReadOnly(true);
    m_cli->setTabChangesFocus(true);
    m_cli->setMaximumHeight(80);
    m_cli->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyCli->setObjectName(QStringLiteral("copyCliButton"));
    m_copyCli->setAccessibleName(tr("Copy CLI"));
    m_again->setObjectName(QStringLiteral("diagnoseAgainButton"));
    m_again->setAccessibleName(tr("Diagnose again"));
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setAccessibleName(tr("Save report"));

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details, 1);
    auto *cliRow = new QHBoxLayout;
    cliRow->addWidget(m_cli, 1);
    cliRow->addWidget(m_copyCli, 0, Qt::AlignTop);
    detailLayout->addLayout(cliRow);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saved, 1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chain);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_rebuilding) {
            m_followWorst = false; // the user chose
            showSelected();
        }
    });
    connect(m_copyCli, &QPushButton::clicked, this, &DiagnoseResultsPage::copyCli);
    connect(m_again, &QPushButton::clicked, this, &DiagnoseResultsPage::startDiagnosis);
    connect(m_save, &QPushButton::clicked, this, &DiagnoseResultsPage::saveReportAs);
    showSelected();
}

DiagnoseResultsPage::~DiagnoseResultsPage()
{
    stopDiagnosis();
}

void DiagnoseResultsPage::initializePage()
{
    startDiagnosis();
}

void DiagnoseResultsPage::cleanupPage()
{
    stopDiagnosis();
}

bool DiagnoseResultsPage::isComplete() const
{
    return !isRunning();
}

bool DiagnoseResultsPage::isRunning() const
{
    return m_diagnosis && m_diagnosis->isRunning();
}

void DiagnoseResultsPage::startDiagnosis()
{
    stopDiagnosis();
    m_report.reset();
    m_followWorst = true;
    m_model->clearFindings();
    m_chain->setFindings({});
    m_saved->clear();
    m_saved->hide();
    m_busy->show();
    m_summary->setText(tr("Checking every link of the chain (read-only)…"));
    m_summary->show();
    m_save->setEnabled(false);
    m_again->setEnabled(false);
    m_diagnosis = new Wizard::Diagnosis(m_session->input(), m_session->clock(), this);
    connect(m_diagnosis, &Wizard::Diagnosis::findingReady, this, &DiagnoseResultsPage::addFinding);
    connect(m_diagnosis, &Wizard::Diagnosis::finished, this, &DiagnoseResultsPage::finish);
    m_diagnosis->start();
    Q_EMIT completeChanged();
}

void DiagnoseResultsPage::stopDiagnosis()
{
    if (m_diagnosis) {
        disconnect(m_diagnosis, nullptr, this, nullptr);
        m_diagnosis->cancel();
        m_diagnosis->deleteLater();
    }
    m_diagnosis = nullptr;
    m_busy->hide();
}

void DiagnoseResultsPage::addFinding(const Finding &finding)
{
    const Finding *selected = m_model->finding(m_tree->currentIndex());
    // Until the user picks a check, the worst one so far stays selected; after, theirs does.
    const QString keep = m_followWorst || !selected ? QString() : selected->id;
    m_rebuilding = true;
    m_model->addFinding(finding);
    m_chain->setFindings(m_model->findings());
    m_tree->expandAll();
    QModelIndex target;
    for (int row = 0; row < m_model->rowCount() && !target.isValid(); ++row) {
        const QModelIndex link = m_model->index(row, 0);
        for (int child = 0; child < m_model->rowCount(link); ++child) {
            const QModelIndex index = m_model->index(child, 0, link);
            if (keep.isEmpty() || m_model->finding(index)->id == keep) {
                target = index;
                break;
            }
        }
    }
    m_tree->setCurrentIndex(target);
    m_rebuilding = false;
    showSelected();
}

void DiagnoseResultsPage::finish(const Wizard::DiagnosisReport &report)
{
    m_report = report;
    m_busy->hide();
    QString summary = report.exitCode() == 0 ? tr("Every check passed: %1.").arg(report.summary())
                                             : tr("Done: %1.").arg(report.summary());
    // Both sign-ins may restore the same saved account; say so rather than let it pass unnoticed.
    const Azure::TenantConnection *isv = m_session->isvConnection();
    const Azure::TenantConnection *customer = m_session->customerConnection();
    if (isv && customer && isv->tenantId() == customer->tenantId()) {
        summary += u' ' + tr("Both sign-ins are to the same tenant (%1). If the key is in another tenant, go Back "
                             "and sign in to the customer tenant with its domain or id.")
                              .arg(isv->tenantId());
    }
    m_summary->setText(summary);
    m_save->setEnabled(true);
    m_again->setEnabled(true);
    if (m_diagnosis) {
        m_diagnosis->deleteLater();
    }
    Q_EMIT completeChanged();
}

void DiagnoseResultsPage::showSelected()
{
    if (m_rebuilding) {
        return;
    }
    const Finding *finding = m_model->finding(m_tree->currentIndex());
    m_cli->setPlainText(finding ? finding->cli : QString());
    m_copyCli->setEnabled(finding && !finding->cli.isEmpty());
    if (!finding) {
        m_details->setHtml(m_model->findings().isEmpty() ? QString() : tr("Select a check to see its details."));
        return;
    }
    QString html =
        QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p>")
            .arg(finding->title.toHtmlEscaped(), tr("Status:"), Finding::statusTitle(finding->status).toHtmlEscaped());
    if (!finding->cause.isEmpty()) {
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(finding->status == Finding::Pass ? tr("Found:") : tr("Cause:"), finding->cause.toHtmlEscaped());
    }
    if (!finding->fix.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), finding->fix.toHtmlEscaped());
    }
    if (!finding->evidence.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Evidence:"));
        for (const QString &line : finding->evidence) {
            html += QStringLiteral("<li><code>%1</code></li>").arg(line.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

void DiagnoseResultsPage::copyCli()
{
    QApplication::clipboard()->setText(m_cli->toPlainText());
}

bool DiagnoseResultsPage::saveReport(const QString &path, QString *error) const
{
    if (!m_report) {
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto format = Wizard::DiagnoseReportFormat::Text;
    if (suffix == QLatin1String("json")) {
        format = Wizard::DiagnoseReportFormat::Json;
    } else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        format = Wizard::DiagnoseReportFormat::Markdown;
    } else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        format = Wizard::DiagnoseReportFormat::Html;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Wizard::DiagnoseReportFormat::render(*m_report, format)) < 0 ||
        !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

void DiagnoseResultsPage::saveReportAs()
{
    const QString text = tr("Text (*.txt)");
    const QString json = tr("JSON (*.json)");
    const QString markdown = tr("Markdown (*.md)");
    const QString html = tr("HTML (*.html)");
    QString filter = markdown;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), QDir::home().filePath(QStringLiteral("crosskey-diagnosis.md")),
        QStringList{text, json, markdown, html}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) { // the chosen file type decides
        path += filter == json   ? QStringLiteral(".json")
                : filter == html ? QStringLiteral(".html")
                : filter == text ? QStringLiteral(".txt")
                                 : QStringLiteral(".md");
    }
    QString error;
    const bool saved = saveReport(path, &error);
    m_saved->setText(saved ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                           : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    m_saved->show();
}

} // namespace CrossKey::Ui
