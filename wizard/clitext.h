// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CrossKey::Wizard::Cli {

// One word for a POSIX shell: as is when it is plain, else in single quotes. Shell variables given as
// "$NAME" / "${NAME}" stay double-quoted so that they expand.
QString quote(const QString &word);

} // namespace CrossKey::Wizard::Cli
