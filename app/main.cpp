// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/systemclock.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CrossKey"));
    QCoreApplication::setApplicationName(QStringLiteral("crosskey"));
    CrossKey::Azure::SystemClock clock;
    QSettings settings;
    CrossKey::Ui::MainWindow window(clock, settings);
    window.show();
    return QApplication::exec();
}
