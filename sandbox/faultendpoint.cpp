// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultendpoint.h"

#include "sandbox/faultinjector.h"
#include "sandbox/serviceerror.h"

#include <QJsonDocument>

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

Response FaultEndpoint::handle(const Request &request)
{
    if (request.segments.size() == 3) {
        if (request.method != "DELETE") {
            return wrongMethod(request, "DELETE");
        }
        bool ok = false;
        const int id = request.segments.at(2).toInt(&ok);
        if (!ok || !m_faults.remove(id)) {
            return ServiceError::resourceManager(
                404, QStringLiteral("FaultNotFound"),
                QStringLiteral("There is no fault rule '%1'.").arg(request.segments.at(2)));
        }
        return Response::empty(204);
    }
    if (request.method == "GET") {
        return Response::json(QJsonObject{{QStringLiteral("value"), m_faults.toJson()}});
    }
    if (request.method == "DELETE") {
        m_faults.clear();
        return Response::empty(204);
    }
    if (request.method != "POST") {
        return wrongMethod(request, "GET, POST, DELETE");
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        return ServiceError::resourceManager(400, QStringLiteral("InvalidFault"),
                                             QStringLiteral("The body is not JSON: %1.").arg(parseError.errorString()));
    }
    QList<FaultRule> added;
    QString error;
    if (!m_faults.addJson(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &added,
                          &error)) {
        return ServiceError::resourceManager(400, QStringLiteral("InvalidFault"), error + QLatin1Char('.'));
    }
    QJsonArray rules;
    for (const FaultRule &rule : added) {
        rules.append(rule.toJson());
    }
    return Response::json(document.isArray() ? QJsonObject{{QStringLiteral("value"), rules}} : rules.first().toObject(),
                          201);
}

} // namespace CrossKey::Sandbox
