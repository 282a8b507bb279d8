// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/caller.h"
#include "sandbox/request.h"
#include "sandbox/worldtypes.h"

#include <QHash>

namespace CrossKey::Sandbox {

// ArmCall is one authenticated Resource Manager request as the handlers see it: the request, the
// caller, the accepted api-version, the path's captures and the subscription it names (if any).
struct ArmCall
{
    const Request &request;
    Caller caller;
    QString apiVersion;
    QHash<QString, QString> args;
    const Subscription *subscription = nullptr;
    QString arg(const QString &name) const { return args.value(name); }
    QString subscriptionScope() const { return QStringLiteral("/subscriptions/") + subscription->id; }
};

} // namespace CrossKey::Sandbox
