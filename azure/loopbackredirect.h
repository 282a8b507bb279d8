// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/result.h"

#include <QCoreApplication>
#include <QUrl>

namespace CrossKey::Azure {

// LoopbackRedirect owns the rules for the redirect URI of a browser sign-in (CONTRACTS.md §1.2): plain http
// is allowed only to loopback, `localhost` or `127.0.0.1` (IPv6 [::1] is not supported by Entra), with the
// listener's port; Entra ignores the port when it compares a loopback redirect with the registered one.
// The listener itself always binds 127.0.0.1 only (PLATFORM.md §3).
class LoopbackRedirect final
{
    Q_DECLARE_TR_FUNCTIONS(LoopbackRedirect)

public:
    enum class Host
    {
        Localhost, // what public clients such as the Azure CLI register: http://localhost
        Ipv4,      // 127.0.0.1: recommended by Microsoft, but registrable only through the app manifest
    };

    LoopbackRedirect() = delete;

    static QUrl uri(quint16 port, Host host = Host::Localhost, const QString &path = QStringLiteral("/"));
    // InvalidInput unless `uri` is http on localhost/127.0.0.1 with a port, without user info or fragment.
    static Result<void> validate(const QUrl &uri);
    // Whether a redirect sent in a request matches a registered one: scheme, host and path equal, port ignored.
    static bool matchesRegistered(const QUrl &registered, const QUrl &sent);
    // Whether a request that reached the listener is the redirect we asked for (same path), so that junk
    // sent to the port (favicon, scanners) is not taken for the answer.
    static bool isRedirectRequest(const QUrl &redirectUri, const QUrl &request);
};

} // namespace CrossKey::Azure
