// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultresponse.h"

#include "sandbox/aaderror.h"
#include "sandbox/serviceerror.h"

namespace CrossKey::Sandbox {

namespace {

QString armCode(int status)
{
    switch (status) {
    case 429:
        return QStringLiteral("TooManyRequests");
    case 500:
        return QStringLiteral("InternalServerError");
    case 502:
        return QStringLiteral("BadGateway");
    case 504:
        return QStringLiteral("GatewayTimeout");
    default:
        return QStringLiteral("ServiceUnavailable");
    }
}

QString graphCode(int status)
{
    switch (status) {
    case 429:
        return QStringLiteral("TooManyRequests");
    case 503:
        return QStringLiteral("serviceNotAvailable");
    case 504:
        return QStringLiteral("timeout");
    default:
        return QStringLiteral("generalException");
    }
}

QString message(int status, int retryAfterSeconds)
{
    if (status == 429) {
        return QStringLiteral("The request was throttled (sandbox fault). Please try again after %1 seconds.")
            .arg(retryAfterSeconds);
    }
    return QStringLiteral("The service could not complete the request (sandbox fault, HTTP %1). Please retry.")
        .arg(status);
}

} // namespace

Response FaultResponse::build(const FaultRule &rule, HeaderStyle style, const Request &request, const QDateTime &now)
{
    const int status = rule.effectiveStatus();
    Response response;
    switch (style) {
    case HeaderStyle::Graph:
        // Graph's throttle body (CONTRACTS.md §2): code TooManyRequests with innerError.
        response =
            ServiceError::graph(request, now, status, graphCode(status), message(status, rule.retryAfterSeconds));
        break;
    case HeaderStyle::KeyVault:
        // Key Vault answers 429 with code "Throttled" (seen in vcsjones/AzureSignTool#219).
        response = status == 429
                       ? ServiceError::keyVault(429, QStringLiteral("Throttled"),
                                                QStringLiteral("Request was not processed because too many "
                                                               "requests were received. Reason: sandbox fault"))
                       : ServiceError::keyVault(status, armCode(status), message(status, 0));
        break;
    case HeaderStyle::IdentityPlatform: {
        // OAuth's temporarily_unavailable / server_error (RFC 6749 §4.1.2.1); the AADSTS number is ours.
        const AadError error{status == 429 || status == 503 ? QStringLiteral("temporarily_unavailable")
                                                            : QStringLiteral("server_error"),
                             90033, message(status, rule.retryAfterSeconds), status};
        response = error.toResponse(request, now);
        break;
    }
    case HeaderStyle::ResourceManager:
    case HeaderStyle::Sandbox:
        response = ServiceError::resourceManager(status, armCode(status), message(status, rule.retryAfterSeconds));
        break;
    }
    if (status == 429 || rule.retryAfterSeconds > 0) {
        response.setHeader("Retry-After", QByteArray::number(rule.retryAfterSeconds));
    }
    return response;
}

} // namespace CrossKey::Sandbox
