// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"
#include "ui/modecatalog.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace CrossKey::Ui {

class RunView;

// WorkspacePage is where a chosen mode works: its header, a plain notice while its pages are not
// built, "Back to modes" (Alt+Left), and the run view.
class WorkspacePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    explicit WorkspacePage(const Azure::Clock &clock, QWidget *parent = nullptr);

    void showMode(ModeCatalog::Mode mode);
    ModeCatalog::Mode mode() const { return m_mode; }
    RunView *runView() const { return m_runView; }

Q_SIGNALS:
    void backRequested();

private:
    ModeCatalog::Mode m_mode = ModeCatalog::Mode::IsvPrepare;
    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_notice;
    RunView *m_runView;
};

} // namespace CrossKey::Ui
