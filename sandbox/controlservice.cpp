// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/controlservice.h"

#include "sandbox/faultendpoint.h"
#include "sandbox/requestlog.h"
#include "sandbox/scenarios.h"
#include "sandbox/server.h"
#include "sandbox/servicecontext.h"
#include "sandbox/serviceerror.h"
#include "sandbox/sessioncontrolendpoint.h"
#include "sandbox/worldcodec.h"

#include <QJsonArray>

namespace CrossKey::Sandbox {

namespace {

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

bool ControlService::handles(const Request &request) const
{
    return !request.segments.isEmpty() && request.segments.first() == QLatin1String("sandbox");
}

Response ControlService::handle(const Request &request)
{
    if (request.segments.size() <= 3 && request.segments.value(1) == QLatin1String("faults")) {
        return FaultEndpoint(m_server.faults()).handle(request);
    }
    if (request.segments.value(1) == QLatin1String("users")) {
        return SessionControlEndpoint(m_server.world(), m_server.context().now()).handle(request);
    }
    const QString what = request.segments.size() == 2 ? request.segments.at(1) : QString();
    if (what == QLatin1String("health")) {
        return request.method == "GET" ? Response::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}})
                                       : wrongMethod(request, "GET");
    }
    if (what == QLatin1String("reset")) {
        if (request.method != "POST") {
            return wrongMethod(request, "POST");
        }
        const QString scenario = request.queryValue(QStringLiteral("scenario")).isEmpty()
                                     ? QStringLiteral("fresh")
                                     : request.queryValue(QStringLiteral("scenario"));
        if (!m_server.reset(scenario)) {
            return ServiceError::resourceManager(400, QStringLiteral("UnknownScenario"),
                                                 QStringLiteral("There is no scenario '%1'. Known scenarios: %2.")
                                                     .arg(scenario, Scenarios::names().join(QStringLiteral(", "))));
        }
        return Response::json(QJsonObject{{QStringLiteral("scenario"), scenario}});
    }
    if (what == QLatin1String("world")) {
        return request.method == "GET" ? Response::json(WorldCodec::toJson(m_server.world(), WorldCodec::Secrets::Omit))
                                       : wrongMethod(request, "GET");
    }
    if (what == QLatin1String("requests")) {
        return request.method == "GET"
                   ? Response::json(QJsonObject{{QStringLiteral("count"), m_server.requestCount()},
                                                {QStringLiteral("value"), m_server.requestLog().toJson()}})
                   : wrongMethod(request, "GET");
    }
    return ServiceError::resourceManager(404, QStringLiteral("NotFound"),
                                         QStringLiteral("No sandbox control endpoint at '%1'.").arg(request.path));
}

} // namespace CrossKey::Sandbox
