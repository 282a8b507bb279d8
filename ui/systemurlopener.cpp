// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/systemurlopener.h"

#include <QDesktopServices>

namespace CrossKey::Ui {

bool SystemUrlOpener::openUrl(const QUrl &url)
{
    // Only web pages: a sign-in URL is never a file or a custom scheme.
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
        return false;
    }
    return QDesktopServices::openUrl(url);
}

} // namespace CrossKey::Ui
