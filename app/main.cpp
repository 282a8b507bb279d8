// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/entrypoints.h"

#include <cstring>

// The first argument picks the entry point before any Qt application object exists: headless commands
// must run where there is no display, so they never construct a QApplication.
int main(int argc, char *argv[])
{
    if (argc > 1 && (std::strcmp(argv[1], "run") == 0 || std::strcmp(argv[1], "diagnose") == 0)) {
        return CrossKey::App::headlessMain(argc, argv);
    }
    return CrossKey::App::guiMain(argc, argv);
}
