// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/entrypoints.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

} // namespace

int CrossKey::App::headlessMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::fprintf(stderr, "%s\n", qPrintable(Text::tr("Headless commands are not built yet.")));
    return 3;
}
