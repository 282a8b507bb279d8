// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/loopbackredirect.h"

#include <QOAuthHttpServerReplyHandler>

namespace CrossKey::Azure {

// LoopbackReplyHandler is Qt's loopback listener for the authorize redirect, bound to 127.0.0.1 only on a free
// port: the three-argument constructor is the only one that does not bind every interface (PLATFORM.md §3).
// Qt's callback() is hard-wired to http://127.0.0.1:PORT/; ours names the host the client registered
// (`localhost` by default, CONTRACTS.md §1.2) while the listener stays on 127.0.0.1.
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    explicit LoopbackReplyHandler(LoopbackRedirect::Host host = LoopbackRedirect::Host::Localhost,
                                  QObject *parent = nullptr);

    QString callback() const override;
    QUrl redirectUri() const;

private:
    LoopbackRedirect::Host m_host;
};

} // namespace CrossKey::Azure
