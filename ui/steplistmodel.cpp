// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/steplistmodel.h"

#include <QLocale>

namespace CrossKey::Ui {

using Wizard::StepState;
using Wizard::StepStatus;
using Wizard::StepStatusText;

StepListModel::StepListModel(const Azure::Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &StepListModel::refreshElapsed);
}

void StepListModel::setRunner(Wizard::Runner *runner)
{
    if (runner == m_runner) {
        return;
    }
    beginResetModel();
    if (m_runner) {
        m_runner->disconnect(this);
    }
    m_runner = runner;
    if (m_runner) {
        connect(m_runner, &Wizard::Runner::stepStateChanged, this, [this](int index) { updateRow(index); });
        connect(m_runner, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_runner = nullptr;
            endResetModel();
            updateTicker();
        });
    }
    endResetModel();
    updateTicker();
}

void StepListModel::setPalette(const QPalette &palette)
{
    m_icons.setPalette(palette);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
    }
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_runner ? 0 : m_runner->stepCount();
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!m_runner || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const StepState state = m_runner->state(index.row());
    const Wizard::Step *step = m_runner->plan().steps().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2", "step list row: title, then status line").arg(step->title(), secondLine(state));
    case Qt::DecorationRole:
        return m_icons.icon(state.status);
    case Qt::ToolTipRole:
        return step->description();
    case Qt::AccessibleTextRole:
        return tr("Step %1 of %2: %3. %4.", "step list row for screen readers")
            .arg(index.row() + 1)
            .arg(rowCount())
            .arg(step->title(), secondLine(state));
    case Qt::AccessibleDescriptionRole:
        return step->description();
    case StatusRole:
        return QVariant::fromValue(state.status);
    case TitleRole:
        return step->title();
    case StatusTextRole:
        return StepStatusText::display(state.status);
    case ElapsedRole:
        return elapsedText(state);
    case ReasonRole:
        return state.reason;
    case StateRole:
        return QVariant::fromValue(state);
    default:
        return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(TitleRole, "title");
    names.insert(StatusTextRole, "statusText");
    names.insert(ElapsedRole, "elapsed");
    names.insert(ReasonRole, "reason");
    names.insert(StateRole, "state");
    return names;
}

QString StepListModel::formatElapsed(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 rest = seconds % 60;
    if (hours > 0) {
        return tr("%1:%2:%3", "elapsed hours:minutes:seconds")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    }
    return tr("%1:%2", "elapsed minutes:seconds").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

void StepListModel::refreshElapsed()
{
    if (!m_runner) {
        return;
    }
    for (int i = 0; i < m_runner->stepCount(); ++i) {
        if (StepStatusText::isActive(m_runner->state(i).status)) {
            Q_EMIT dataChanged(index(i), index(i), {Qt::DisplayRole, Qt::AccessibleTextRole, ElapsedRole});
        }
    }
}

void StepListModel::updateRow(int row)
{
    if (row >= 0 && row < rowCount()) {
        Q_EMIT dataChanged(index(row), index(row));
    }
    updateTicker();
}

void StepListModel::updateTicker()
{
    bool active = false;
    for (int i = 0; m_runner && i < m_runner->stepCount() && !active; ++i) {
        active = StepStatusText::isActive(m_runner->state(i).status);
    }
    if (active && !m_ticker.isActive()) {
        m_ticker.start();
    } else if (!active) {
        m_ticker.stop();
    }
}

QString StepListModel::elapsedText(const StepState &state) const
{
    if (!state.startedAt.isValid() || state.status == StepStatus::Pending) {
        return {};
    }
    const QDateTime end =
        StepStatusText::isActive(state.status) || !state.finishedAt.isValid() ? m_clock.now() : state.finishedAt;
    return formatElapsed(state.startedAt.secsTo(end));
}

QString StepListModel::secondLine(const StepState &state) const
{
    QString line = StepStatusText::display(state.status);
    if (const QString elapsed = elapsedText(state); !elapsed.isEmpty()) {
        line = tr("%1 · %2", "status · elapsed time").arg(line, elapsed);
    }
    if (!state.reason.isEmpty()) {
        line = tr("%1 · %2", "status · reason").arg(line, state.reason);
    }
    if (state.status == StepStatus::Waiting && state.waitUntil.isValid()) {
        const QString until = QLocale().toString(state.waitUntil.toLocalTime().time(), QLocale::ShortFormat);
        line = tr("%1 (until %2)", "wait reason, then the time it should end").arg(line, until);
    }
    return line;
}

} // namespace CrossKey::Ui
