// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/aaderror.h"
#include "sandbox/clock.h"
#include "sandbox/serveroptions.h"
#include "sandbox/world.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace CrossKey::Sandbox {

// ServiceContext is what every service shares: the world, the clock, the options and the URL the
// sandbox serves on. The server owns it; services keep a reference.
struct ServiceContext
{
    World world;
    const Clock *clock = nullptr;
    ServerOptions options;
    QUrl baseUrl; // http://127.0.0.1:PORT

    // Extra checks of a client assertion before client_credentials issues an app token (part 2:
    // federated identity credentials). Claims are the assertion's, already signature-checked.
    using AssertionCheck = std::function<std::optional<AadError>(const QJsonObject &claims, const Application &client,
                                                                 const QString &tenantId)>;
    AssertionCheck assertionCheck;

    QDateTime now() const { return clock->now(); }
    // http://127.0.0.1:PORT + path
    QString url(const QString &path) const
    {
        QString base = baseUrl.toString(QUrl::StripTrailingSlash);
        return base + path;
    }
    // The sandbox's own Microsoft Graph resource id (its origin): metadata/endpoints names it as
    // microsoftGraphResourceId, and tokens for `{origin}/.default` carry it as `aud`.
    QString graphResource() const { return url(QString()); }
    // The v2.0 issuer of a tenant: what discovery documents name and tokens carry in `iss`.
    QString issuer(const QString &tenantId) const { return url(QLatin1Char('/') + tenantId + QStringLiteral("/v2.0")); }
};

} // namespace CrossKey::Sandbox
