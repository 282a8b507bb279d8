// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/urlopener.h"

namespace CrossKey::Ui {

// SystemUrlOpener opens sign-in and consent pages in the desktop's default browser.
class SystemUrlOpener final : public Azure::UrlOpener
{
public:
    bool openUrl(const QUrl &url) override;
};

} // namespace CrossKey::Ui
