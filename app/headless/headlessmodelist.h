// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/headless/headlessmode.h"

namespace CrossKey::App::Headless {

// The rows of headlessModes(), one file each.
HeadlessMode customerGrantMode();  // customergrantmode.cpp
HeadlessMode isvBindMode();        // isvbindmode.cpp
QList<HeadlessMode> manageModes(); // managemodes.cpp: every Manage action

} // namespace CrossKey::App::Headless
