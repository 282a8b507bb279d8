// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/headless/console.h"
#include "azure/urlopener.h"

#include <QCoreApplication>

namespace CrossKey::App::Headless {

// ConsoleUrlOpener is the headless stand-in for a browser: it prints the link (the admin-consent page) to stderr
// for the user to open or send on, and says it opened nothing, so the step keeps polling and says so.
class ConsoleUrlOpener final : public Azure::UrlOpener
{
    Q_DECLARE_TR_FUNCTIONS(Headless)

public:
    bool openUrl(const QUrl &url) override
    {
        Console::err(
            tr("Open this link in a browser, or send it to an administrator of the tenant: %1").arg(url.toString()));
        Console::err(tr("Waiting until it is accepted; Ctrl+C stops (progress is saved)."));
        return false;
    }
};

} // namespace CrossKey::App::Headless
