// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sessioncontrolendpoint.h"

#include "sandbox/serviceerror.h"
#include "sandbox/world.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {

const QStringList kChallengeServices = {QStringLiteral("resourcemanager"), QStringLiteral("graph")};

Response wrongMethod(const Request &request, const QByteArray &allowed)
{
    Response response = ServiceError::resourceManager(
        405, QStringLiteral("MethodNotAllowed"),
        QStringLiteral("%1 does not support %2; use %3.")
            .arg(request.path, QString::fromLatin1(request.method), QString::fromLatin1(allowed)));
    response.setHeader("Allow", allowed);
    return response;
}

} // namespace

Response SessionControlEndpoint::handle(const Request &request)
{
    // segments: sandbox, users, {user}, action
    if (request.segments.size() != 4) {
        return ServiceError::resourceManager(404, QStringLiteral("NotFound"),
                                             QStringLiteral("No sandbox control endpoint at '%1'.").arg(request.path));
    }
    const User *user = m_world.findUser(request.segments.at(2));
    if (!user) {
        return ServiceError::resourceManager(
            404, QStringLiteral("UserNotFound"),
            QStringLiteral("There is no user '%1' (object id or user principal name).").arg(request.segments.at(2)));
    }
    const QString userId = user->id;
    const QString action = request.segments.at(3);
    if (action == QLatin1String("revoke-sessions")) {
        return request.method == "POST" ? revokeSessions(userId) : wrongMethod(request, "POST");
    }
    if (action == QLatin1String("claims-challenge")) {
        if (request.method == "POST") {
            return addChallenge(request, userId);
        }
        return request.method == "DELETE" ? clearChallenges(userId) : wrongMethod(request, "POST, DELETE");
    }
    return ServiceError::resourceManager(404, QStringLiteral("NotFound"),
                                         QStringLiteral("No sandbox control endpoint at '%1'.").arg(request.path));
}

Response SessionControlEndpoint::revokeSessions(const QString &userId)
{
    int revoked = 0;
    for (RefreshGrant &grant : m_world.editRefreshGrants()) {
        if (grant.userId == userId && !grant.revokedAt.isValid()) {
            grant.revokedAt = m_now;
            ++revoked;
        }
    }
    return Response::json(QJsonObject{{QStringLiteral("userId"), userId},
                                      {QStringLiteral("revokedRefreshTokens"), revoked},
                                      {QStringLiteral("tokensValidFrom"), m_now.toUTC().toString(Qt::ISODate)}});
}

Response SessionControlEndpoint::addChallenge(const Request &request, const QString &userId)
{
    const QString asked = request.queryValue(QStringLiteral("service"));
    const QStringList services = asked.isEmpty() ? kChallengeServices : QStringList{asked.toLower()};
    if (!kChallengeServices.contains(services.first())) {
        return ServiceError::resourceManager(400, QStringLiteral("InvalidService"),
                                             QStringLiteral("service must be one of %1, not '%2'.")
                                                 .arg(kChallengeServices.join(QStringLiteral(", ")), asked));
    }
    // One second after now: a token issued in this second without the claims still predates the event,
    // so only a token asked for with the challenge's claims (nbf = this value) passes.
    const qint64 notBefore = m_now.toSecsSinceEpoch() + 1;
    QList<CaeChallenge> &challenges = m_world.editCaeChallenges();
    for (const QString &service : services) {
        challenges.removeIf([&](const CaeChallenge &c) { return c.userId == userId && c.service == service; });
        challenges.append(CaeChallenge{userId, service, notBefore});
    }
    return Response::json(QJsonObject{{QStringLiteral("userId"), userId},
                                      {QStringLiteral("services"), QJsonArray::fromStringList(services)},
                                      {QStringLiteral("notBefore"), notBefore}});
}

Response SessionControlEndpoint::clearChallenges(const QString &userId)
{
    m_world.editCaeChallenges().removeIf([&](const CaeChallenge &c) { return c.userId == userId; });
    return Response::empty(204);
}

} // namespace CrossKey::Sandbox
