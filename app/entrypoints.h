// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CrossKey::App {

// The window: the mode chooser and the wizards (guimain.cpp).
int guiMain(int argc, char *argv[]);
// `crosskey run …` and `crosskey diagnose …`: the same plans without a window or a display (headlessmain.cpp).
int headlessMain(int argc, char *argv[]);

} // namespace CrossKey::App
