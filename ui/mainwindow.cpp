// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "ui/errorbanner.h"
#include "ui/logview.h"
#include "ui/modechooserpage.h"
#include "ui/runview.h"
#include "ui/workspacepage.h"

#include <QAction>
#include <QCloseEvent>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace CrossKey::Ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(const Azure::Clock &clock, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_problem(new ErrorBanner(this)) // above the pages, so first in Tab order
    , m_pages(new QStackedWidget(this))
    , m_chooser(new ModeChooserPage(this))
    , m_workspace(new WorkspacePage(clock, this))
    , m_log(new LogView(clock, this))
    , m_environment(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CrossKey"));

    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_pages->addWidget(m_chooser);
    m_pages->addWidget(m_workspace);
    m_problem->setObjectName(QStringLiteral("problemBanner"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_chooser, &ModeChooserPage::modeChosen, this, &MainWindow::showMode);
    connect(m_workspace, &WorkspacePage::backRequested, this, &MainWindow::showModeChooser);

    auto *dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("logDockWidget"));
    dock->setAccessibleName(tr("Log"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    dock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    m_environment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_environment);

    createMenus();
    restoreWindowState();
}

std::optional<ModeCatalog::Mode> MainWindow::currentMode() const
{
    if (m_pages->currentWidget() == m_workspace) {
        return m_workspace->mode();
    }
    return std::nullopt;
}

void MainWindow::setModeWidget(ModeCatalog::Mode mode, QWidget *widget)
{
    m_workspace->setModeWidget(mode, widget);
}

void MainWindow::setRunner(Wizard::Runner *runner)
{
    m_workspace->runView()->setRunner(runner);
    m_log->setRunner(runner);
}

void MainWindow::setEnvironmentText(const QString &text)
{
    m_environment->setText(text);
    m_environment->setAccessibleName(text);
}

void MainWindow::showProblem(const Azure::AzureError &error)
{
    m_problem->setError(error);
    appendLog(error.summary());
}

void MainWindow::showMode(ModeCatalog::Mode mode)
{
    m_workspace->showMode(mode);
    m_pages->setCurrentWidget(m_workspace);
    const ModeCatalog::Entry entry = ModeCatalog::entry(mode);
    appendLog(entry.pagesBuilt ? tr("Opened %1.").arg(entry.plainTitle())
                               : tr("Opened %1: its pages are not built yet.").arg(entry.plainTitle()));
    if (QWidget *back = m_workspace->findChild<QWidget *>(QStringLiteral("backButton"))) {
        back->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::showModeChooser()
{
    const bool fromWorkspace = m_pages->currentWidget() == m_workspace;
    m_pages->setCurrentWidget(m_chooser);
    // Focus goes back to the mode just left, so the keyboard user keeps their place.
    if (QWidget *button = fromWorkspace ? m_chooser->button(m_workspace->mode()) : nullptr) {
        button->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::appendLog(const QString &message)
{
    m_log->appendMessage(message);
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *dock = findChild<QDockWidget *>(QStringLiteral("logDockWidget"));
    QAction *showLog = dock->toggleViewAction();
    showLog->setText(tr("&Log"));
    showLog->setObjectName(QStringLiteral("showLogAction"));
    view->addAction(showLog);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1100, 720);
    }
    if (!restoreState(m_settings.value(kStateKey).toByteArray())) {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("logDockWidget"));
        resizeDocks({dock}, {fontMetrics().lineSpacing() * 8}, Qt::Vertical);
    }
}

} // namespace CrossKey::Ui
