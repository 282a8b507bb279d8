// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace CrossKey::Azure {

// Scopes turns resources into the v2.0 scopes the identity platform takes (CONTRACTS.md §1.1, §1.4):
// one refresh token buys an access token per resource through "<resource>/.default".
class Scopes final
{
public:
    Scopes() = delete;

    // "<resource>/.default" with the resource id taken verbatim, as MSAL and the Azure CLI do. A v1
    // resource id with a trailing slash therefore gives the double-slash form
    // "https://management.core.windows.net//.default", which is correct (§1.1).
    static QString forResource(const QString &resource);
    // "<scheme>://<host>[:port]/.default" for a service base URL; its path is ignored.
    static QString forHost(const QUrl &url);
    // The resource of a ".default" scope ("https://vault.azure.net/.default" → "https://vault.azure.net");
    // empty for a scope that is not a ".default" one.
    static QString resourceOf(const QString &scope);
    // The scopes of a code or refresh-token request: the OpenID scopes, so that an id_token and a refresh
    // token come back, plus the scope of ONE resource (§1.3, §1.4).
    static QString withOpenId(const QString &resourceScope);
};

} // namespace CrossKey::Azure
