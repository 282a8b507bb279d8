// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace CrossKey::Azure {

// AccessToken is a bearer token for one resource scope, kept in memory only, with the time (on the injected
// Clock) at which it stops being usable.
struct AccessToken
{
    QString token;
    QString scope;
    QDateTime expiresAt;
};

using AccessTokenResult = Result<AccessToken>;

} // namespace CrossKey::Azure

Q_DECLARE_METATYPE(CrossKey::Azure::AccessToken)
Q_DECLARE_METATYPE(CrossKey::Azure::AccessTokenResult)
