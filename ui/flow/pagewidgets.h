// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QProgressBar;
class QWidget;

namespace CrossKey::Ui::PageWidgets {

// A thin, endless progress bar shown while a live list loads; hidden otherwise. Never the only sign: the
// page's text says what is loading.
QProgressBar *busyBar(const QString &objectName, const QString &accessibleName, QWidget *parent);
// A wrapped plain-text label under a field for what is wrong with it or what will happen; focusable so a
// keyboard or screen reader user meets it after the field.
QLabel *fieldMessage(const QString &objectName, const QString &accessibleName, QWidget *parent);
// A wrapped plain-text explanation.
QLabel *note(const QString &objectName, QWidget *parent);

// Cancels a job the page no longer wants; it reports nothing more to anyone.
template<typename Job>
void stop(QPointer<Job> &job)
{
    if (job) {
        QObject::disconnect(job, nullptr, nullptr, nullptr);
        job->cancel();
    }
    job = nullptr;
}

} // namespace CrossKey::Ui::PageWidgets
