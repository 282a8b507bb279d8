// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/azureerror.h"
#include "azure/clock.h"
#include "ui/modecatalog.h"
#include "wizard/runner.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QSettings;
class QStackedWidget;

namespace CrossKey::Ui {

class ErrorBanner;
class LogView;
class ModeChooserPage;
class WorkspacePage;

// MainWindow hosts the mode chooser, the workspace of the chosen mode with its run view, and the
// log pane. Its geometry and dock layout are kept in the injected settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `settings` must outlive the window; it is where the window state is remembered.
    MainWindow(const Azure::Clock &clock, QSettings &settings, QWidget *parent = nullptr);

    std::optional<ModeCatalog::Mode> currentMode() const;
    WorkspacePage *workspace() const { return m_workspace; }
    LogView *logView() const { return m_log; }

    // The flow (wizard) of a mode whose pages are built; the window takes ownership.
    void setModeWidget(ModeCatalog::Mode mode, QWidget *widget);
    // Shows the steps of `runner` in the workspace and follows it in the log.
    void setRunner(Wizard::Runner *runner);
    // Where the app talks to (sandbox URL, cloud), shown in the status bar.
    void setEnvironmentText(const QString &text);
    // A problem found at start (e.g. the sandbox could not listen), shown above the pages.
    void showProblem(const Azure::AzureError &error);

public Q_SLOTS:
    void showMode(CrossKey::Ui::ModeCatalog::Mode mode);
    void showModeChooser();
    void appendLog(const QString &message);
    void saveWindowState();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreWindowState();

    QSettings &m_settings;
    ErrorBanner *m_problem;
    QStackedWidget *m_pages;
    ModeChooserPage *m_chooser;
    WorkspacePage *m_workspace;
    LogView *m_log;
    QLabel *m_environment;
};

} // namespace CrossKey::Ui
