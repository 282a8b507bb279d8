// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/diagnosisreport.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace CrossKey::Wizard {
class Diagnosis;
}

namespace CrossKey::Ui {

class ChainWidget;
class DiagnoseSession;
class FindingTreeModel;

// Diagnose page 2: runs Wizard::Diagnosis on entry and shows each finding as its check completes, grouped by link
// of the chain, failures first (FindingTreeModel), the chain picture (ChainWidget), the selected finding's cause,
// fix, evidence and CLI (copyable), and "Save report…" in the format of the chosen file type. Back cancels a run.
class DiagnoseResultsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseResultsPage)

public:
    explicit DiagnoseResultsPage(DiagnoseSession *session, QWidget *parent = nullptr);
    ~DiagnoseResultsPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    // The whole report once the run finished.
    const std::optional<Wizard::DiagnosisReport> &report() const { return m_report; }
    FindingTreeModel *model() const { return m_model; }
    ChainWidget *chain() const { return m_chain; }
    // Writes the report to `path` as text, JSON, Markdown or HTML by its suffix (.txt, .json, .md, .html).
    bool saveReport(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void startDiagnosis();
    void saveReportAs();
    void copyCli();

private:
    void stopDiagnosis();
    void addFinding(const CrossKey::Wizard::Finding &finding);
    void finish(const CrossKey::Wizard::DiagnosisReport &report);
    void showSelected();

    DiagnoseSession *m_session;
    ChainWidget *m_chain;
    QProgressBar *m_busy;
    QLabel *m_summary;
    QTreeView *m_tree;
    FindingTreeModel *m_model;
    QTextBrowser *m_details;
    QPlainTextEdit *m_cli;
    QPushButton *m_copyCli;
    QPushButton *m_again;
    QPushButton *m_save;
    QLabel *m_saved;
    QPointer<Wizard::Diagnosis> m_diagnosis;
    std::optional<Wizard::DiagnosisReport> m_report;
    bool m_followWorst = true;
    bool m_rebuilding = false;
};

} // namespace CrossKey::Ui
