// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"
#include "ui/modecatalog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace CrossKey::Ui {

class RunView;

// WorkspacePage is where a chosen mode works: its header, "Back to modes" (Alt+Left), and either the
// mode's own flow (its wizard pages) or, while those are not built, a plain notice and the run view.
class WorkspacePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    explicit WorkspacePage(const Azure::Clock &clock, QWidget *parent = nullptr);

    void showMode(ModeCatalog::Mode mode);
    // The flow shown for `mode` instead of the notice and run view; the page takes ownership.
    void setModeWidget(ModeCatalog::Mode mode, QWidget *widget);
    QWidget *modeWidget(ModeCatalog::Mode mode) const { return m_modeWidgets.value(mode); }
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
    QHash<ModeCatalog::Mode, QPointer<QWidget>> m_modeWidgets;
};

} // namespace CrossKey::Ui
