// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

namespace CrossKey::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CrossKey"));
}

} // namespace CrossKey::Ui
