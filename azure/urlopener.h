// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace CrossKey::Azure {

// UrlOpener opens a sign-in page in the user's browser. Only the interface lives in azure/: opening the
// system browser needs QDesktopServices, which is QtGui, and azure/ links no Gui. app/ (or ui/) provides
// SystemUrlOpener on QDesktopServices::openUrl(); tests provide an opener that follows the page's redirects
// through the sandbox to the loopback listener.
class UrlOpener
{
public:
    virtual ~UrlOpener() = default;

    // Returns at once; false when no browser could be asked to open `url` (the caller then offers the link
    // to copy, or the device code flow).
    virtual bool openUrl(const QUrl &url) = 0;
};

} // namespace CrossKey::Azure
