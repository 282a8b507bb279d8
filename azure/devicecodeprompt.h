// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace CrossKey::Azure {

// DeviceCodePrompt is what the user must see during a device code sign-in (CONTRACTS.md §1.5): the code to
// type, the page to type it on, and the service's own message, shown verbatim (it is already in the user's
// language, and the page differs per cloud). The device code itself is a secret and not part of it.
struct DeviceCodePrompt
{
    QString userCode;
    QUrl verificationUri;
    QString message;
    QDateTime expiresAt; // on the injected Clock
};

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::DeviceCodePrompt)
