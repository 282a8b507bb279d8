// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"
#include "wizard/runner.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace CrossKey::Ui {

class StepDetailView;
class StepListModel;

// RunView shows a runner's plan: the live step list, the selected step's details, and Run, Cancel
// and Retry. Without a runner it shows a plain empty-state text instead.
class RunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunView)

public:
    explicit RunView(const Azure::Clock &clock, QWidget *parent = nullptr);

    void setRunner(Wizard::Runner *runner);
    Wizard::Runner *runner() const { return m_runner; }
    // What the empty state says, e.g. why there is no plan.
    void setEmptyText(const QString &text);
    StepListModel *model() const { return m_model; }

public Q_SLOTS:
    void run();
    void cancel();
    void retry();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    bool allStepsComplete() const;
    void updateDetail();
    void followStep(int index);

    QPointer<Wizard::Runner> m_runner;
    StepListModel *m_model;
    QStackedWidget *m_pages;
    QLabel *m_emptyState;
    QListView *m_list;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    StepDetailView *m_detail;
};

} // namespace CrossKey::Ui
