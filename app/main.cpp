// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/entrypoints.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstring>

namespace {

bool isInformationOption(const char *argument)
{
    for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
        if (std::strcmp(argument, option) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

// The first argument picks the entry point before any Qt application object exists: headless commands
// must run where there is no display, so they never construct a QApplication.
int main(int argc, char *argv[])
{
    if (argc > 1 && (std::strcmp(argv[1], "run") == 0 || std::strcmp(argv[1], "diagnose") == 0)) {
        return CrossKey::App::headlessMain(argc, argv);
    }
    // --help and --version only print, so they must work over SSH and in scripts where no display exists:
    // without one, the window platform would abort before the text is printed.
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (noDisplay) {
        for (int i = 1; i < argc; ++i) {
            if (isInformationOption(argv[i])) {
                qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
                break;
            }
        }
    }
    return CrossKey::App::guiMain(argc, argv);
}
