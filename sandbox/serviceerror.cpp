// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/serviceerror.h"

#include <QJsonObject>

namespace CrossKey::Sandbox {

Response ServiceError::resourceManager(int status, const QString &code, const QString &message)
{
    Response response =
        Response::json(QJsonObject{{QStringLiteral("error"),
                                    QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
                       status);
    response.errorCode = code;
    return response;
}

Response ServiceError::graph(const Request &request, const QDateTime &now, int status, const QString &code,
                             const QString &message)
{
    const QJsonObject inner{{QStringLiteral("date"), now.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("request-id"), request.requestId},
                            {QStringLiteral("client-request-id"),
                             request.clientRequestId.isEmpty() ? request.requestId : request.clientRequestId}};
    Response response =
        Response::json(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                         {QStringLiteral("message"), message},
                                                                         {QStringLiteral("innerError"), inner}}}},
                       status);
    response.errorCode = code;
    return response;
}

Response ServiceError::keyVault(int status, const QString &code, const QString &message)
{
    return resourceManager(status, code, message);
}

} // namespace CrossKey::Sandbox
