// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/clock.h"
#include "ui/statusicons.h"
#include "wizard/runner.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace CrossKey::Ui {

// StepListModel shows a runner's steps, one row each: status icon, title, status text, elapsed
// time and the reason of a wait. It follows the runner's signals; while a step is active a
// one-second timer refreshes the elapsed time, read from the injected clock.
class StepListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepListModel)

public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // Wizard::StepStatus
        TitleRole,
        StatusTextRole,
        ElapsedRole, // the elapsed time as text, empty before the step starts
        ReasonRole,
        StateRole, // Wizard::StepState
    };

    explicit StepListModel(const Azure::Clock &clock, QObject *parent = nullptr);

    void setRunner(Wizard::Runner *runner);
    Wizard::Runner *runner() const { return m_runner; }
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // True while the elapsed-time timer runs (a step is active).
    bool isTicking() const { return m_ticker.isActive(); }
    static QString formatElapsed(qint64 seconds);

public Q_SLOTS:
    void refreshElapsed();

private:
    void updateRow(int index);
    void updateTicker();
    QString elapsedText(const Wizard::StepState &state) const;
    QString secondLine(const Wizard::StepState &state) const;

    const Azure::Clock &m_clock;
    QPointer<Wizard::Runner> m_runner;
    StatusIcons m_icons;
    QTimer m_ticker;
};

} // namespace CrossKey::Ui
