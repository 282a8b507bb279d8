// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/request.h"
#include "sandbox/response.h"

#include <QDateTime>

namespace CrossKey::Sandbox {

class World;

// SessionControlEndpoint serves /sandbox/users/{user}/… for ControlService, the events that end or
// question a user's sign-in: POST revoke-sessions (refresh tokens issued until now are refused with
// AADSTS50173, as after "revoke sessions" or a password change), POST claims-challenge[?service=…]
// (Resource Manager and/or Graph answer the user's older tokens with a CAE claims challenge,
// CONTRACTS.md §1.8) and DELETE claims-challenge. {user} is an object id or user principal name.
class SessionControlEndpoint final
{
public:
    SessionControlEndpoint(World &world, const QDateTime &now)
        : m_world(world)
        , m_now(now)
    {}
    Response handle(const Request &request);

private:
    Response revokeSessions(const QString &userId);
    Response addChallenge(const Request &request, const QString &userId);
    Response clearChallenges(const QString &userId);

    World &m_world;
    QDateTime m_now;
};

} // namespace CrossKey::Sandbox
