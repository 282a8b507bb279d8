// SPDX-License-Identifier: GPL-3.0-or-later
#include "azure/loopbackreplyhandler.h"

namespace CrossKey::Azure {

LoopbackReplyHandler::LoopbackReplyHandler(LoopbackRedirect::Host host, QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
    , m_host(host)
{}

QString LoopbackReplyHandler::callback() const
{
    return redirectUri().toString(QUrl::FullyEncoded);
}

QUrl LoopbackReplyHandler::redirectUri() const
{
    return LoopbackRedirect::uri(port(), m_host);
}

} // namespace CrossKey::Azure
